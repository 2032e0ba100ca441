import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { GOVERNMENT_BODY } from '../designated-intermediary/_intermediary';
import { allMatches, COMPETITIVE_SELECTION, encouragedInClause, hasNamedMarker, OPERATOR_SUFFIX, operatorKind, rx, spanOf, describesViolation, prohibitedInClause, uniqueHits, unlessStatute } from './_market';

/**
 * The administration picks one operator to supply, run or carry out a market activity without competition:
 * 统一由某公司供货、由学子公司统一发行、以某企业为主体承办、将某公司作为项目管理公司、确定某医院为定点机构、
 * 授予某集团公司、指定由两家公司安装、直接发包给某公司、独家经营、唯一供应商。
 */
const NAME = `[^。；，、：:（）()]{1,24}?${OPERATOR_SUFFIX}`;

/** 统一交由县无害化处理中心收集处理: a named public body doing a market service (not a government office). */
const BODY_ASSIGNED = rx(
  `(?<m>(?:统一|一律|只能|全部|均)(?:交由|委托给?|由|到)(?<n>[^。；，、：:（）()]{1,20}?(?:中心|站|场|厂|所|院)))(?=[^。；，]{0,8}(?:收集|处理|处置|配送|供应|供货|提供|安装|维修|检测|运营|经营|承建|建设|收运|清运|销售|代理|培训|体检|印制|印刷|回收|养护|保洁|采购|征订|订购|发放|代购|团购))`,
);

/**
 * The buyer's own choice banned next to a designation (…统一由某中心组织采购，家长不得自行购买): the ban is what makes the
 * designation exclusive, whatever the designated body is called.
 */
const OWN_CHOICE_BANNED = rx(
  '(?<m>(?:不得|严禁|禁止|一律不得|不准|不允许)(?:自行|另行|私自|擅自|到其他|向其他|从其他|在其他)(?:单位|企业|商家|渠道|机构)?(?:购买|采购|选购|订购|购置|选择|委托|安装|印制|配送|定制))',
);
const DESIGNATION = /(?:统一|一律|只能|均|全部)(?:由|交由|到|向|从|委托|安排)|指定|定点/;

/** 由某公司负责: a task assigned to one operator without 统一/独家 (warning: may be a project owner, check). */
const ASSIGNED = rx(
  `(?<m>由(?<n>${NAME})(?:负责|承担|承办|实施|提供|供应|运营|经营|建设|代理|配送|收运|安装|维护|管理))`,
);

