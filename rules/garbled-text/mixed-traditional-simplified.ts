import { defineRule } from '../define-rule';
import { normalize } from '../../lib/engine/normalize';
import { isCjkCode, isCommonCode, isTraditionalChar } from './_charset';

/**
 * Traditional characters in a simplified draft (網頁轉換, pasted quotations): one finding on the first traditional run.
 * Characters that are also ordinary simplified text (in the common set) do not count; runs that hold rare characters
 * opencc does not know are mojibake, left to the mojibake rule.
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
      let hasSimplifiedOnly = false;
      // characters carrying a pinyin annotation are reported by pinyin-annotation-residue
      const mask = new Uint8Array(doc.annotations.length ? raw.length + 1 : 0);
      for (const a of doc.annotations) mask.fill(1, Math.max(0, a.start - 1), Math.min(raw.length, a.end));
      const annotated = (i: number) => mask.length > 0 && mask[i] === 1;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (!isCjkCode(c) || isCommonCode(c) || !isTraditionalChar(raw[i]) || annotated(i)) continue;
        // extend over the run of Chinese characters around it
        let s = i;
        while (s > 0 && isCjkCode(raw.charCodeAt(s - 1)) && !annotated(s - 1)) s--;
        let e = i + 1;
        while (e < raw.length && isCjkCode(raw.charCodeAt(e))) e++;
        let rare = 0;
        for (let j = s; j < e; j++) {
          const cj = raw.charCodeAt(j);
          if (!isCommonCode(cj) && !isTraditionalChar(raw[j])) rare++;
        }
        if (rare >= 2) {
          i = e;
          continue;
        }
        // trim to the traditional characters themselves (plus what lies between them)
        let a = i;
        let b = i + 1;
        for (let j = i + 1; j < e; j++) if (!isCommonCode(raw.charCodeAt(j)) && isTraditionalChar(raw[j])) b = j + 1;
        while (a > s && !isCommonCode(raw.charCodeAt(a - 1)) && isTraditionalChar(raw[a - 1])) a--;
        const para = Math.max(0, doc.paragraphs.findIndex((p, k) => p.rawStart <= a && (k + 1 >= doc.paragraphs.length || doc.paragraphs[k + 1].rawStart > a)));
        hasSimplifiedOnly = /[这们说过为发关规范执]/.test(raw);
        const fixed = normalize(raw.slice(a, b)).text;
        return [
          {
            para,
            raw: true,
            start: a,
            end: b,
            message: hasSimplifiedOnly ? '文中繁体字与简化字混排（此处为第一处繁体字），公文应当统一使用规范汉字。' : '文中使用繁体字，公文应当使用规范汉字（简化字）。',
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
