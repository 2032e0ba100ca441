/** A sound custom rule and pack, and variations of them, for the rule-pack suites. */
import { RULES } from '../../rules';

export const BUILTIN_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
export const clock = () => performance.now();

export function rule(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'scenic-maintenance-fee',
    category: 'unauthorized-fee',
    severity: 'error',
    title: '收取景区维护费',
    message: '没有法律、行政法规依据收取景区维护费，属于违法收费。',
    basis: [{ law: '价格法', article: '第十八条' }],
    examples: {
      bad: ['进入景区的游客应当缴纳[[景区维护费]]。', '经营者须缴纳[[景区维护费]]后方可入园经营。'],
      good: ['任何单位不得收取景区维护费。', '依照《价格法》第十八条的规定，收取景区维护费。'],
    },
    match: { type: 'phrase', phrases: ['景区维护费'] },
    ...over,
  };
}

export function pack(rules: unknown[] = [rule()], over: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'fashen-rule-pack', version: 1, name: '景区收费规则', author: '某市司法局', rules, ...over };
}