/** [regex, needs a named (not generic) operator in group `n`, a word the regex needs (else: an operator suffix)] */
const TRIGGERS: [RegExp, boolean, RegExp?][] = [
  // 统一由 / 一律交由 / 均委托 + named operator
  [rx(`(?<m>(?:统一|一律|均|全部|全权|只能|专门|集中)(?:交由|委托给?|由)(?<n>${NAME}))`), true],
  // 由 + named operator + 统一 / 独家 / 全权 / 集中
  [rx(`(?<m>由(?<n>${NAME})(?:统一|独家|全权|集中|专门|垄断))`), true],
  // 以某企业为主体承办
  [rx(`(?<m>以(?<n>${NAME})为(?:主体|唯一|主要承办|承办|实施|运营|建设|经营)(?:主体|单位)?)`), true],
  // 将某公司作为 / 确定为 / 明确为
  [rx(`(?<m>将(?<n>${NAME})(?:作为|确定为|明确为|列为|指定为|选定为))`), true],
  // 确定某医院为定点机构 / 承办单位
  [
    rx(
      `(?<m>(?:确定|指定|明确|选定|委托)(?<n>${NAME})为[^。；，]{0,25}?(?:定点|唯一|指定|独家|承办单位|承接单位|服务单位|服务机构|供应单位|供应商|服务商|供货商|运营单位|运营主体|运营商|经营单位|经营主体|实施单位|合作单位|合作机构|项目管理单位|管理公司))`,
    ),
    true,
  ],
  // 通过购买服务授予某集团公司（经营权）
  [rx(`(?<m>(?:授予|交由|交给|划转给|委托给)(?<n>${NAME}))(?![^。；，]{0,6}(?:称号|荣誉|奖|牌|证书|表彰))`), true],
  // 直接发包 / 直接委托 + named operator
  [rx(`(?<m>直接(?:发包|委托|授予|交由|确定|指定|选定)(?:给|由|予)?(?<n>${NAME}))`), true],
  // 指定 + operator / brand / model: designation is explicit, a class is enough
  [
    rx(
      `(?<m>指定(?:由|的)?[^。；，、]{0,10}?(?:有限公司|公司|集团|企业|厂家|厂商|供应商|服务商|经销商|运营商|品牌|型号|产品|商品|设备|医院|保险公司|驾校|检测站|加油站|药店|旅行社))`,
    ),
    false,
    /指定/,
  ],
  // 指定的某银行
  [rx('(?<m>指定(?:的)?某[^。；，]{0,8}?(?:公司|集团|企业|银行|医院|机构|厂|品牌|网点))'), false, /指定/],
  // 与某公司签订合作协议，由其负责…
  [
    rx(
      `与(?<n>${NAME})(?:签订|签署|达成)[^。；]{0,20}?(?:协议|合同|备忘录)[^。]{0,30}?(?<m>由(?:其|该公司|该企业|该集团|对方|乙方)(?:统一|独家|全权|负责|承担|提供|运营|经营|建设|实施|供应))`,
    ),
    true,
  ],
  // exclusivity
  [rx('(?<m>(?:独家|排他性?)(?:经营|供应|代理|运营|合作|服务|提供|承办|开发|使用|销售|供货|承接|配送|经营权|运营权))'), false, /独家|排他/],
  [
    rx(
      '(?<m>唯一(?:的)?(?:经营者|经营主体|运营主体|运营商|运营单位|供应商|服务商|供应单位|服务单位|服务机构|承办单位|承接单位|合作单位|合作伙伴|合作企业|经营单位))',
    ),
    false,
    /唯一/,
  ],
  [rx('(?<m>直至饱和)'), false, /饱和/],
];

/** A direct award justified by a cooperation agreement (与我局签订战略合作协议的，可以直接发包). */
const DIRECT_AWARD = /直接发包|直接委托|直接确定|直接授予|不再(?:进行)?招标|免于招标|免予招标|可不(?:进行)?招标|不进行招标|不需(?:要)?招标|直接采购/;
const COOP_AGREEMENT = rx('(?<m>(?:签订|签署|达成)[^。；，]{0,6}(?:战略合作|合作框架|框架合作|战略)协议)');

const COMPETITION = new RegExp(COMPETITIVE_SELECTION);
/** Designated hospitals for infectious-disease treatment and statutory designations are lawful. */
const LAWFUL_DESIGNATION = /国务院[^。；，]{0,10}指定|邮政|烟草|国家电网|南方电网|电网企业|(?<!广)电网公司|只能从唯一|唯一供应商处|单一来源|罚款|代收|发票|传染病|救护|急救|应急|抢修|抢险|救援|防汛|抗旱|保供|(?:电力|通信|医疗|后勤|供应|交通|安全|物资|供电|供水)保障|预案|演练|疫情|救治|收治|隔离|职业病|精神障碍|司法鉴定|法律援助|公证|指定(?:的)?(?:地点|场所|区域|位置|时间|账户|网站|媒体|部门|窗口)/;

/** Cheap guard: an operator noun, brand or model, or one of the exclusivity words. */
const HINT = /公司|集团|企业|医院|厂|商|中心|站|场|所|院|驾校|药|银行|旅行社|酒店|宾馆|超市|品牌|型号|产品|设备|独家|排他|唯一|饱和|协议/;

/** An operator's name ends with one of these: the triggers with a name need one in the clause. */
const SUFFIX = new RegExp(OPERATOR_SUFFIX);
/**
 * The words of assignment every finding's clause holds (由、以、将、确定、指定…). They were the prefilter's anchors; the
 * anchors are now the rarer words each trigger needs (an operator suffix, 指定, 独家…), so the clause is checked here.
 */
