import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, rx, spanOf, describesViolation, prohibitedInClause, uniqueHits, unlessStatute } from '../designated-dealing/_market';
import { ADMIN_COMMISSIONS, AGENCY, DESIGNATED_MARK, SERVICE, STATUTORY_SERVICE } from './_intermediary';

/**
 * The applicant or operator is told to commission an agency for a report, an evaluation or a test:
 * 民宿经营者要委托在省消防总队备案的第三方鉴定机构进行评估、申请人须委托具有资质的机构出具评估报告、
 * 由第三方机构出具检测报告后方可办理. Error when the agency is designated or listed; warning otherwise (a
 * statutory intermediary service — 环评、安评 — is lawful, a reviewer must check the basis).
 */
const MUST = '(?:应当|应|须|必须|要|需|需要|统一|一律|均|另行|先行|事先)';
const COMMISSION = rx(`(?<m>${MUST}[^。；，]{0,4}?委托[^。；]{0,40}?${AGENCY}[^。；]{0,30}?${SERVICE})`);
/** 房屋安全鉴定须委托区房管局下属的鉴定站进行: the service named first, then the (designated) agency. */
const COMMISSION_AFTER = rx(`(?<m>${MUST}[^。；，]{0,4}?委托[^。；，]{0,24}?${AGENCY})(?=[^。；，]{0,4}?(?:进行|开展|实施|办理|承担|出具|$|[，。；]))`);
const SERVICE_BEFORE = new RegExp(`${SERVICE}[^。；，]{0,6}$`);
/** The report of an agency as a condition of the approval: 由第三方机构出具评估报告后方可办理. */
const AS_CONDITION = rx(
  `(?<m>(?:第三方|中介|专业|技术服务|评估|检测|检验|鉴定|咨询|测绘|审计)${AGENCY}[^。；]{0,20}?(?:出具|编制|提供|作出)[^。；]{0,15}?(?:报告|意见|证明|结论|评估书|鉴定书|报告书)[^。；]{0,15}?(?:后方可|方可|后才|才能|才可|作为[^。；，]{0,10}(?:条件|依据|前置|要件)|为前置))`,
);
/** 凭第三方检测报告办理 / 提交中介机构出具的…报告 in an approval context. */
const SUBMIT = rx(
  `(?<m>(?:凭|持|提交|提供|附|取得|报送)[^。；，]{0,12}?(?:第三方|中介|指定|推荐|备案|入库|(?:认可|认定|选定|确定)的)[^。；，]{0,8}?${AGENCY}[^。；，]{0,6}?(?:出具|编制|作出|提供)的[^。；，]{0,15}?(?:报告|意见|证明|结论|评估书|鉴定书|报告书))`,
);
/** 须由市自然资源局认可的测绘单位出具…报告: the agency is one the administration endorsed. */
const ENDORSED = rx(
  `(?<m>${MUST}(?:由|经|到|选择|选用|聘请)[^。；，]{0,16}?(?:认可|推荐|指定|认定|选定|备案|入库|入围)(?:的|过的)[^。；，]{0,8}?${AGENCY}[^。；，]{0,4}?${SERVICE})`,
);
const COMPETITION = /招标|中标|政府采购|比选|竞争性|公开选取|依法确定/;
const APPROVAL = /申请|审批|许可|办理|报批|备案|登记|验收|准入|开业|核发|审核|方可|前置|之前|前须|前应/;

function check(c: ClauseContext): LocalHit[] {
  const hits: LocalHit[] = [];
  for (const re of [COMMISSION, COMMISSION_AFTER, AS_CONDITION, SUBMIT, ENDORSED]) {
    if ((re === ENDORSED || re === SUBMIT) && COMPETITION.test(c.sentence)) continue;
    if (re === COMMISSION_AFTER && !c.text.includes('委托')) continue;
    for (const m of allMatches(re, c.text)) {
      const [s, e] = spanOf(m);
      // the service is named right before the duty to commission (房屋安全鉴定须委托…)
      if (re === COMMISSION_AFTER && !SERVICE_BEFORE.test(c.text.slice(Math.max(0, s - 12), s))) continue;
      const before = c.text.slice(Math.max(0, s - 20), s);
      // the administration commissions and pays (第四十三条第三款), or the operator chooses freely
      if (ADMIN_COMMISSIONS.test(before + m[0]) || ADMIN_COMMISSIONS.test(c.sentence)) continue;
      const designated = DESIGNATED_MARK.test(m[0]);
      // a plain duty to commission an agency matters when it conditions an approval; a designated agency always does
      if (!designated && !APPROVAL.test(c.sentence)) continue;
      if (!designated && STATUTORY_SERVICE.test(c.sentence)) continue;
      hits.push({ start: s, end: e, ...unlessStatute(c, designated ? 'error' : 'warning') });
    }
  }
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'applicant-must-commission-agency',
  category: 'designated-intermediary',
  title: '要求申请人委托（指定）中介机构出具报告',
  message:
    '该条款要求申请人或经营者委托中介机构评估、检测、鉴定并出具报告，或以中介机构出具的报告作为办理条件。作为审批条件的中介服务必须有法律、法规或者国务院决定依据；要求委托备案、入库、指定的机构，属于指定或者变相指定中介服务机构。',
  suggestion:
    '核对该中介服务是否属于法律、法规或国务院决定设定的法定审批中介服务；无依据的删除，确需技术审查的由审批部门自行委托并承担费用；有依据的，删除对机构范围的限定，由申请人自主选择符合条件的机构。',
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
    // 委托 (COMMISSION), a kind of agency (AS_CONDITION), or the mark of one (SUBMIT)
    anchors: [
      '委托', '第三方', '中介', '指定', '推荐', '备案', '入库', '入围', '认可的', '认定的', '选定的', '确定的', '认可过', '认定过', '选定过',
      ...['专业', '技术服务', '评估', '检测', '检验', '鉴定', '咨询', '测绘', '审计'].flatMap((k) =>
        ['机构', '公司', '中心', '单位', '事务所', '研究院', '设计院', '研究所', '检测站', '鉴定所', '评估所'].map((a) => k + a),
      ),
    ],
    check,
  },
  examples: {
    bad: [
      '民宿经营者[[须委托在市应急管理局备案的安全评价机构对经营场所进行评估]]。',
      '申请开办养老机构的，[[应当委托专业机构对建筑结构安全进行鉴定]]并出具鉴定报告。',
      '由[[第三方评估机构出具评估报告后方可]]办理开业手续。',
      '申报项目须[[附具经县发改局备案的咨询机构编制的可行性研究报告]]。',
      '竣工验收前，[[须由区住建局认定的检测单位检测]]室内空气质量。',
      '申请人应当[[取得经市行业协会推荐的评估机构出具的资产评估报告]]。',
      '既有建筑改变使用功能的，结构安全鉴定[[须委托市住建局所属的建设工程质量检测中心]]进行。',
    ],
    good: [
      '行政机关在行政审批过程中需要委托中介服务机构开展技术性评估的，应当自行承担服务费用，不得转嫁给申请人。',
      '申请人可以自主选择具备条件的中介服务机构出具检测报告。',
      '行政机关不得为市场主体指定或者变相指定中介服务机构。',
      '电梯使用单位应当委托具有资质的检验机构进行定期检验。',
      { text: '建设单位应当依照《中华人民共和国环境影响评价法》的规定，委托技术单位编制环境影响报告书。', docType: 'normative-document' },
    ],
  },
});
