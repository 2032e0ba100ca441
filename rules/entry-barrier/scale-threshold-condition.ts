import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PEJORATIVE, adminProhibitionBefore, matches, re } from '../local-protection/_locality';
import { TENDER } from './_market';

/**
 * Size as an entry ticket: registered or paid-in capital, assets, turnover, tax paid, staff, years in business set as a
 * minimum for bidding, buying, entering a market or being admitted to a list. In tenders and procurement this is a
 * 规模条件 the procurement rules forbid (error); elsewhere it needs a basis (warning). Subsidy criteria are left alone.
 */

const SCALE =
  '(?:实缴注册资本|实缴注册资金|实缴资本|注册资本金?|注册资金|认缴资本|资本金|资产总额|总资产|净资产|营业收入|主营业务收入|营业额|年产值|年销售额|销售收入|纳税额|纳税总额|年纳税|利润总额|从业人员|员工人数|职工人数|在职员工|经营年限|成立年限|成立时间|设立时间|成立满|注册满|经营满|银行存款|投资额|投资总额|固定资产投资)';
const NUM = '[\\d一二三四五六七八九十百千万亿两.,]*\\d|[一二三四五六七八九十两][一二三四五六七八九十百千万亿两]*';
const THRESHOLD = re(
  `(?<m>${SCALE}[^，。；]{0,8}?(?:不低于|不少于|不得低于|不得少于|须达到|应达到|达到|超过|大于|≥|在)?\\s*(?:人民币)?(?:${NUM})\\s*(?:万|亿|千)?(?:元|人|名|年|个月)?(?:人民币)?(?:以上|及以上|（含）以上|\\(含\\)以上)?)`,
);
const THRESHOLD_WORD = /不低于|不少于|不得低于|不得少于|须达到|应达到|以上|超过|大于|≥|满/;

const ACCESS = /准入|准予|资格|条件|从事|申请人|经营者|入驻|入围|入库|承接|进入|参与|申请/;
const SUBSIDY = /奖励|补贴|补助|奖补|扶持|资助|贴息|给予[^，。；]{0,10}万元|认定为|评为/;

/** Ownership of premises or equipment demanded where a lease would serve (自有产权的场地、自有车辆): a capital ticket. */
const OWNED = re(
  `(?<m>(?:自有|自有产权|自建|产权(?:归|属于)?自有)(?:的)?[^，。；]{0,6}?(?:场地|训练场|厂房|仓库|用房|办公场所|经营场所|营业场所|教学场所|房屋|车辆|运输车辆|设备|停车场|冷库))`,
);

function check(c: { text: string; sentence: string }): LocalHit[] {
  const { text, sentence } = c;
  const tender = TENDER.test(sentence);
  const access = ACCESS.test(sentence);
  if (!tender && (!access || SUBSIDY.test(sentence))) return [];
  const hits: LocalHit[] = [];
  for (const m of matches(OWNED, text)) {
    const [s, e] = m.indices!.groups!.m;
    // 自有或者租赁的场地 leaves the choice open
    if (adminProhibitionBefore(text, s, 30) || /租赁|租用/.test(text.slice(Math.max(0, s - 6), e + 10))) continue;
    hits.push({ start: s, end: e, severity: tender ? undefined : 'warning' });
  }
  for (const m of matches(THRESHOLD, text)) {
    if (!THRESHOLD_WORD.test(m[0])) continue;
    // 投资额 as a buyer's pledge in a land or resource sale is also a scale ticket; elsewhere it is a plan figure
    if (/^(?:投资额|投资总额|固定资产投资)/.test(m[0]) && !tender) continue;
    const [s, e] = m.indices!.groups!.m;
    // 不得以注册资本…作为条件 binds the administration; 注册资本不得低于 is the threshold itself
    if (adminProhibitionBefore(text, s, 30)) continue;
    hits.push({ start: s, end: e, severity: tender ? undefined : 'warning' });
  }
  return hits;
}

export default defineRule({
  id: 'scale-threshold-condition',
  category: 'entry-barrier',
  title: '以注册资本、资产、营业收入等规模设定准入或投标门槛',
  message:
    '以注册资本、资产总额、营业收入、纳税额、从业人员、成立年限等规模条件作为投标、竞买、入围或从事经营的资格条件，与项目履约能力无直接关系，排斥中小企业和新进入者，属于设置不合理的准入条件。',
  suggestion:
    '删除规模门槛，改为与项目具体特点和实际需要相适应的资质、技术、履约能力要求；法律、行政法规对注册资本等另有规定的，应援引具体条文。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '政府采购法实施条例', article: '第二十条' },
    { law: '招标投标法实施条例', article: '第三十二条' },
    { law: '优化营商环境条例', article: '第六十四条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  // the engine's gate would read 注册资本不得低于… as a prohibition and drop the next threshold in the clause
  gates: { quotation: false, prohibition: false },
  match: {
    type: 'clause',
    anchors: ['自有', '自建', '注册资本', '注册资金', '实缴', '资本金', '资产', '营业收入', '营业额', '产值', '销售额', '销售收入', '纳税', '利润', '从业人员', '员工', '职工人数', '经营年限', '成立', '设立时间', '注册满', '经营满', '存款', '投资'],
    check,
  },
  examples: {
    bad: [
      { text: '竞买人须具有独立法人资格，[[实缴注册资金2亿元以上]]。', docType: 'policy-document' },
      { text: '投标人资格要求：[[注册资本不低于5000万元]]，[[成立时间满5年]]。', docType: 'policy-document' },
      '申请从事网络预约出租汽车经营的企业，[[注册资本不少于1000万元]]。',
      { text: '参与竞标的企业[[注册资本不得低于1亿元]]，且[[成立满三年]]。', docType: 'policy-document' },
      '申请从事冷链配送的企业，应当具有[[自有冷库]]。',
    ],
    good: [
      '采购人不得以注册资本、资产总额、营业收入等规模条件对中小企业实行差别待遇。',
      { text: '招标人不得将投标人注册资本不低于5000万元设定为资格条件。', docType: 'policy-document' },
      '对年营业收入首次超过1亿元的企业，给予50万元一次性奖励。',
      '本市规模以上工业企业营业收入达到3000亿元。',
      { text: '投标人须具备相应施工资质，近三年无重大安全事故。', docType: 'policy-document' },
      '申请人应当具有自有或者租赁的经营场所。',
    ],
  },
});