const ASSIGNING = /由|以|将|确定|指定|明确|选定|委托|授予|交给|划转|直接|独家|排他|唯一|饱和|协议/;

/** The prohibitions and modifiers of OWN_CHOICE_BANNED: its anchors are their pairs (不得自行、严禁另行…). */
const BAN_WORDS = ['不得', '严禁', '禁止', '不准', '不允许'];
const OWN_WORDS = ['自行', '另行', '私自', '擅自', '到其他', '向其他', '从其他', '在其他'];
const BAN_ANCHORS = BAN_WORDS.flatMap((b) => OWN_WORDS.map((o) => b + o));
const BAN_PAIR = new RegExp(`(?:${BAN_WORDS.join('|')})(?:${OWN_WORDS.join('|')})`);

function ownChoiceBanned(c: ClauseContext, hits: LocalHit[]): void {
  if (!DESIGNATION.test(c.sentence) || COMPETITION.test(c.sentence)) return;
  if (LAWFUL_DESIGNATION.test(c.sentence) || /政府采购|集中采购|采购目录|采购限额|预算单位|财政资金/.test(c.sentence)) return;
  for (const m of allMatches(OWN_CHOICE_BANNED, c.text)) {
    const [s, e] = spanOf(m);
    hits.push({ start: s, end: e, ...unlessStatute(c) });
  }
}

function check(c: ClauseContext): LocalHit[] {
  const hits: LocalHit[] = [];
  // 家长不得自行购买 next to a designation: checked on its own, the other triggers need an operator word
  if (BAN_PAIR.test(c.text)) ownChoiceBanned(c, hits);
  if (!HINT.test(c.text) || !ASSIGNING.test(c.text)) return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
  const named = SUFFIX.test(c.text);
  // a competitive selection in the sentence clears the designations (tested once there is one)
  let competitive: boolean | undefined;
  for (const [re, needsNamed, need] of TRIGGERS) {
    if (!(need ? need.test(c.text) : named)) continue;
    const found = allMatches(re, c.text);
    if (!found.length || (competitive ??= COMPETITION.test(c.sentence))) continue;
    for (const m of found) {
      const [s, e] = spanOf(m);
      const stretch = c.text.slice(Math.max(0, s - 16), Math.min(c.text.length, e + 8));
      if (LAWFUL_DESIGNATION.test(stretch)) continue;
      if (/指定或者?变相指定|限定或者?(?:变相限定|指定)/.test(stretch)) continue;
      if (needsNamed) {
        const n = m.groups?.n ?? '';
        if (operatorKind(n) !== 'named') continue;
      }
      hits.push({ start: s, end: e, ...unlessStatute(c, encouragedInClause(c, s) ? 'warning' : undefined) });
    }
  }
  const bodies = allMatches(BODY_ASSIGNED, c.text);
  if (bodies.length && !(competitive ??= COMPETITION.test(c.sentence)))
    for (const m of bodies) {
      const n = m.groups?.n ?? '';
      if (!hasNamedMarker(n) || GOVERNMENT_BODY.test(n)) continue;
      // the government's own centralised procurement (集中采购机构) buys for budget units, not for citizens
      if (/采购中心|集中采购|采购目录|预算单位/.test(n + c.sentence)) continue;
      const [s, e] = spanOf(m);
      if (LAWFUL_DESIGNATION.test(c.text.slice(Math.max(0, s - 16), e + 8))) continue;
      hits.push({ start: s, end: e, ...unlessStatute(c, encouragedInClause(c, s) ? 'warning' : undefined) });
    }
  const assigned = named ? allMatches(ASSIGNED, c.text) : [];
  if (assigned.length && !(competitive ??= COMPETITION.test(c.sentence)))
    for (const m of assigned) {
      if (!hasNamedMarker(m.groups?.n ?? '')) continue;
      const [s, e] = spanOf(m);
      if (LAWFUL_DESIGNATION.test(c.text.slice(Math.max(0, s - 16), e + 8))) continue;
      hits.push({ start: s, end: e, ...unlessStatute(c, 'warning') });
    }
  if (c.text.includes('协议') && DIRECT_AWARD.test(c.sentence)) for (const m of allMatches(COOP_AGREEMENT, c.text)) hits.push({ start: spanOf(m)[0], end: spanOf(m)[1], ...unlessStatute(c) });
  return uniqueHits(hits.filter((h) => !prohibitedInClause(c, h.start) && !describesViolation(c, h.start, h.end)));
}

