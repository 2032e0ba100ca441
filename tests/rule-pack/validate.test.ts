/**
 * Rule packs are checked before anything is stored: JSON, the strict versioned schema, ids, every regex (compiles,
 * star height, a timed run on adversarial inputs) and the examples; each problem is located (rule number and id,
 * field path) and worded in Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../rules/define-rule';
import { RULES } from '../../rules';
import { getStrings } from '../../locales';
import { formatIssue } from '../../lib/rule-pack/messages';
import { forStarHeight, staticRegexProblem } from '../../lib/rule-pack/regex-check';
import { CustomRule, RulePack } from '../../lib/rule-pack/schema';
import { timeRegex } from '../../lib/rule-pack/timing';
import { parsePackText, validatePack, validateRule, type PackIssue } from '../../lib/rule-pack/validate';
import { BUILTIN_IDS, clock, pack, rule } from './fixtures';

const zh = getStrings('zh_CN');
const opts = { builtinIds: BUILTIN_IDS, now: clock };

function problems(raw: unknown): string[] {
  const r = validatePack(raw, opts);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i, raw, zh));
}

describe('rule pack schema', () => {
  it('accepts a sound pack; a custom rule is a data Rule the engine takes as it is', () => {
    const r = validatePack(pack(), opts);
    expect(r.ok).toBe(true);
    const parsed = RulePack.parse(pack());
    const asRule: Rule = parsed.rules[0]; // compile-time: the custom rule type is a Rule
    expect(asRule.match.type).toBe('phrase');
  });

  it('refuses what is not JSON, not a pack, or of another version — with the reason in Chinese', () => {
    const text = parsePackText('{"format": "fashen-rule-pack", ');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(formatIssue(text.issues[0], undefined, zh)).toMatch(/^规则包 · \(root\)：不是有效的 JSON/);
    expect(problems({ format: 'other', version: 1 })).toEqual(['规则包 · format：不是法审助手规则包：format 应为 "fashen-rule-pack"']);
    expect(problems(pack(undefined, { version: 2 }))).toEqual(['规则包 · version：不支持的版本 2：本程序只能读取版本 1 的规则包']);
  });

  it('refuses unknown fields everywhere (strict) and code in place of data', () => {
    expect(problems(pack(undefined, { homepage: 'x' }))).toEqual(['规则包 · (root)：不认识的字段：homepage（规则包只能含规定的数据字段，不能含代码）']);
    expect(problems(pack([rule({ check: 'function(){}' })]))).toEqual([
      '第 1 条规则（scenic-maintenance-fee） · rules[0]：不认识的字段：check（规则包只能含规定的数据字段，不能含代码）',
    ]);
    const clause = problems(pack([rule({ match: { type: 'clause', anchors: ['景区'], check: 'x' } })]));
    expect(clause).toEqual(['第 1 条规则（scenic-maintenance-fee） · rules[0].match.type：只能是以下取值之一：pattern / phrase / proximity']);
    expect(problems(pack([rule({ gates: { prohibition: true, regex: '.*' } })]))[0]).toContain('rules[0].gates：不认识的字段：regex');
  });

  it('locates type, length and value errors by rule number, id and field path', () => {
    const raw = pack([rule(), rule({ id: 'Bad_Id', category: 'no-such-category', basis: [], examples: { bad: ['x'], good: 'y' } })]);
    expect(problems(raw)).toEqual([
      '第 2 条规则（Bad_Id） · rules[1].id：规则编号只能用小写英文字母、数字和连字符（例如 custom-1）',
      '第 2 条规则（Bad_Id） · rules[1].category：未知的问题类别（应为分类表中的类别编号）',
      '第 2 条规则（Bad_Id） · rules[1].basis：至少需要 1 项',
      '第 2 条规则（Bad_Id） · rules[1].examples.bad：至少需要 2 项',
      '第 2 条规则（Bad_Id） · rules[1].examples.good：类型不对，应为列表',
    ]);
    const missing = rule();
    delete missing.message;
    expect(problems(pack([missing]))).toEqual(['第 1 条规则（scenic-maintenance-fee） · rules[0].message：缺少必填项']);
  });

  it('limits the length of patterns and the number of rules', () => {
    const long = rule({ match: { type: 'pattern', patterns: ['景'.repeat(201)], anchors: ['景区'] } });
    expect(problems(pack([long]))).toEqual(['第 1 条规则（scenic-maintenance-fee） · rules[0].match.patterns[0]：最长 200 个字符']);
    expect(CustomRule.safeParse(rule({ unless: Array(11).fill('x') })).success).toBe(false);
  });

  it('refuses an id used twice, one of a built-in rule, or one of another installed pack', () => {
    const builtin = RULES[0].id;
    expect(problems(pack([rule(), rule()]))).toEqual(['第 2 条规则（scenic-maintenance-fee） · rules[1].id：规则编号在本规则包中重复']);
    expect(problems(pack([rule({ id: builtin })]))).toEqual([`第 1 条规则（${builtin}） · rules[0].id：规则编号与内置规则重复`]);
    const r = validatePack(pack(), { ...opts, installedIds: new Map([['scenic-maintenance-fee', '旧规则包']]) });
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, pack(), zh))).toEqual([
      '第 1 条规则（scenic-maintenance-fee） · rules[0].id：规则编号已被规则包“旧规则包”使用',
    ]);
  });
});

describe('regexes in packs', () => {
  const withPattern = (patterns: string[], unless?: string[]) =>
    pack([rule({ match: { type: 'pattern', patterns, anchors: ['景区'] }, ...(unless ? { unless } : {}) })]);

  it('refuses a pattern that does not compile', () => {
    expect(problems(withPattern(['(?<m>景区(维护费']))[0]).toMatch(/^第 1 条规则（scenic-maintenance-fee） · rules\[0\]\.match\.patterns\[0\]：正则表达式无法编译：.*Unterminated group/);
    expect(problems(withPattern(['(?<m>景区维护费)'], ['[不得']))[0]).toMatch(/rules\[0\]\.unless\[0\]：正则表达式无法编译/);
  });

  it('refuses nested repetition (safe-regex2) without running it', () => {
    for (const p of ['(a+)+$', '(?<m>(景区.*)*维护费)', '(?:[^。]+，)+收费']) {
      expect(problems(withPattern([p]))).toEqual(['第 1 条规则（scenic-maintenance-fee） · rules[0].match.patterns[0]：正则表达式含嵌套的重复（例如 (a+)+），可能造成灾难性回溯，已拒绝']);
    }
  });

  it('lets lookbehind and optional groups through the star-height check', () => {
    expect(forStarHeight('(?<!不)得(?:[^，]{0,12}?(?:限制|规定))?收取')).toBe('(?:不)得(?:[^，]{0,12}?(?:限制|规定))收取');
    expect(forStarHeight('a??b[?]\\?')).toBe('ab[?]\\?');
    expect(staticRegexProblem('(?<m>(?<!不)收取[^，。]{0,10}?费)', 'gd')).toBeUndefined();
  });

  it('passes every regex of the built-in library through the static checks', () => {
    for (const r of RULES) {
      const sources = [...(r.match.type === 'pattern' ? r.match.patterns.map((p) => [p, 'gd']) : []), ...(r.unless ?? []).map((u) => [u, ''])];
      for (const [s, flags] of sources) expect(staticRegexProblem(s, flags), `${r.id}: ${s}`).toBeUndefined();
    }
  });

  it('times each regex on growing adversarial inputs and stops at the first slow run (fake clock)', () => {
    // a clock on which one run over n characters takes n³/10⁶ ms (a cubic pattern such as .*a.*b)
    let t = 0;
    const lengths: number[] = [];
    const run = (_re: RegExp, input: string) => {
      lengths.push(input.length);
      t += input.length ** 3 / 1e6;
    };
    const r = timeRegex('a.*b', { now: () => t, run, budgetMs: 100, sizes: [10, 100, 400, 1000, 5000] });
    expect(r.ok).toBe(false);
    // 401³/10⁶ ≈ 64 ms passes; the first input of ~1000 characters takes ~1000 ms (well over 3× the budget: no
    // second try) and ends the test: nothing of 5,000 characters is ever run
    expect(r.slow).toMatchObject({ label: '"a"×n+"!"', length: 1001 });
    expect(Math.max(...lengths)).toBe(1001);
    expect(lengths.filter((n) => n === 1001)).toHaveLength(1);
    // a linear pattern on the same clock, with a generous budget, passes every size up to 5,000
    t = 0;
    const linear = timeRegex('a', { now: () => t, run: (_re, input) => void (t += input.length / 1e3), sizes: [10, 5000] });
    expect(linear).toMatchObject({ ok: true });
  });

  it('rejects a pattern with catastrophic backtracking that safe-regex2 misses, measured on the real clock', () => {
    const raw = withPattern(['(?<m>(?:景|景)*区)维护费']);
    const issues = validatePack(raw, opts);
    expect(issues.ok).toBe(false);
    const text = issues.ok ? '' : formatIssue(issues.issues[0], raw, zh);
    expect(text).toMatch(/^第 1 条规则（scenic-maintenance-fee） · rules\[0\]\.match\.patterns\[0\]：正则表达式在测试输入 "景"×n\+.*上运行了 \d+ 毫秒，可能造成灾难性回溯，已拒绝$/);
  });
});

describe('examples of custom rules', () => {
  it('refuses a rule that misses a bad example, misses a marked span, or fires on a good one', () => {
    const raw = pack([
      rule({
        examples: {
          bad: ['游客应当缴纳门票费用。', '经营者应当缴纳景区维护费和[[卫生费]]。'],
          good: ['任何单位不得收取景区维护费。', '游客应当缴纳景区维护费。'],
        },
      }),
    ]);
    expect(problems(raw)).toEqual([
      '第 1 条规则（scenic-maintenance-fee） · rules[0].examples.bad[0]：规则没有命中这个应当提示的示例',
      '第 1 条规则（scenic-maintenance-fee） · rules[0].examples.bad[1]：规则没有命中示例中标出的“卫生费”',
      '第 1 条规则（scenic-maintenance-fee） · rules[0].examples.good[1]：规则在不应提示的示例中命中了“景区维护费”',
    ]);
  });

  it('honours the context conditions (gates) and `unless` when it tries the examples', () => {
    // with the prohibition gate off, "不得收取景区维护费" fires: the good example fails
    expect(problems(pack([rule({ gates: { prohibition: false } })]))).toEqual([
      '第 1 条规则（scenic-maintenance-fee） · rules[0].examples.good[0]：规则在不应提示的示例中命中了“景区维护费”',
    ]);
    const withUnless = rule({ unless: ['经批准'], examples: { bad: ['应当缴纳[[景区维护费]]。', '须缴纳[[景区维护费]]。'], good: ['经批准收取景区维护费。', '不得收取景区维护费。'] } });
    expect(validatePack(pack([withUnless]), opts).ok).toBe(true);
  });

  it('checks a single rule from the form with paths relative to the rule', () => {
    const r = validateRule(rule({ match: { type: 'phrase', phrases: ['景'] } }), opts);
    const issues: PackIssue[] = r.ok ? [] : r.issues;
    expect(issues.map((i) => formatIssue(i, undefined, zh, 'rule'))).toEqual(['本规则 · match.phrases[0]：至少 2 个字符']);
  });

  it('words the same problems in English for an English browser', () => {
    const en = getStrings('en');
    const raw = pack([rule({ extra: 1 })]);
    const r = validatePack(raw, opts);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i, raw, en))).toEqual([
      'rule 1 (scenic-maintenance-fee) · rules[0]: unknown field(s): extra (a pack holds only the defined data fields, never code)',
    ]);
  });
});
