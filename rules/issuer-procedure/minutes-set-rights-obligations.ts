import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { isMinutes, MINUTES_MARKER, rightsSpan } from './_issuer';

type LocalHit = Omit<DocHit, 'para'>;
const NONE: LocalHit[] = [];
/** Per paragraph: the hits when the whole document is minutes, and when only marked passages count. */
const newEntry = (): { whole?: LocalHit[]; part?: LocalHit[] } => ({});

function minutesHits(t: string, whole: boolean): LocalHit[] {
  if (!t || (!whole && !MINUTES_MARKER.test(t))) return NONE;
  const hits: LocalHit[] = [];
  // per sentence
  let s = 0;
  for (let e = 0; e <= t.length; e++) {
    if (e < t.length && !/[。！？]/.test(t[e])) continue;
    const sen = t.slice(s, e + 1);
    if (whole || MINUTES_MARKER.test(sen)) {
      const r = rightsSpan(sen);
      if (r) hits.push({ start: s + r.start, end: s + r.end, ...(r.weak ? { severity: 'info' as const } : {}) });
    }
    s = e + 1;
  }
  return hits.length ? hits : NONE;
}

/**
 * A 会议纪要 (or a 原则同意/会议决定 passage of a policy document) that grants a specific company a business, imposes
 * duties, fees or sanctions on outsiders, or grants benefits: minutes record internal decisions and may not set
 * rights and obligations of citizens and companies.
 */
export default defineRule({
  id: 'minutes-set-rights-obligations',
  category: 'issuer-procedure',
  title: '以会议纪要设定权利义务',
  message: '以会议纪要（会议决定）的形式对外设定公民、法人和其他组织的权利义务，或授予特定企业经营权、给予特定优惠，规避了规范性文件的制定程序（合法性审核、公平竞争审查、公开发布）。',
  suggestion: '涉及公民、法人和其他组织权利义务的事项，应当按行政规范性文件程序制定并公开发布，涉及经营者经济活动的还应进行公平竞争审查；会议纪要只记载内部工作安排。',
  basis: [{ law: '国办发〔2018〕37号' }, { law: '优化营商环境条例', article: '第六十四条' }, { law: '公平竞争审查条例', article: '第十八条' }],
  severity: 'warning',
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
      const whole = isMinutes(doc);
      if (!whole && doc.meta.docType !== 'policy-document') return [];
      const hits: DocHit[] = [];
      const ps = doc.paragraphs;
      for (let i = 0; i < ps.length; i++) {
        const m = ps[i].memo('minutes-set-rights-obligations', newEntry);
        const local = whole ? (m.whole ??= minutesHits(ps[i].text, true)) : (m.part ??= minutesHits(ps[i].text, false));
        for (const h of local) hits.push({ para: i, ...h });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      { text: '原则同意由县财政局牵头，将县城物业保洁一体化经营通过购买服务[[授予县某集团公司]]。', docType: 'policy-document' },
      '某县人民政府常务会议纪要\n会议议定：\n一、全县新建小区的物业服务[[统一交由县城投公司]]负责。\n二、[[对未按期签约的开发企业，不予办理]]竣工验收备案。',
      { text: '会议同意，对落户园区的某某科技公司[[给予一次性奖励500万元]]。', docType: 'policy-document' },
    ],
    good: [
      { text: '会议要求，各部门要加强协调配合，按期完成年度目标任务。', docType: 'policy-document' },
      '某县人民政府常务会议纪要\n会议原则同意《某县国土空间总体规划》，由县自然资源局按程序报批。\n会议要求县财政局做好资金保障。',
      { text: '会议强调，不得向企业收取任何费用。', docType: 'policy-document' },
      { text: '会议要求，各企业必须依法落实安全生产主体责任。', docType: 'policy-document' },
    ],
  },
});
