import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, rx, spanOf, describesViolation, prohibitedInClause, uniqueHits, unlessStatute } from '../designated-dealing/_market';

/**
 * Rewards, subsidies or support caps computed from the tax an operator pays or its "contribution" to local
 * revenue: 按地方留成部分的50%奖励、按纳税额的20%奖补、按地方财政贡献额全额奖励、支持总额不超过综合贡献的60%、
 * 年纳税额首次突破1000万元的给予奖励. A disguised tax refund (《公平竞争审查条例》第十条).
 */
/** Words that only name an operator's share of local revenue: any reward near them is tax-linked. */
const CONTRIB =
  '(?:地方留成|地方留存|地方分成|地方分享部分|分享部分|地方所得部分|地方实得|地方财政收入部分|(?:地方|本级|区级|县级|市级|镇级|乡级|区域|综合|财政|税收|财力|(?:地方|区域|本地)(?:经济|财政|税收))贡献(?!率|度|了|在)|(?:本级|区级|县级|市级|镇级)(?:留成|留存|财力)|留成部分|留存部分|留成的)';
/** Words that also occur in statistics (地方税收增长8%、民营经济贡献了50%以上的税收): need a reward close by. */
const WEAK_CONTRIB = '(?:地方税收|地方级收入|地方分享|经济贡献(?!率|度|了)|贡献额|实际贡献)';
const TAXAMT =
  '(?:(?:新增|形成的?|产生的?|贡献的?)(?:地方)?税收|税收增量|纳税额|纳税总额|年纳税|缴纳的?(?:各项)?税(?:收|款|金)|实缴税(?:金|款|收)|实际缴纳[^。；，]{0,6}税|入库税(?:收|金|款)|税收(?:收入|总额|增量)|缴税|上缴的?(?:企业所得税|增值税|税收|税金)|(?:企业所得税|增值税|个人所得税)(?!发票|专用发票|普通发票|发票金额)(?:地方)?(?:部分|留成|分成)?)';
const MONEY = '(?:奖励|奖补|补贴|补助|返还|扶持|资助|兑现|贴息|以奖代补|支持)';
const PROPORTION = '(?:\\d+(?:\\.\\d+)?\\s*[%％]|百分之[一二三四五六七八九十百零〇\\d]+|全额|等额|一定比例|比例|[一二三四五六七八九十]成|一半|减半|倍|[一二两三四五]免[一二两三四五]减半)';

const PATTERNS: [RegExp, 'error' | 'warning'][] = [
  // contribution words close to money or a proportion: 按地方留成部分的20%奖励 / 不超过综合贡献的60%
  [rx(`(?<m>${CONTRIB}[^。；]{0,25}?${MONEY})`), 'error'],
  [rx(`(?<m>${MONEY}[^。；]{0,25}?${CONTRIB})`), 'error'],
  [rx(`(?<m>${CONTRIB}(?:额|部分|总额)?(?:的)?[“"]?${PROPORTION})`), 'error'],
  [rx(`(?<m>(?:${CONTRIB}|${WEAK_CONTRIB})(?:额|部分|总额)?(?:的)?${PROPORTION}[^。；]{0,15}?${MONEY})`), 'error'],
  [rx(`(?<m>(?:按|依|根据|参照|按照|视|结合|对照)[^。；，]{0,12}?${WEAK_CONTRIB}[^。；]{0,20}?${MONEY})`), 'warning'],
  // tax amount, then a proportion, then money: 按纳税额的20%进行奖励
  [rx(`(?<m>${TAXAMT}[^。；]{0,20}?${PROPORTION}[^。；]{0,15}?${MONEY})`), 'error'],
  // 按/根据 + tax amount + money: 根据企业缴纳税收情况给予奖补
  [rx(`(?<m>(?:按|依|根据|参照|按照|视|结合|对照)[^。；，]{0,12}?${TAXAMT}[^。；]{0,20}?${MONEY})`), 'error'],
  // money equivalent to the tax: 给予相当于其缴纳税收…的奖励
  [rx(`(?<m>相当于[^。；，]{0,10}?(?:${TAXAMT}|${CONTRIB}))`), 'error'],
  // rankings by tax paid: 纳税大户、纳税百强、纳税前十名
  [rx(`(?<m>(?:纳税大户|纳税百强|纳税(?:十|五十|百)强|纳税前[一二三四五六七八九十百\\d]+名|纳税额前[一二三四五六七八九十百\\d]+名|税收贡献前[一二三四五六七八九十百\\d]+名)[^。；]{0,20}?${MONEY})`), 'warning'],
  // tax thresholds as the trigger of a reward: 年纳税额首次突破1000万元的给予奖励
  [rx(`(?<m>(?:纳税额|纳税总额|年纳税|缴纳税收|实缴税金|税收贡献)(?!信用|人|服务|申报|便利)[^。；]{0,15}?(?:达到|超过|突破|以上|首次|增长|增幅|新增)[^。；]{0,25}?${MONEY})`), 'warning'],
];

