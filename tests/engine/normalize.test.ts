import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../lib/engine/normalize';

const roundTrip = (raw: string, needle: string) => {
  const n = normalize(raw);
  const i = n.text.indexOf(needle);
  expect(i, `「${needle}」 not in ${n.text}`).toBeGreaterThanOrEqual(0);
  const o = toOriginal(n, i, i + needle.length);
  return raw.slice(o.start, o.end);
};

describe('normalize', () => {
  it('converts traditional to simplified, keeping a 1:1 offset map', () => {
    const raw = '第三條 行政機關不得設定行政許可。';
    const n = normalize(raw);
    expect(n.text).toBe('第三条行政机关不得设定行政许可。');
    expect(n.converted).toBe(true);
    expect(roundTrip(raw, '设定行政许可')).toBe('設定行政許可');
  });

  it('drops pinyin annotations left by web conversion and records them', () => {
    const raw = '關(guān)於加強(qiáng)管理的通知';
    const n = normalize(raw);
    expect(n.text).toBe('关于加强管理的通知');
    expect(n.annotations.map((a) => raw.slice(a.start, a.end))).toEqual(['(guān)', '(qiáng)']);
    expect(roundTrip(raw, '关于加强')).toBe('關(guān)於加強');
  });

  it('keeps an English gloss in brackets (not an annotation)', () => {
    expect(normalize('许可(license)').text).toBe('许可（license）');
    expect(normalize('许可(license)').annotations).toEqual([]);
  });

  it('folds full-width letters and digits, maps half-width punctuation, drops whitespace between CJK', () => {
    const raw = '第１２条\u3000处 ５００ 元罚款,不得 重复;另见(一)';
    const n = normalize(raw);
    expect(n.text).toBe('第12条处500元罚款，不得重复；另见（一）');
    expect(roundTrip(raw, '500元罚款')).toBe('５００ 元罚款');
  });

  it('keeps thousands separators and clock times', () => {
    expect(normalize('罚款1,000元，8:30前').text).toBe('罚款1,000元，8:30前');
  });

  it('drops control and zero-width characters and folds \\r\\n', () => {
    const raw = '行政\u200b许\u0007可\r\n第二条';
    const n = normalize(raw);
    expect(n.text).toBe('行政许可\n第二条');
    expect(roundTrip(raw, '许可')).toBe('许\u0007可');
  });

  it('maps every normalised offset into the original text, in order', () => {
    const raw = '  關(guān)於　ＡＢ c,d\r\n\uFEFF第1條;';
    const n = normalize(raw);
    for (let i = 1; i < n.map.length; i++) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
    expect(n.map[n.text.length]).toBe(raw.length);
  });

  it('survives garbage: lone surrogates, NULs, replacement characters', () => {
    const raw = '\uD800abc\u0000\uFFFD\uFFFD罚款\uDFFF';
    const n = normalize(raw);
    expect(n.text).toContain('罚款');
    expect(roundTrip(raw, '罚款')).toBe('罚款');
  });
});
