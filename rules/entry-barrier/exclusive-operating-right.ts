import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PEJORATIVE, matches, re } from '../local-protection/_locality';
import { COMPETITIVE, UTILITY } from './_market';

/**
 * Closing a market to all but one or a few: operating rights auctioned, tendered or granted (特许经营权拍卖、运营权招标),
 * a single or exclusive operator, a cap on the number of operators, a whole sector handed to the winner of one deal.
 * Lawful 特许经营 exists for public utilities (供水、燃气、公交…): there the finding is dropped; in ordinary competitive
 * markets (共享单车、停车、广告…) it is an error; elsewhere a warning for a human check.
 */

const RIGHTS = re(
  `(?<m>(?<!土地|承包|林地|林权|草原|草场|水面|海域|滩涂|宅基地|集体|资产|山林|果园|土地承包)(?:特许经营权|独家经营权|专营权|经营权|运营权|投放权|营运权|广告经营权|广告位使用权))`,
);
const ALLOC = /拍卖|出让|竞拍|招标|竞价|授予|转让|有偿使用|挂牌|竞争性配置|遴选|确定|给予|赋予|交由|委托|竞标|中标|发放/;
const EXCLUSIVE = re(
  `(?<m>(?:唯一|独家|排他性?|(?<![每任第])一家|1家|单一)(?:的)?[\\u4e00-\\u9fa5]{0,6}?(?:经营者|运营商|运营企业|运营单位|运营主体|服务商|经营单位|服务单位|服务机构|合作企业|合作单位|合作伙伴|合作方|经营权|运营权|代理商|代理机构|承办单位|投放企业|建设运营单位)|确定唯一[^，。；]{0,10}|(?:独家|排他性?)(?:经营|运营|代理|供应|服务|开发|投放))`,
);
// a promise to keep competitors out: 不再引进同类企业
const NO_RIVALS = re(
  `(?<m>(?:不再|不得再|不得|停止)[^，。；]{0,8}?(?:引进|审批|批准|新增|新建|准入|许可|发放|招引|引入)[^，。；]{0,8}?(?:同类|同行业|同业|类似|竞争))`,
);
const QUOTA = re(`(?<m>(?:实行|实施)?(?:总量控制|数量控制|限量投放|配额管理|总量调控))`);
const NUMBER_CAP = re(
  `(?<m>(?:经营者|运营企业|投放企业|运营商|经营单位|服务商|企业|机构|公司|品牌)(?:的)?(?:数量|总数|家数)[^，。；]{0,8}?(?:不超过|不得超过|控制在|限定为|限定在|限于|最多|原则上不超过)|(?:不超过|最多|限定|控制在|只允许|仅允许|准入)[^，。；]{0,4}?[\\d一二三四五六七八九十两]+家(?:以内)?(?:企业|经营者|运营企业|运营商)?)`,
);
const BLANKET = re(
  `(?<m>由(?:乙方|中标(?:企业|人|单位|供应商|方)|该(?:公司|企业))[^，。；]{0,8}?(?:统一|独家|负责)?(?:配建|建设|运营|经营|投放|实施|承建|提供|安装|供应))`,
);
const BLANKET_SCOPE =
  /政府机关|公共机构|机关单位|事业单位|国有企业|全市|全县|全区|全镇|全域|辖区内?所有|各(?:单位|部门|小区|学校|医院|乡镇|街道|县区|区县)|所有(?:公共|小区|单位|机关)/;
// a cap on operators in a market, not a quota of awards or pilots (示范企业数量不超过10家)
const CAP_MARKET = /运营|经营|投放|准入|进入|开办|新设|新增|设立|入驻|许可|牌照|指标/;
const CAP_AWARD = /认定|评选|评定|示范|奖励|补贴|表彰|培育|遴选|申报|推荐|试点/;
const QUOTA_MARKET = /企业|公司|经营者|运营|经营|投放|车辆|网点|平台|牌照/;
const LAWFUL_CONTEXT = /单一来源|受法律保护|依法取得|依法授予|期满|届满|终止|提前收回|有效期/;

/**
 * The words every finding's clause holds (they were the prefilter's anchors; the anchors are now the rarer words each
 * pattern needs, so the clause is checked here).
 */
const KEYWORDS =
  /不再|不得再|不得|停止|总量控制|数量控制|限量投放|配额管理|总量调控|经营权|运营权|专营权|投放权|营运权|广告位|唯一|独家|排他|一家|1家|单一|家数|数量|总数|家以内|由乙方|由中标|由该公司|由该企业/;

