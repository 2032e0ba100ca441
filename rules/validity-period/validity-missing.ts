import { defineRule } from '../define-rule';
import { isWholeDocument, titleParagraph } from '../numbering-error/_structure';
import { isProvisional, needsValidity, validityStatements } from './_validity';

const mentionsValidity = (t: string) => t.includes('有效期');

/**
 * A whole normative document (a title, or at least three articles) with no 有效期 of its own. A single clause is
 * never reported: it may simply not be the end of the document.
 */
export default defineRule({
  id: 'validity-missing',
  category: 'validity-period',
  title: '规范性文件未规定有效期',
  message: '行政规范性文件未标注有效期。按照规范性文件管理制度，文件应当载明有效期（一般不超过5年，“暂行”“试行”的一般不超过2年），届满前评估。',
  suggestion: '在附则中写明“本办法自××××年××月××日起施行，有效期×年”或“有效期至××××年××月××日”。',
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
      if (!needsValidity(doc) || !isWholeDocument(doc)) return [];
      if (validityStatements(doc).length) return [];
      // a 有效期 given by the caller (the portal's form), not found in the text
      if ((doc.meta.validityYears !== undefined || doc.meta.validityUntil) && !doc.paragraphs.some((p) => p.memo('validity-missing', mentionsValidity))) return [];
      const t = titleParagraph(doc);
      if (t < 0) return [];
      const len = doc.paragraphs[t].text.length;
      if (!len) return [];
      return [
        {
          para: t,
          start: 0,
          end: Math.min(len, 60),
          ...(isProvisional(doc)
            ? { message: '标注“暂行”“试行”的规范性文件未规定有效期。试行、暂行文件的有效期一般不超过2年，届满前应当评估。' }
            : {}),
        },
      ];
    },
  },
  examples: {
    bad: [
      '[[某市人民政府关于规范共享单车停放管理的通告]]\n一、共享单车应当在规定区域停放。\n二、运营企业应当及时清运违规停放车辆。\n三、本通告自2025年1月1日起施行。\n某市人民政府\n2024年12月1日',
      '[[某区城市管理局关于规范户外广告设置的实施办法（试行）]]\n第一条 为规范户外广告设置，制定本办法。\n第二条 本办法适用于本区。\n第三条 本办法自印发之日起施行。',
    ],
    good: [
      '某市人民政府关于规范共享单车停放管理的通告\n一、共享单车应当在规定区域停放。\n二、本通告自2025年1月1日起施行，有效期5年。\n某市人民政府\n2024年12月1日',
      { text: '某市停车场管理办法\n第一条 为规范停车管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 本办法自2025年3月1日起施行。', docType: 'government-rule' },
      '本办法自2025年1月1日起施行。',
      '第十二条 《道路运输经营许可证》有效期为4年。',
    ],
  },
});