export default defineRule({
  id: 'operator-designated-by-administration',
  category: 'designated-dealing',
  title: '指定特定经营者经营、供应或承接业务',
  message:
    '该条款由行政机关直接确定某一特定经营者统一（独家）提供商品或服务、承办活动、承接项目，或以合作协议为由直接发包，未经公平竞争程序，属于限定或者变相限定单位、个人经营、购买、使用特定经营者提供的商品或服务，排除、限制竞争。',
  suggestion:
    '删除指定特定经营者的内容；确需由市场主体提供的，通过政府采购、招标投标等公平竞争方式择优确定，或改为公开条件、由单位和个人自主选择。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '反垄断法', article: '第三十九条' },
    { law: '反垄断法', article: '第四十条' },
    { law: '国务院关于禁止在市场经济活动中实行地区封锁的规定', article: '第四条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none', encouragement: false },
  match: {
    type: 'clause',
    // every trigger needs an operator suffix, 指定, 独家, 排他, 唯一, 饱和 or 协议; the bodies' 统一由… its lead
    anchors: [
      '公司', '集团', '企业', '厂家', '厂商', '医院', '供应商', '服务商', '运营商', '经销商', '驾校', '检测站', '检测场', '加油站',
      '药店', '药房', '银行', '旅行社', '酒店', '宾馆', '商场', '超市', '指定', '独家', '排他', '饱和', '协议', '唯一',
      '统一', '一律', '只能', '全部', '均交', '均委', '均由', '均到', ...BAN_ANCHORS,
    ],
    check,
  },
  examples: {
    bad: [
      '全县中小学校服采购[[统一由县文化教育用品有限公司]]组织供货，各校不得自行采购。',
      '景区内观光车运营业务[[由县旅游投资集团统一]]负责。',
      '城区农贸市场的日常运营[[由县农发投资有限公司负责]]。',
      '全县规模养殖场病死畜禽[[统一交由县无害化处理中心]]收集处理。',
      '[[以某文旅企业为主体承办]]全市乡村文化旅游节系列活动。',
      '[[确定市第一人民医院为全市从业人员健康检查定点]]医疗机构。',
      '原则同意将城区停车泊位经营权通过购买服务方式[[授予县城市发展集团公司]]。',
      '县政府与某科技有限公司签订智慧城市建设框架协议，全县政务信息化项目[[由该公司负责]]建设运营。',
      '网约车车载终端应安装[[指定厂家]]生产的设备。',
      '与我局[[签订战略合作协议]]的企业承接的项目，经集体研究可以直接发包。',
      { text: '乙方在协议期内享有本区共享单车[[独家经营]]权。', docType: 'policy-document' },
      '新入学学生的床上用品统一由学校后勤服务中心配送，学生[[不得自行购买]]。',
      '全县中小学教辅材料[[统一由县图书发行中心]]征订。',
    ],
    good: [
      '行政机关不得限定或者变相限定单位和个人购买、使用其指定的经营者提供的商品和服务。',
      '中小学校服由学校通过公开招标确定供应企业，学生和家长自愿购买。',
      '以企业为主体、市场为导向、产学研深度融合的技术创新体系进一步健全。',
      '确诊病例统一由市定点医院集中收治。',
      '纳入集中采购目录的办公设备统一由市政府采购中心组织采购，预算单位不得自行采购。',
      '依照《中华人民共和国传染病防治法》的规定，确定市第三人民医院为传染病定点救治医院。',
      { text: '应急响应期间，电力保障由县供电公司负责。', docType: 'policy-document' },
      '项目施工必须由具有相应资质的施工企业承担。',
      '对在市场竞争中成长起来的企业，授予“诚信企业”称号。',
    ],
  },
});
