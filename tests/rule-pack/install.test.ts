/** Installing packs and the user's own rules: validated first, a refused pack changes nothing; what the sidebar reads back. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { review } from '../../lib/engine';
import {
  deleteLocalRule,
  importPack,
  localRules,
  packFileName,
  putLocalRule,
  removePack,
  setPackEnabled,
  shareLocalPack,
  checkLocalRule,
} from '../../lib/rule-pack/install';
import { RulePack } from '../../lib/rule-pack/schema';
import { activeRules, LOCAL_PACK_ID, loadPacks, packFile, parseInstalled, RULE_PACKS_KEY, savePacks, type InstalledPack } from '../../lib/rule-pack/store';
import { BUILTIN_IDS, clock, pack, rule } from './fixtures';

const opts = { builtinIds: BUILTIN_IDS, now: clock };
const json = (v: unknown) => JSON.stringify(v);

describe('installing packs', () => {
  it('installs a sound pack, enabled, and replaces it when a pack of the same name comes again', () => {
    const first = importPack(json(pack()), [], opts);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.packs).toHaveLength(1);
    expect(first.packs[0]).toMatchObject({ id: 'pack:景区收费规则', enabled: true });
    expect(first.replaced).toBe(false);
    // the same name again (its ids may repeat: they belong to the pack being replaced)
    const again = importPack(json(pack([rule(), rule({ id: 'scenic-cleaning-fee', title: '卫生费', examples: { bad: ['应当缴纳[[景区卫生费]]。', '须缴纳[[景区卫生费]]。'], good: ['不得收取景区卫生费。', '依照《价格法》第十八条收取景区卫生费。'] }, match: { type: 'phrase', phrases: ['景区卫生费'] } })])), first.packs, opts);
    expect(again.ok && again.replaced).toBe(true);
    if (again.ok) expect(again.packs[0].pack.rules.map((r) => r.id)).toEqual(['scenic-maintenance-fee', 'scenic-cleaning-fee']);
  });

  it('changes nothing when a pack is refused', () => {
    const installed = importPack(json(pack()), [], opts);
    if (!installed.ok) throw new Error('setup');
    const before = structuredClone(installed.packs);
    for (const text of ['not json', json(pack([rule({ match: { type: 'pattern', patterns: ['(a+)+$'], anchors: ['景区'] } })], { name: '其他' }))]) {
      const r = importPack(text, installed.packs, opts);
      expect(r.ok).toBe(false);
      expect(installed.packs).toEqual(before);
    }
    // an id another installed pack already uses
    const clash = importPack(json(pack(undefined, { name: '另一个规则包' })), installed.packs, opts);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.issues[0]).toMatchObject({ kind: 'installed-id', pack: '景区收费规则' });
  });

  it('switches, removes and exports packs; the export is a pack file that imports again', () => {
    const r = importPack(json(pack()), [], opts);
    if (!r.ok) throw new Error('setup');
    const off = setPackEnabled(r.packs, 'pack:景区收费规则', false);
    expect(off[0].enabled).toBe(false);
    expect(removePack(off, 'pack:景区收费规则')).toEqual([]);
    const file = packFile(r.packs[0]);
    expect(RulePack.parse(JSON.parse(file))).toEqual(r.pack);
    expect(importPack(file, [], opts).ok).toBe(true);
    expect(packFileName('景区 收费/规则')).toBe('景区-收费-规则.fashen-pack.json');
  });
});

describe("the user's own rules (the local pack)", () => {
  it('creates the local pack with the first rule, edits in place, deletes, and drops the pack with its last rule', () => {
    const checked = checkLocalRule(rule(), [], undefined, opts);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    let packs = putLocalRule([], checked.rule, undefined, '我的规则');
    expect(packs).toMatchObject([{ id: LOCAL_PACK_ID, enabled: true, pack: { name: '我的规则' } }]);
    // editing keeps its own id free
    const edited = checkLocalRule(rule({ title: '收取景区维护费（修改）' }), packs, 'scenic-maintenance-fee', opts);
    expect(edited.ok).toBe(true);
    if (edited.ok) packs = putLocalRule(packs, edited.rule, 'scenic-maintenance-fee', '我的规则');
    expect(localRules(packs).map((r) => r.title)).toEqual(['收取景区维护费（修改）']);
    // a new rule may not take an existing id
    expect(checkLocalRule(rule(), packs, undefined, opts).ok).toBe(false);
    expect(shareLocalPack(packs, '景区规则', '张三')).toMatchObject({ format: 'fashen-rule-pack', version: 1, name: '景区规则', author: '张三' });
    expect(deleteLocalRule(packs, 'scenic-maintenance-fee')).toEqual([]);
  });
});

describe('stored packs as the sidebar reads them', () => {
  it('round-trips through storage.local and keeps the parseable entries only', async () => {
    const r = importPack(json(pack()), [], opts);
    if (!r.ok) throw new Error('setup');
    await savePacks(r.packs);
    expect(await loadPacks()).toEqual(r.packs);
    await fakeBrowser.storage.local.set({ [RULE_PACKS_KEY]: [{ id: 'x', enabled: true, pack: { format: 'nope' } }, ...r.packs] });
    expect((await loadPacks()).map((p) => p.id)).toEqual(['pack:景区收费规则']);
    expect(parseInstalled('garbage')).toEqual([]);
  });

  it('gives the engine the rules of enabled packs whose regexes are sound; the engine reports them', () => {
    const good = importPack(json(pack()), [], opts);
    if (!good.ok) throw new Error('setup');
    const p = good.packs[0];
    // a stored pack that would not pass validation any more (edited storage): left out whole
    const unsafe: InstalledPack = {
      id: 'pack:bad',
      enabled: true,
      pack: { ...p.pack, name: 'bad', rules: [{ ...p.pack.rules[0], id: 'bad-rule', match: { type: 'pattern', patterns: ['(a+)+$'], anchors: ['景区'] } }] },
    };
    const off: InstalledPack = { ...p, id: 'pack:off', enabled: false };
    const extra = activeRules([p, unsafe, off], BUILTIN_IDS);
    expect(extra.map((r) => r.id)).toEqual(['scenic-maintenance-fee']);
    // (where a built-in fee rule reports a longer span in the same category, the engine's dedupe keeps that one)
    const found = review('第三条 游客入园前须交景区维护费。', { extraRules: extra }).findings.filter((f) => f.ruleId === 'scenic-maintenance-fee');
    expect(found).toMatchObject([{ quote: '景区维护费', severity: 'error', category: 'unauthorized-fee' }]);
  });
});
