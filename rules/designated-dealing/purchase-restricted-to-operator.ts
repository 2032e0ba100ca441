import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, COMPETITIVE_SELECTION, OPERATOR_SUFFIX, OWN_CHOICE, operatorKind, rx, spanOf, describesViolation, encouragedInClause, prohibitedInClause, uniqueHits, unlessStatute } from './_market';

/**
 * A company or citizen is told where to buy, whom to pay, whose product to use or whom to contract with:
 * 要向某燃气公司交纳安装费、须到县人民医院体检、统一办理某保险公司提供的保险、使用某公司生产的设备、
 * 必须与辖区内批发企业签订协议、"体检机构：某县公立医院".
 */
const NAME = `[^。；，、：:（）()]{1,24}?${OPERATOR_SUFFIX}`;
/** A service centre is an operator too where a purchase is sent to it (须在县体检中心体检). */
const NAME_OR_CENTRE = `(?:${NAME}|[^。；，、：:（）()对向由为在从与]{1,12}?(?:体检|检测|检验|培训|医疗|健康|康复|维修|配送|保养)中心)`;
const MANDATE_WORDS = ['统一', '一律', '均', '全部', '只能', '只可', '必须', '须', '需', '需要', '要', '应当', '应', '务必', '限定', '指定'];
const MANDATE = `(?:${MANDATE_WORDS.join('|')})`;

const TRIGGERS: RegExp[] = [
  // 要向某公司交纳 / 须到某医院体检 / 只能从某公司购买
  rx(
    `(?<m>${MANDATE}(?:向|到|从|在|去|赴)(?<n>${NAME_OR_CENTRE}))(?=[^。；，]{0,12}(?:交纳|缴纳|支付|交费|缴费|购买|购进|进货|调拨|购置|采购|订购|选购|申请|办理|安装|领取|进行|接受|参加|参保|投保|租用|体检|检测|检验|培训|维修|加油|就餐|住宿|签订))`,
  ),
  // 统一办理某保险公司提供的保险 / 使用某公司生产的设备
  rx(
    `(?<m>(?:购买|购置|使用|选用|采用|安装|办理|投保|采购|订购|订阅|接受|选购|租用|配备|加装)[^。；，]{0,6}?(?<n>${NAME})(?:提供|生产|销售|承保|供应|代理|经营|出品|研发|制造|开发|推出|运营|推荐|指定|认可|确定|公布)的)`,
  ),
  // 须采用某安防科技有限公司产品
  rx(`(?<m>${MANDATE}(?:采用|使用|选用|购买|安装|配备|采购|选购|订购)[^。；，]{0,4}?(?<n>${NAME})(?:的)?(?:产品|设备|商品|系统|软件|器材|材料|服务|设施|终端))`),
  // 原则上安排在县宾馆
  rx(`(?<m>(?:${MANDATE}|原则上)(?:安排在|安排到|集中在|定点在|放在)(?<n>${NAME}))`),
  // 优先选用某公司生产的产品 / 推荐使用某集团的设备
  rx(`(?<m>(?:优先|推荐|建议|原则上|尽量)(?:选用|使用|采购|购买|选择|采用|租用|安装|选购|订购)[^。；，]{0,6}?(?<n>${NAME}))`),
  // 必须与辖区内批发企业签订连锁经营协议
  rx(`(?<m>${MANDATE}与(?<n>${NAME})(?:签订|签署|建立|开展))`),
  // 体检机构：永兴县辖区内县级公立医院（provider slot filled with a specific operator）
  rx(
    `(?<m>(?:体检|检测|检验|培训|鉴定|服务|供货|供应|承办|承接|安装|维修|保险|定点|配送|印刷|印制|采购|加油|维保)(?:机构|单位|医院|企业|公司|厂家|厂商|商)(?:[ \\t　：:]*|为|是)(?<n>[^。；，、：:\\s对向由为在从与]{2,24}?(?:有限责任公司|有限公司|公司|集团|医院|厂)))(?=$|[。；，、）)])`,
  ),
];

/** Brand / model / manufacturer fixed for the buyer (品牌统一为、型号须为、限定使用…品牌). */
const BRAND = rx(
  // 须选用…推荐的品牌和型号: brand or model fixed by someone's recommendation
  '(?<m3>(?:须|必须|应当|应|统一|一律|只能)(?:选用|使用|采用|购买|安装|选购|配备)[^。；，]{0,16}?(?:推荐|指定|认可|确定|公布)的[^。；，]{0,4}?(?:品牌|型号|厂家|生产厂商|供应商))|(?<m>(?:品牌|型号|厂家|生产厂商|供应商)(?:须|必须|应|应当|统一|一律|均)?(?:为|限定为|统一为|确定为|限于)[^。；，]{2,20}?(?:品牌|牌|型号|公司|集团|厂|产品))|(?<m2>限定(?:使用|购买|选用|采购)[^。；，]{0,12}?(?:品牌|型号|厂家|公司|企业)(?:的)?(?:产品|设备|商品)?)',
);

