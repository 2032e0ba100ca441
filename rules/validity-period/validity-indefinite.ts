import { defineRule } from '../define-rule';
import { titleParagraph } from '../numbering-error/_structure';
import { needsValidity, validityStatements } from './_validity';

const INDEFINITE_WORDS = /长期有效|永久有效/;
const hasIndefiniteWords = (t: string) => INDEFINITE_WORDS.test(t);

/** 本通知长期有效: a normative document without an end, never evaluated. */
export default defineRule({
  id: 'validity-indefinite',
  category: 'validity-period',
  title: '规范性文件标注“长期有效”',
  message: '行政规范性文件标注“长期有效”，不符合有效期管理要求：文件应当设定明确的有效期（一般不超过5年），届满前评估后决定是否继续施行。',
  suggestion: '改为“有效期×年”或“有效期至××××年××月××日”。',
  basis: [{ law: '国办发〔2018〕37号' }],
  severity: 'info',
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'off',
    'department-rule': 'off',
    'government-rule': 'off',
    internal: 'off',
  },
  match: {
    type: 'document',
    check: (doc) => {
      const t = doc.meta.docType;
      if (t !== 'normative-document' && !(t === 'policy-document' && needsValidity(doc))) return [];
      const found = validityStatements(doc).filter((s) => s.kind === 'indefinite');
      if (found.length) return found.map((s) => ({ para: s.para, start: s.start, end: s.end }));
      if (doc.meta.validityYears === 'indefinite' && !doc.paragraphs.some((p) => p.memo('validity-indefinite', hasIndefiniteWords))) {
        const i = titleParagraph(doc);
        if (i >= 0 && doc.paragraphs[i].text.length) return [{ para: i, start: 0, end: Math.min(60, doc.paragraphs[i].text.length) }];
      }
      return [];
    },
  },
  examples: {
    bad: [
      '三、本通知自印发之日起施行，[[长期有效]]。',
      '第二十条 本办法自2024年7月1日起施行，[[长期有效]]。',
    ],
    good: [
      '三、本通知自印发之日起施行，有效期5年。',
      '规范性文件不得标注“长期有效”，应当明确有效期。',
      '经认定的高新技术企业资格证书长期有效的，按照有关规定执行。',
    ],
  },
});
