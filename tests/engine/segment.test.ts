import { describe, expect, it } from 'vitest';
import { cnToNumber, numberToCn, paragraphShape, splitClauses } from '../../lib/engine/segment';

describe('segment', () => {
  it('splits clauses at 。；！？ and groups them into sentences', () => {
    const t = '甲应当备案；乙不得收费。丙可以申请';
    const cs = splitClauses(t);
    expect(cs.map((c) => t.slice(c.start, c.end))).toEqual(['甲应当备案；', '乙不得收费。', '丙可以申请']);
    expect(t.slice(cs[0].sentenceStart, cs[0].sentenceEnd)).toBe('甲应当备案；乙不得收费。');
    expect(cs[1].sentenceStart).toBe(0);
    expect(cs[2].sentenceStart).toBe(12);
  });

  it('reads article, chapter and item heads', () => {
    expect(paragraphShape('第一百零三条 本办法自公布之日起施行。').article).toMatchObject({ n: 103, label: '第一百零三条' });
    expect(paragraphShape('第十条之一 ……').article).toMatchObject({ n: 10, sub: 1 });
    expect(paragraphShape('第二章 许可').chapter).toBe(true);
    expect(paragraphShape('（三）收取保证金；').item).toBe(true);
    expect(paragraphShape('二、工作要求').item).toBe(true);
    expect(paragraphShape('2024年施行').item).toBe(false);
  });

  it('converts Chinese numerals both ways', () => {
    for (const n of [1, 9, 10, 11, 20, 99, 100, 101, 110, 119, 999, 1000, 1260]) expect(cnToNumber(numberToCn(n))).toBe(n);
    expect(cnToNumber('两')).toBe(2);
    expect(Number.isNaN(cnToNumber('第'))).toBe(true);
  });
});