const COMPETITION = new RegExp(COMPETITIVE_SELECTION);
const CHOICE = new RegExp(OWN_CHOICE);
const LAWFUL = /传染病|疫情|救治|收治|隔离|职业病|精神障碍|户籍所在地|居住地|所在地(?:的)?(?:派出所|社区|街道|乡镇)/;

/** Cheap guard: some operator noun, brand or model must be in the clause. */
const OPERATOR_HINT = /公司|集团|企业|医院|厂|商|驾校|站|药|银行|旅行社|酒店|宾馆|超市|品牌|型号|中心/;

function check(c: ClauseContext): LocalHit[] {
  if (!OPERATOR_HINT.test(c.text)) return [];
  const hits: LocalHit[] = [];
  for (const re of TRIGGERS) {
    for (const m of allMatches(re, c.text)) {
      if (operatorKind(m.groups?.n ?? '') !== 'named') continue;
      const [s, e] = spanOf(m);
      hits.push({ start: s, end: e, ...unlessStatute(c, encouragedInClause(c, s) ? 'warning' : undefined) });
    }
  }
  for (const m of allMatches(BRAND, c.text)) {
    const [s, e] = m.indices?.groups?.m ?? m.indices?.groups?.m2 ?? m.indices?.groups?.m3 ?? [m.index, m.index + m[0].length];
    hits.push({ start: s, end: e, ...unlessStatute(c, encouragedInClause(c, s) ? 'warning' : undefined) });
  }
  // the sentence-level exemptions, once there is something to exempt
  if (!hits.length || COMPETITION.test(c.sentence) || CHOICE.test(c.sentence) || LAWFUL.test(c.sentence)) return [];
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'purchase-restricted-to-operator',
  category: 'designated-dealing',
  title: '限定单位或个人向特定经营者购买、使用商品或服务',
  message:
    '该条款要求单位或个人向某一特定经营者缴费、购买、投保、体检或签约，或只能使用特定经营者、品牌、型号的商品，属于限定或者变相限定单位、个人经营、购买、使用特定经营者提供的商品或服务。',
  suggestion:
    '删除对交易对象、品牌、型号的限定，改为公开的技术标准或资质条件，由单位和个人自主选择符合条件的经营者；确需集中采购的，依法通过政府采购或招标投标确定。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '反垄断法', article: '第三十九条' },
    { law: '国务院关于禁止在市场经济活动中实行地区封锁的规定', article: '第四条' },
    { law: '行政许可法', article: '第二十七条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  // a named operator stays a restriction when it is only "encouraged" or "recommended" (lowered to warning in check)
  gates: { citation: 'none', encouragement: false },
  match: {
    type: 'clause',
    // every trigger names an operator (its suffix, or 厂); the brand clauses say 品牌, 型号, 供应商 or 限定
    anchors: [
      '公司', '集团', '企业', '厂', '医院', '中心', '供应商', '服务商', '运营商', '经销商', '驾校', '检测站', '检测场', '加油站', '药店', '药房',
      '银行', '旅行社', '酒店', '宾馆', '商场', '超市', '品牌', '型号', '限定',
    ],
    check,
  },
  examples: {
    bad: [
      '开发企业在办理施工许可前，[[须向县城投燃气有限公司]]缴纳管道燃气初装费。',
      '全市餐饮从业人员[[统一到市第二人民医院]]进行健康体检。',
      '各乡镇农资门店所需化肥[[一律从县农资有限公司]]进货。',
      '全市出租汽车年度维护[[统一到市交通车辆维修中心]]进行。',
      '各单位为职工[[统一投保某财产保险公司承保的]]意外伤害保险。',
      '申请零售许可的经营户[[必须与辖区内烟花爆竹批发企业签订]]供货协议。',
      '三、培训机构：[[县职业技术培训有限公司]]',
      '校园监控设备[[品牌统一为某某科技品牌]]。',
      '鼓励各单位[[优先选用市电子信息产业集团]]生产的国产化办公设备。',
      '县直单位公务接待[[原则上安排在县宾馆]]。',
      '新装燃气用户[[须选用县燃气公司推荐的]]燃气报警器。',
      '小区充电桩[[应当选用供电公司公布的品牌]]。',
    ],
    good: [
      '行政机关实施行政许可，不得向申请人提出购买指定商品、接受有偿服务等不正当要求。',
      '从业人员可自主选择具备资质的医疗机构进行健康体检。',
      '用户应当向所在地供电企业申请办理用电手续。',
      '施工单位必须与具有相应资质的劳务企业签订劳务分包合同。',
      '各单位通过公开招标确定的保险公司承保的险种，按合同约定执行。',
      '各学校可以根据家长意愿，自主选择保险公司购买学生意外伤害保险。',
    ],
  },
});
