import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, COMPETITIVE_SELECTION, describesViolation, OWN_CHOICE, prohibitedInClause, rx, spanOf, uniqueHits, unlessStatute } from '../designated-dealing/_market';
import { GOVERNMENT_BODY, SERVICE, SERVICE_BODY } from './_intermediary';

/**
 * A technical service that an approval depends on is assigned to one named body: 施工图审查统一由市审查中心承担、
 * 核实测量由市测绘院统一承担、企业应到市安全生产协会进行安全评估后方可办理许可.
 */
const BODY = `[^。；，、：:（）()]{1,22}?${SERVICE_BODY}`;
const TRIGGERS: RegExp[] = [
  rx(`(?<m>(?:统一|一律|均|全部|指定|只能|必须|须|应当|应|要|需)(?:交由|委托给?|由|到|向|经|在)(?<n>${BODY}))`),
  rx(`(?<m>由(?<n>${BODY})(?:统一|独家|集中|全权|专门))`),
  // 须提交由县规划设计院出具的规划设计方案 (the body must be a technical one: checked in `check`)
  rx(`(?<m>(?:凭|持|提交|提供|附具?|报送)[^。；，]{0,6}?由?(?<n>${BODY})(?:出具|编制|作出|提供|审查|评审)的)`),
];
/** The named body is a specific one: a place, a placeholder or a legal-form word. */
const NAMED = /某|该|有限|股份|[省县镇乡州旗]|市(?!场)|区(?!域)|[×＊*XＸ]{2}/;
const SERVICE_RE = new RegExp(SERVICE);
const TECHNICAL = /设计|规划|测绘|检测|检验|评估|评价|鉴定|咨询|审查|勘察|造价|审计|研究|监测|认证|事务所/;
const CHOICE = new RegExp(OWN_CHOICE);
const COMPETITION = new RegExp(COMPETITIVE_SELECTION);

/**
 * The words every finding's clause holds (凭、持、提交、统一、须由…: they were the prefilter's anchors; the anchors are now
 * the body names every trigger needs, so the clause is checked here).
 */
const ASSIGNING =
  /凭|持|提交|提供|附|报送|统一|一律|均由|均交|均到|全部|指定|只能|必须|须由|须到|须向|须经|须在|须交|须委|应当|应由|应到|应向|应经|要到|要向|要由|需到|需由|需向/;

function check(c: ClauseContext): LocalHit[] {
  if (!SERVICE_RE.test(c.text) || !ASSIGNING.test(c.text)) return [];
  if (CHOICE.test(c.sentence) || COMPETITION.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const re of TRIGGERS) {
    for (const m of allMatches(re, c.text)) {
      const name = m.groups?.n ?? '';
      if (!NAMED.test(name) || GOVERNMENT_BODY.test(name)) continue;
      if (re === TRIGGERS[2] && !TECHNICAL.test(name)) continue;
      const [s, e] = spanOf(m);
      // the service is named near the assignment (before it as the subject, or after it as the task)
      const around = c.text.slice(Math.max(0, s - 20), Math.min(c.text.length, e + 20));
      if (!SERVICE_RE.test(around.replace(name, ''))) continue;
      if (prohibitedInClause(c, s) || describesViolation(c, s, e)) continue;
      hits.push({ start: s, end: e, ...unlessStatute(c) });
    }
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'intermediary-service-assigned-to-body',
  category: 'designated-intermediary',
  title: '审批相关技术服务指定由特定机构承担',
  message:
    '该条款将评估、检测、鉴定、审查、测绘等技术服务统一交由某一特定机构（中心、研究院、协会、公司）承担，或要求申请人到指定机构办理，属于指定或者变相指定中介服务机构；部门下属单位承接本部门审批相关中介服务的，也为法规所禁止。',
  suggestion: '删除指定机构的内容，公开服务机构应具备的条件，由申请人自主选择；确需由审批部门委托技术审查的，通过竞争性方式选择并由审批部门承担费用。',
  basis: [
    { law: '优化营商环境条例', article: '第四十三条' },
    { law: '行政许可法', article: '第二十七条' },
    { law: '公平竞争审查条例', article: '第八条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none' },
  match: {
    type: 'clause',
    // every trigger names the body (SERVICE_BODY)
    anchors: ['公司', '事务所', '研究院', '设计院', '检验院', '检测院', '研究所', '鉴定所', '评估所', '测绘院', '检测站', '中心', '协会', '学会', '商会'],
    check,
  },
  examples: {
    bad: [
      '房屋建筑工程施工图审查[[统一由市建设工程审查中心]]承担。',
      '竣工规划核实测量[[由市测绘院统一]]承担。',
      '经营危险化学品的企业[[应到市安全生产协会]]进行安全评估后，方可办理许可。',
      '申请人须[[提交县规划设计院出具的]]规划设计方案。',
    ],
    good: [
      '不动产登记统一由市不动产登记中心办理。',
      '申请残疾人就业补贴须提交县人力资源服务中心出具的就业证明。',
      '申请人可自主选择具备资质的测绘单位开展竣工测量。',
      '施工图审查机构由审批部门通过政府采购方式确定，审查费用由财政承担。',
    ],
  },
});
