/** The reviewer's rule settings: stored in storage.local, turned into ReviewOptions, and the document-type filter. */
import { describe, expect, it } from 'vitest';
import { review } from '../../lib/engine';
import type { Finding } from '../../lib/engine/types';
import {
  emptySettings,
  filterByDocType,
  isRuleOn,
  loadRuleSettings,
  parseSettings,
  reviewOptionsFrom,
  saveRuleSettings,
  setCategoryOn,
  setDocTypeLimit,
  setRuleOn,
  setSeverity,
} from '../../lib/rule-settings';

const PENALTY = '第二条 违反本通知规定，擅自占道经营的，由城管部门处五百元以上二千元以下罚款。';

describe('rule settings', () => {
  it('switches rules and categories, changes severity, restricts document types — each a new object', () => {
    const s0 = emptySettings();
    const s1 = setRuleOn(s0, 'a', false);
    expect(s1.disabledRules).toEqual(['a']);
    expect(s0.disabledRules).toEqual([]);
    expect(isRuleOn(s1, 'a', 'x')).toBe(false);
    expect(setRuleOn(setRuleOn(s1, 'a', false), 'a', true).disabledRules).toEqual([]);
    const s2 = setCategoryOn(s0, 'unauthorized-fee', false);
    expect(isRuleOn(s2, 'any', 'unauthorized-fee')).toBe(false);
    const s3 = setSeverity(s0, 'a', 'info');
    expect(s3.severityOverrides).toEqual({ a: 'info' });
    expect(setSeverity(s3, 'a', undefined).severityOverrides).toEqual({});
    // switching a rule back on clears an 'off' severity set elsewhere
    expect(setRuleOn({ ...s0, severityOverrides: { a: 'off' } }, 'a', true).severityOverrides).toEqual({});
    const s4 = setDocTypeLimit(s0, 'a', ['policy-document', 'normative-document']);
    expect(s4.docTypeLimits).toEqual({ a: ['normative-document', 'policy-document'] });
    expect(setDocTypeLimit(s4, 'a', []).docTypeLimits).toEqual({});
  });

  it('keeps them in storage.local; a damaged entry reads as the defaults', async () => {
    const s = setSeverity(setRuleOn(emptySettings(), 'a', false), 'b', 'warning');
    await saveRuleSettings(s);
    expect(await loadRuleSettings()).toEqual(s);
    expect(parseSettings({ disabledRules: 'oops' })).toEqual(emptySettings());
    expect(parseSettings(undefined)).toEqual(emptySettings());
    expect(parseSettings({ disabledRules: ['x'] })).toEqual({ ...emptySettings(), disabledRules: ['x'] });
  });

  it('drives the engine: off, a category off, a new severity', () => {
    const base = review(PENALTY).findings.find((f) => f.ruleId === 'penalty-set-by-normative-document');
    expect(base?.severity).toBe('error');
    const off = reviewOptionsFrom(setRuleOn(emptySettings(), 'penalty-set-by-normative-document', false));
    expect(review(PENALTY, off).findings.some((f) => f.ruleId === 'penalty-set-by-normative-document')).toBe(false);
    const cat = reviewOptionsFrom(setCategoryOn(emptySettings(), 'unauthorized-penalty', false));
    expect(review(PENALTY, cat).findings.some((f) => f.category === 'unauthorized-penalty')).toBe(false);
    const sev = reviewOptionsFrom(setSeverity(emptySettings(), 'penalty-set-by-normative-document', 'info'));
    expect(review(PENALTY, sev).findings.find((f) => f.ruleId === 'penalty-set-by-normative-document')?.severity).toBe('info');
  });

  it('filters findings by the document types a rule is restricted to', () => {
    const f = (ruleId: string) => ({ ruleId }) as Finding;
    const list = [f('a'), f('b')];
    expect(filterByDocType(list, 'normative-document', {})).toBe(list);
    expect(filterByDocType(list, 'normative-document', { a: ['government-rule'] }).map((x) => x.ruleId)).toEqual(['b']);
    expect(filterByDocType(list, 'government-rule', { a: ['government-rule'] }).map((x) => x.ruleId)).toEqual(['a', 'b']);
  });
});