/** Revenue sharing between levels of government, not rewards to operators. */
const FISCAL_SYSTEM = /按(?:照)?(?:国家|有关|相关)?[^。；，]{0,6}规定(?:享受|执行|落实)|国家(?:税收)?政策|即征即退|加计扣除|留抵|财政体制|收入划分|分享比例|分成比例|上解|转移支付|体制结算|财力性补助|共享收入|增量返还(?:地方)?政府/;

function check(c: ClauseContext): LocalHit[] {
  const hits: LocalHit[] = [];
  for (const [re, sev] of PATTERNS) for (const m of allMatches(re, c.text)) {
    const [s, e] = spanOf(m);
    hits.push({ start: s, end: e, ...unlessStatute(c, sev) });
  }
  // the sentence-level exemption, once there is something to exempt
  if (!hits.length || FISCAL_SYSTEM.test(c.sentence)) return [];
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'reward-tied-to-tax-contribution',
  category: 'selective-preference',
  title: '财政奖补与纳税额、地方留成、综合贡献挂钩',
  message:
    '该条款按经营者缴纳的税收、地方留成（留存）部分或“综合贡献”“财政贡献”确定奖励、补贴或支持额度，实为变相税收返还，属于没有法律、行政法规依据或未经国务院批准给予特定经营者税收优惠和选择性财政奖补。',
  suggestion:
    '删除以纳税额、地方留成、财政贡献为计算基数或门槛的奖补条款；确需扶持的，改为面向所有符合公开、普惠标准经营者的政策，奖补标准与税收脱钩。',
  basis: [
    { law: '公平竞争审查条例', article: '第十条' },
    { law: '税收征收管理法', article: '第三条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  // a reward is itself an incentive: 鼓励/支持 in the clause does not make it lawful
  gates: { citation: 'none', encouragement: false },
  match: {
    type: 'clause',
    anchors: ['留成', '留存', '分成', '所得部分', '实得', '地方级', '贡献', '纳税', '缴纳', '实缴', '实际缴纳', '入库税', '税收', '缴税', '上缴', '所得税', '增值税', '相当于'],
    check,
  },
  examples: {
    bad: [
      '对新落户的总部企业，按其[[缴纳企业所得税地方留成部分的50%给予奖励]]，连续奖励三年。',
      '鼓励企业做大做强，[[按企业上年度纳税额的10%给予奖励]]。',
      '企业享受的各项扶持资金合计不超过其当年对区级[[财政贡献的80%]]。',
      '对[[年纳税额首次突破1000万元的企业，一次性给予50万元奖励]]。',
    ],
    good: [
      '不得给予特定经营者与其缴纳税收或地方财政贡献挂钩的奖励和补贴。',
      '省与市县增值税地方留成部分的分享比例按财政体制规定执行。',
      '对年度研发投入达到500万元以上的企业，按研发投入增量的10%给予补助。',
      '纳税信用评价为A级的纳税人，可享受绿色通道等激励措施。',
      { text: '民营经济贡献了50%以上的税收、60%以上的国内生产总值。', docType: 'policy-document' },
      '软件企业按规定享受增值税即征即退政策。',
    ],
  },
});
