import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, OPERATOR_SUFFIX, operatorKind, rx, spanOf, describesViolation, prohibitedInClause, uniqueHits, unlessStatute } from '../designated-dealing/_market';

/**
 * Money or a preference for one operator named in the document rather than for all who meet open criteria:
 * 对保温产业平台管理公司给予产业发展资金奖励、奖励给项目运营公司、对某集团给予贴息、一事一议给予扶持.
 */
const NAME = `[^。；，、：:（）()]{1,24}?${OPERATOR_SUFFIX}`;
const MONEY = '(?:奖励|奖补|补贴|补助|资助|贴息|扶持资金|扶持|资金支持|专项资金|发展资金|补偿|返还|优惠|让利|减免)';

const TRIGGERS: RegExp[] = [
  // 对保温产业平台管理公司给予产业发展资金奖励
  rx(`(?<m>(?:对|向|给|为)(?<n>${NAME})(?:[^。；]{0,36}?)(?:给予|予以|安排|拨付|兑现|一次性给予|奖励|补贴|补助|资助|提供)[^。；，]{0,15}?${MONEY})`),
  // 给予该公司一次性落户奖励
  rx(`(?<m>给予(?<n>${NAME})[^。；，]{0,12}?${MONEY})`),
  // 安排专项资金用于支持县供销合作社有限公司
  rx(`(?<m>(?:用于|安排|拨付|给予|专项)[^。；，]{0,6}?(?:支持|扶持|补贴|补助|奖励|资助)(?<n>${NAME}))`),
  // 奖励给项目运营公司
  rx(`(?<m>(?:奖励|补贴|补助|拨付|返还|支付|奖补|兑现|划拨|返)给(?<n>${NAME}))`),
];
/** 对新引进的三家链主企业…给予奖励: a handful of firms counted out is a selection, not an open class (warning). */
const COUNTED = rx('(?<m>(?:对|向|给予|支持)[^。；，]{0,10}?(?<!前|第|每|不超过|不少于|最多|至少)[一二两三四五\\d]家[^。；，]{0,12}?(?:企业|公司|集团))');
const CASE_BY_CASE = rx('(?<m>一事一议|一企一策|一企一议|一项一议|一企一事|特事特办|量身定制)');
const CASE_MONEY = /奖励|补贴|补助|扶持|优惠|政策|资金|土地|地价|供地|税|电价|租金|返还/;
const CASE_LAWFUL = /筹资筹劳|村民|农村公益|村级公益|议事|服务(?:专员|企业)|诉求|问题/;

/** Public-service compensation under national policy, and budget funding of public hospitals, are not selective. */
const PUBLIC_SERVICE = /公益性|政策性(?:亏损|保险|业务)|成品油|公交|城市客运|普遍服务|政府购买服务|保费补贴|按(?:照)?(?:国家|有关|相关)?规定|国家(?:规定|政策)/;

function check(c: ClauseContext): LocalHit[] {
  if (PUBLIC_SERVICE.test(c.sentence)) return [];
  if (!/公司|集团|企业|医院|厂|商|银行|一事一议|一企|一项一议|特事特办|量身定制/.test(c.text)) return [];
  const moneyInSentence = /资金|万元|亿元|补贴|补助|奖励|奖补|贴息|资助/.test(c.sentence);
  const hits: LocalHit[] = [];
  for (const re of TRIGGERS) for (const m of allMatches(re, c.text)) {
    const name = m.groups?.n ?? '';
    const kind = operatorKind(name);
    if (kind === 'criteria' || /(?:医院|卫生院)$/.test(name)) continue;
    // a bare class (项目运营公司、平台公司) is one definite operator more often for 公司 than for 企业
    if (kind === 'generic' && !/(?:公司|集团)$/.test(name)) continue;
    const [s, e] = spanOf(m);
    if (!moneyInSentence) continue;
    hits.push({ start: s, end: e, ...unlessStatute(c, kind === 'named' ? 'error' : 'warning') });
  }
  if (moneyInSentence && !/评选|认定|申报|评审|择优|竞争|公开/.test(c.sentence))
    for (const m of allMatches(COUNTED, c.text)) {
      const [s, e] = spanOf(m);
      hits.push({ start: s, end: e, ...unlessStatute(c, 'warning') });
    }
  if (CASE_MONEY.test(c.sentence) && !CASE_LAWFUL.test(c.sentence))
    for (const m of allMatches(CASE_BY_CASE, c.text)) {
      const [s, e] = spanOf(m);
      hits.push({ start: s, end: e, ...unlessStatute(c, 'warning') });
    }
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'subsidy-to-specific-operator',
  category: 'selective-preference',
  title: '对特定经营者给予奖补或“一事一议”优惠',
  message:
    '该条款对文件点名的某一经营者（或以“一事一议”“一企一策”方式对个别经营者）给予财政奖励、补贴或其他优惠，属于没有法律、行政法规依据或未经国务院批准，给予特定经营者选择性、差异化的财政奖励或者补贴。',
  suggestion: '删除针对特定经营者的奖补；确需扶持的，制定面向所有符合条件经营者的公开、普惠标准，并通过公开程序评审兑现。',
  basis: [{ law: '公平竞争审查条例', article: '第十条' }],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none', encouragement: false },
  match: {
    type: 'clause',
    anchors: [
      ...['一家', '两家', '二家', '三家', '四家', '五家', '1家', '2家', '3家', '4家', '5家'],
      ...['奖励', '奖补', '补贴', '补助', '资助', '贴息', '扶持', '资金支持', '专项资金', '发展资金', '补偿', '返还', '优惠', '让利', '减免'],
      ...['支付给', '划拨给', '返给', '兑现给', '拨付给'],
      '一事一议', '一企一策', '一企一议', '一项一议', '一企一事', '特事特办', '量身定制'],
    check,
  },
  examples: {
    bad: [
      '年度考核合格的，[[对县文旅投资有限公司给予运营补贴]]200万元。',
      '项目建成运营后，市级产业发展资金一次性[[奖励给项目运营公司]]。',
      '对重大招商项目实行[[一事一议]]，给予土地、资金等方面的特殊政策支持。',
      '县财政每年安排专项资金，[[用于支持县供销合作社有限公司]]开展农资保供。',
      '[[对宏远冷链物流有限公司在本区新建的冷库，由区财政按设备投资额的20%给予补助]]。',
      '[[对签约落户的两家新能源整车企业]]，每年给予1000万元运营补贴。',
    ],
    good: [
      '对符合条件的科技型中小企业给予研发费用补助。',
      '对新认定的国家级高新技术企业给予一次性奖励20万元。',
      '对年度评选出的前三家优秀企业给予表彰奖励。',
      '村内公益事业建设实行一事一议筹资筹劳。',
      '对市公交集团给予公益性运营亏损补贴。',
      '不得对特定经营者给予选择性、差异化的财政奖励或者补贴。',
    ],
  },
});
