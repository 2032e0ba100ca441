import { defineRule } from '../define-rule';
import { normalize } from '../../lib/engine/normalize';
import { isCjkCode, isCommonCode, isTraditionalChar } from './_charset';

const isTrad = (raw: string, i: number) => !isCommonCode(raw.charCodeAt(i)) && isTraditionalChar(raw[i]);

/**
 * The first run of traditional characters in one raw paragraph: [start, end) local offsets, or null. `annotated`
 * marks characters that carry a pinyin annotation (reported by pinyin-annotation-residue). Runs holding rare
 * characters opencc does not know are mojibake and left to that rule.
 */
function firstRun(raw: string, annotated: (i: number) => boolean): [number, number] | null {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isCjkCode(c) || isCommonCode(c) || annotated(i) || !isTraditionalChar(raw[i])) continue;
    let s = i;
    while (s > 0 && isCjkCode(raw.charCodeAt(s - 1)) && !annotated(s - 1)) s--;
    let e = i + 1;
    while (e < raw.length && isCjkCode(raw.charCodeAt(e)) && !annotated(e)) e++;
    let rare = 0;
    for (let j = s; j < e; j++) if (!isCommonCode(raw.charCodeAt(j)) && !isTraditionalChar(raw[j])) rare++;
    if (rare >= 2) {
      i = e;
      continue;
    }
    let b = i + 1;
    for (let j = i + 1; j < e; j++) if (isTrad(raw, j)) b = j + 1;
    return [i, b];
  }
  return null;
}

const cache = new Map<string, [number, number] | null>();

/**
 * Traditional characters in a simplified draft (網頁轉換, pasted quotations): one finding on the first traditional run.
 * Characters that are also ordinary simplified text (in the common set) do not count.
 */
export default defineRule({
  id: 'mixed-traditional-simplified',
  category: 'garbled-text',
  title: '繁简字混排',
  message: '文中含有繁体字，公文应当使用规范汉字（简化字）。',
  suggestion: '将繁体字转换为规范简化字，并通读核对转换后的用词。',
  basis: [{ law: '国家通用语言文字法', article: '第九条' }, { law: '《通用规范汉字表》（2013）' }],
  severity: 'info',
  match: {
    type: 'document',
    check: (doc) => {
      if (!doc.converted) return [];
      const raw = doc.raw;
      const annotations = [...doc.annotations].sort((x, y) => x.start - y.start);
      let ai = 0;
      for (let k = 0; k < doc.paragraphs.length; k++) {
        const from = doc.paragraphs[k].rawStart;
        const to = k + 1 < doc.paragraphs.length ? doc.paragraphs[k + 1].rawStart : raw.length;
        while (ai < annotations.length && annotations[ai].end <= from) ai++;
        const ann: { start: number; end: number }[] = [];
        for (let j = ai; j < annotations.length && annotations[j].start < to; j++) ann.push(annotations[j]);
        const text = raw.slice(from, to);
        let run: [number, number] | null | undefined;
        if (ann.length) {
          const mask = new Uint8Array(text.length + 1);
          for (const a of ann) mask.fill(1, Math.max(0, a.start - 1 - from), Math.min(text.length, a.end - from));
          run = firstRun(text, (i) => mask[i] === 1);
        } else {
          run = cache.get(text);
          if (run === undefined) {
            run = firstRun(text, () => false);
            if (cache.size > 20000) cache.clear();
            cache.set(text, run);
          }
        }
        if (!run) continue;
        const [a, b] = run;
        const mixed = /[这们说过为发关规范执应规门进务]/.test(raw);
        const fixed = normalize(text.slice(a, b)).text;
        return [
          {
            para: k,
            raw: true,
            start: from + a,
            end: from + b,
            message: mixed ? '文中繁体字与简化字混排（此处为第一处繁体字），公文应当统一使用规范汉字。' : '文中使用繁体字，公文应当使用规范汉字（简化字）。',
            ...(fixed.length === b - a ? { replacement: fixed } : {}),
          },
        ];
      }
      return [];
    },
  },
  examples: {
    bad: [
      '为进一步加强[[規範]]性文件管理，现通知如下。',
      '[[關於]]进一步优化营商环境的若干措施',
    ],
    good: [
      '为进一步加强规范性文件管理，现通知如下。',
      '乾隆年间修建的著作权登记处现为文物保护单位。',
    ],
  },
});
