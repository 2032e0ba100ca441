/** The rule library view: every rule with its category name, basis article text and examples; Fuse.js search in Chinese. */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../lib/laws/articles';
import { createRuleSearch, isChanged, matchesState, ruleView, sortViews } from '../../lib/rule-library';
import { RulePack } from '../../lib/rule-pack/schema';
import { emptySettings, setCategoryOn, setRuleOn, setSeverity } from '../../lib/rule-settings';
import { RULES } from '../../rules';
import { pack } from '../rule-pack/fixtures';

const custom = RulePack.parse(pack()).rules[0];
const views = sortViews([...RULES.map((r) => ruleView(r, { lawText: articleText })), ruleView(custom, { lawText: articleText, pack: { id: 'pack:x', name: '景区收费规则' } })]);
const search = createRuleSearch(views);
const byId = new Map(views.map((v) => [v.id, v]));

describe('rule views', () => {
  it('has every built-in rule with its Chinese category name, severity, examples and basis article text', () => {
    expect(views).toHaveLength(RULES.length + 1);
    const v = byId.get('license-added-condition')!;
    expect(v.categoryName).toBe('违法设定行政许可或增设许可条件');
    expect(v.severity).toBe('error');
    expect(v.bad.length).toBeGreaterThanOrEqual(2);
    expect(v.good.length).toBeGreaterThanOrEqual(2);
    const basis = v.basis.find((b) => b.law === '行政许可法');
    expect(basis?.text).toContain('不得增设行政许可');
    // a basis without an article (a State Council document) has no text
    expect(v.basis.find((b) => !b.article)?.text).toBeUndefined();
    // custom rules come after the built-in ones of their category, marked with their pack
    expect(byId.get('scenic-maintenance-fee')?.pack?.name).toBe('景区收费规则');
    expect(byId.get('scenic-maintenance-fee')?.triggers).toEqual(['景区维护费']);
  });

  it('builds no article text without a resolver (the view module never imports the statute texts)', () => {
    expect(ruleView(RULES[0]).basis.every((b) => b.text === undefined)).toBe(true);
  });
});

describe('rule search (Fuse.js, partial Chinese words)', () => {
  const top = (q: string, n = 5) => search.search(q)!.slice(0, n);

  it('finds rules by part of their name, by trigger words and by pattern anchors', () => {
    expect(top('变相许可')).toContain('license-disguised-as-precondition');
    expect(search.search('许可')!.length).toBeGreaterThan(5);
    expect(top('红黑名单')).toContain('self-made-red-black-list');
    expect(top('景区维护')).toEqual(['scenic-maintenance-fee']);
  });

  it('finds rules by law name and article, and by words of their examples', () => {
    const byLaw = search.search('行政处罚法')!;
    expect(byLaw.map((id) => byId.get(id)!.category)).toContain('unauthorized-penalty');
    expect(top('会议纪要')).toContain('minutes-set-rights-obligations');
    const example = byId.get('local-presence-condition')!.bad[0].replace(/\[\[|\]\]/g, '').slice(2, 9);
    expect(search.search(example)).toContain('local-presence-condition');
  });

  it('needs every space-separated word; an empty query is no filter', () => {
    const both = search.search('许可 行业协会')!;
    expect(both).toContain('license-by-association');
    expect(both.length).toBeLessThan(search.search('许可')!.length);
    expect(search.search('  ')).toBeUndefined();
    expect(search.search('量子纠缠超导')).toEqual([]);
  });

  it('filters by state: on, off, changed', () => {
    const v = byId.get('license-added-condition')!;
    const s = setRuleOn(emptySettings(), v.id, false);
    expect(matchesState(s, v, 'off')).toBe(true);
    expect(matchesState(s, v, 'on')).toBe(false);
    expect(matchesState(setCategoryOn(emptySettings(), v.category, false), v, 'off')).toBe(true);
    expect(isChanged(setSeverity(emptySettings(), v.id, 'info'), v)).toBe(true);
    expect(matchesState(emptySettings(), v, 'changed')).toBe(false);
  });
});
