import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, rx, spanOf, describesViolation, prohibitedInClause, uniqueHits, unlessStatute } from '../designated-dealing/_market';

/**
 * A local document refunds, reduces or exempts taxes on its own: 先征后返、税收返还、返还所得税、
 * 给予6个月税费减免优惠、免征三年城镇土地使用税. Tax relief needs a law, an administrative regulation or State
 * Council approval; restating national policy (按国家规定、落实…税收优惠政策) is lawful.
 */
const TAX = '(?:城镇土地使用税|土地使用税|房产税|企业所得税|个人所得税|增值税|契税|印花税|车船税|耕地占用税|资源税|环境保护税|所得税|地方税|税费|税收|税款|税金)';

const PATTERNS: [RegExp, 'error' | 'warning'][] = [
  [rx('(?<m>先征后返|先征后退|先缴后返|先缴后奖|税收返还|税费返还|以税(?:定|引)奖|税收奖励)'), 'error'],
  [rx(`(?<m>返还[^。；，]{0,8}?${TAX})`), 'error'],
  [rx(`(?<m>${TAX}[^。；，]{0,4}?返还)`), 'error'],
  // 给予6个月的税费减免优惠 / 免征三年城镇土地使用税
  [rx(`(?:给予|予以|实行|享受|实施|提供)[^。；，]{0,15}?(?<m>${TAX}[^。；，]{0,3}?(?:减免|减征|免征|减半|优惠|全免|免缴|[一二两三四五]免[一二两三四五]减半))`), 'warning'],
  [rx(`(?<m>(?:减免|免征|减征|减半征收|免缴|缓征)[^。；，]{0,10}?${TAX})(?![^。；，]{0,8}(?:亿元|万元))`), 'warning'],
];

/** Restating national tax policy or citing its basis; overpaid-tax refunds and VAT credit refunds are statutory. */
const LAWFUL =
  /(?:按|依|按照|依照|根据|符合|对照|执行)[^。；，]{0,10}(?:国家|有关|相关|现行|上级|税收|税法|法律|财税)?[^。；，]{0,4}(?:规定|政策|法律|文件)|国家(?:规定|政策|统一|出台|税收)|依法|落实|税务(?:部门|机关)|财税〔|财税\[|国务院|法律、(?:行政)?法规|多缴|溢缴|留抵|出口退税|汇算清缴|中央对地方|对地方|市县|下级政府|税收返还(?:资金|收入|基数)|转移支付|财政体制|减税降费|结构性减税|国家税务总局|累计|共计|合计|全年|已为|[\d.]+(?:亿|万)元(?:的)?(?:税|减免)/;

function check(c: ClauseContext): LocalHit[] {
  if (LAWFUL.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const [re, sev] of PATTERNS) for (const m of allMatches(re, c.text)) {
    const [s, e] = spanOf(m);
    hits.push({ start: s, end: e, ...unlessStatute(c, sev) });
  }
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'local-tax-relief-or-refund',
  category: 'selective-preference',
  title: '擅自减免、返还税收',
  message:
    '该条款由本级文件自行规定税收返还、先征后返或税费减免。减税、免税、退税只能依照法律或国务院制定的行政法规执行，地方和部门文件不得擅自作出，也不得给予特定经营者税收优惠。',
  suggestion: '删除税收返还、减免内容；确属国家已有的税收优惠，改为“按照国家有关规定落实税收优惠政策”，并注明依据文件。',
  basis: [
    { law: '税收征收管理法', article: '第三条' },
    { law: '公平竞争审查条例', article: '第十条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none', encouragement: false },
  match: {
    type: 'clause',
    anchors: ['先征后', '先缴后', '返还', '以税', '税收奖励', '减免', '减征', '免征', '减半', '优惠', '全免', '免缴', '缓征'],
    check,
  },
  examples: {
    bad: [
      '对新引进的金融机构，实行企业所得税[[先征后返]]。',
      '个体工商户升级为企业的，自变更当月起给予一年[[税费减免优惠]]。',
      '入驻园区的企业[[免征三年城镇土地使用税]]。',
    ],
    good: [
      '各级人民政府不得违反法律、行政法规的规定擅自作出减税、免税决定。',
      '对符合条件的小型微利企业，按照国家规定享受企业所得税优惠。',
      '全面落实增值税留抵退税政策。',
      '根据《中华人民共和国企业所得税法》第二十七条的规定，符合条件的技术转让所得免征企业所得税。',
      { text: '全年累计为企业减免税费3.2亿元。', docType: 'policy-document' },
    ],
  },
});
