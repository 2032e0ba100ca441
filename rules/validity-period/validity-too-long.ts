import { defineRule } from '../define-rule';
import { isProvisional, needsValidity, validityStatements, yearsBetween } from './_validity';

const fmt = (y: number) => (Number.isInteger(y) ? String(y) : y.toFixed(1));

/** 有效期 longer than 5 years, or longer than 2 years for a 暂行 / 试行 document. */
export default defineRule({
  id: 'validity-too-long',
  category: 'validity-period',
  title: '有效期过长',
  message: '规范性文件有效期过长：一般不超过5年，标注“暂行”“试行”的一般不超过2年。',
  suggestion: '缩短有效期至5年以内（暂行、试行文件2年以内），届满前评估后决定是否继续施行。',
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
      const provisional = isProvisional(doc);
      const limit = provisional ? 2 : 5;
      const hits = [];
      for (const s of validityStatements(doc)) {
        let years: number | undefined;
        if (s.kind === 'years') years = s.years;
        else if (s.kind === 'until' && s.until) {
          const from = s.from ?? doc.meta.effectiveDate ?? doc.meta.publishDate;
          if (from) years = yearsBetween(from, s.until);
        }
        if (years === undefined || years <= limit + 0.09) continue;
        hits.push({
          para: s.para,
          start: s.start,
          end: s.end,
          message: provisional
            ? `标注“暂行”“试行”的文件有效期约${fmt(years)}年，超过一般不超过2年的要求。`
            : `规范性文件有效期约${fmt(years)}年，超过一般不超过5年的要求。`,
        });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '某市人民政府办公室关于促进民营经济发展的若干措施\n一、加大财政支持力度。\n二、本措施自2025年1月1日起施行，[[有效期10年]]。',
      '某县小微企业贷款贴息管理暂行办法\n第一条 为支持小微企业发展，制定本办法。\n第二条 本办法自2025年1月1日起施行，[[有效期至2029年12月31日]]。',
    ],
    good: [
      '某市人民政府办公室关于促进民营经济发展的若干措施\n一、加大财政支持力度。\n二、本措施自2025年1月1日起施行，有效期5年。',
      '某县小微企业贷款贴息管理暂行办法\n第一条 为支持小微企业发展，制定本办法。\n第二条 本办法自2025年1月1日起施行，有效期2年。',
      '第十二条 《道路运输经营许可证》有效期为6年。',
    ],
  },
});