function check(c: { text: string; sentence: string }): LocalHit[] {
  const { text, sentence } = c;
  if (!KEYWORDS.test(text)) return [];
  // the patterns in the clause first, the sentence-level tests only when one matched
  const rights = matches(RIGHTS, text);
  const exclusive = matches(EXCLUSIVE, text);
  const cap = matches(NUMBER_CAP, text);
  const rivals = matches(NO_RIVALS, text);
  const quota = matches(QUOTA, text);
  const blanket = matches(BLANKET, text);
  if (!rights.length && !exclusive.length && !cap.length && !rivals.length && !quota.length && !blanket.length) return [];
  if (LAWFUL_CONTEXT.test(sentence)) return [];
  const utility = UTILITY.test(sentence);
  const competitive = COMPETITIVE.test(sentence);
  const hits: LocalHit[] = [];
  const push = (m: RegExpExecArray, sev: 'error' | 'warning') => {
    const [s, e] = m.indices!.groups!.m;
    hits.push({ start: s, end: e, severity: sev === 'error' ? undefined : sev });
  };
  if (rights.length && ALLOC.test(text) && !utility) for (const m of rights) push(m, competitive ? 'error' : 'warning');
  for (const m of exclusive) push(m, utility || (!competitive && !/唯一|独家|排他/.test(m[0])) ? 'warning' : 'error');
  if (cap.length && !utility && CAP_MARKET.test(sentence) && !CAP_AWARD.test(sentence)) for (const m of cap) push(m, competitive ? 'error' : 'warning');
  if (!utility) for (const m of rivals) push(m, 'error');
  if (quota.length && !utility && QUOTA_MARKET.test(sentence) && !CAP_AWARD.test(sentence) && !/污染物|排放|用水|用能|能耗|碳排放|取水|用地|建设用地/.test(sentence))
    for (const m of quota) push(m, 'warning');
  if (blanket.length && BLANKET_SCOPE.test(sentence)) for (const m of blanket) push(m, 'warning');
  return hits;
}

export default defineRule({
  id: 'exclusive-operating-right',
  category: 'entry-barrier',
  title: '违法授予特许经营权、限定经营者数量或独家经营',
  message:
    '对非公用事业的竞争性市场以拍卖、招标等方式出让经营权（运营权、投放权），确定唯一或独家经营者，限定经营者数量，或将整个领域的业务交由某一中标企业承担，违法设置或授予特许经营权，限制其他经营者进入市场。',
  suggestion:
    '竞争性领域应允许符合条件的经营者自由进入，以公开、统一的管理标准和事中事后监管代替经营权出让和数量限定；属于基础设施和公用事业特许经营的，应依照相关法律法规规定的范围和程序实施，并写明依据和期限。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '反垄断法', article: '第三十九条' },
    { law: '反垄断法', article: '第四十条' },
    { law: '优化营商环境条例', article: '第二十条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  gates: { quotation: false },
  match: {
    type: 'clause',
    // a word each pattern needs: the right, the exclusivity, the cap (数量、N家), the rivals, the quota, the winner
    anchors: [
      '总量控制', '数量控制', '限量投放', '配额管理', '总量调控', '经营权', '运营权', '专营权', '投放权', '营运权', '广告位', '唯一', '独家', '排他',
      '一家', '1家', '单一', '家数', '数量', '总数', '家以内', '由乙方', '由中标', '由该公司', '由该企业', '同类', '同行业', '同业', '类似', '竞争',
      ...[...'0123456789二三四五六七八九十两'].map((d) => `${d}家`),
    ],
    check,
  },
  examples: {
    bad: [
      { text: '城区共享电单车5年[[特许经营权]]公开拍卖。', docType: 'policy-document' },
      { text: '将全县共享电单车[[运营权]]分两个合同包向社会公开招标。', docType: 'policy-document' },
      '以招标遴选方式[[确定唯一助力车经营者]]。',
      '中心城区互联网租赁自行车[[运营企业数量原则上不超过]]3家。',
      { text: '政府机关、公共机构及事业单位内部停车场的充电设施，[[由乙方（中标企业）配建]]。', docType: 'policy-document' },
      { text: '甲方承诺，乙方项目投产后5年内本区[[不再引进同类]]企业。', docType: 'policy-document' },
      '全市户外[[广告经营权]]统一交由市城投公司[[独家经营]]。',
    ],
    good: [
      '不得违法设置或者授予特许经营权。',
      '城市供水、燃气项目可以依法通过招标方式选择特许经营者，授予特许经营权。',
      '农村土地经营权可以依法采取出租、入股等方式流转。',
      '依法取得的特许经营权受法律保护，期满前不得擅自收回。',
      '采购人采用单一来源方式采购的，应当与唯一供应商进行协商。',
      { text: '本项目由乙方负责建设和运营。', docType: 'policy-document' },
      { text: '联合体成员单位总数量不超过2家。', docType: 'policy-document' },
      '城市建成区内不再审批新建燃煤锅炉项目。',
      '每年认定的示范企业数量不超过10家。',
    ],
  },
});
