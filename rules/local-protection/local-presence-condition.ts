import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import {
  ACCESS,
  FIRM,
  isPlaceName,
  LOCAL_DEICTIC,
  PEJORATIVE,
  PERSON,
  PLACE,
  PLACE_ABBR,
  PLACE_TAIL,
  REQUIRE,
  RESTRICT_AFTER,
  STRONG_FIRM,
  SUBSIDY,
  matches,
  placeOk,
  prohibitionBefore,
  re,
} from './_locality';

/**
 * Local presence made a condition: registering, setting up a branch or office, paying tax or social insurance, or
 * "landing" a project in this place, required of operators to bid, enter a market, be scored or get a subsidy.
 */

// what an operator is asked to have here
const PRESENCE =
  '(?:依法)?(?:注册登记|登记注册|注册设立|注册成立|注册|登记|设立|成立|落户|落地|入驻|纳税|缴税|缴纳[^，。；]{0,6}?(?:税|社保|社会保险|保险)|参保|税收|社保|社会保险' +
  '|(?:设有|有|具有|具备|拥有|开设|配备|建立|组建|租赁|租用|购置)[^，。；]{0,10}?(?:分支机构|分公司|子公司|办事处|办公场所|经营场所|营业场所|办公地点|服务网点|网点|售后服务|维修|常驻|仓储|场地|固定场所|办公室|服务机构|运营机构|管理机构|运维|管理人员|运营团队|服务团队|实体|仓库|厂房|生产基地|研发中心|结算中心|区域总部|总部|独立法人))';

// 在/于 + place + (tail) + up to 10 characters + presence
const AT_PLACE = re(`(?<m>(?:在|于|到)(?<p>${PLACE}|${PLACE_ABBR}(?=注册|落地|设立|纳税|落户))${PLACE_TAIL}(?:的)?[^，。；：]{0,10}?${PRESENCE})`);
// 在 + a bare name + registration verb (在罗江注册、在广西注册设立)
const AT_BARE = re(`(?<m>在(?<p>[\\u4e00-\\u9fa5]{2,5}?)(?:依法)?(?:注册|设立[^，。；]{0,4}?(?:子公司|分公司|分支机构|办公场所)|缴纳[^，。；]{0,4}税))`);
// registered address / tax relation located here: 注册地在本地、统计关系应在本区
const ADDRESS_HERE = re(
  `(?<m>(?:总部|区域总部|注册地址?|注册所在地|住所地?|所在地|经营地址|办公地址|生产地|纳税地|税务征管关系|纳税关系|税收关系|统计关系|税务登记|工商注册地?|营业执照登记地|(?:营运|运输|配送|运营|经营|作业)?车辆(?:的)?(?:须|必须|应当|应|需|均)?(?:注册)?(?:登记地?|号牌|牌照|上牌地?|落户地?))[^，。；不]{0,6}?(?:在|为|位于|属于|须在|应在|应为|须为|必须在|均在|都在|设在|落在)(?<p>${PLACE}|${PLACE_ABBR}))`,
);
// moving here: 迁至我市、将注册地迁入本区
const MOVE_HERE = re(`(?<m>(?:迁至|迁入|迁往|迁到|落户|落户于|落户到|转移至|搬迁至|搬迁到|转入)(?<p>${PLACE}))`);
// restricting where operators come from: 限定注册地、限制所在地
const LIMIT_ORIGIN = /(?<m>(?:限定|限制)[^，。；]{0,12}?(?:注册地|注册所在地|所在地|住所地|经营地|纳税地|生产地|原产地|产地))/dg;

/** A bare name before 注册 (罗江、广西) that is not an office, a website or a country. */
function isBareName(p: string): boolean {
  return isPlaceName(p + '市') && !/[局署厅委院所会处科站库网栏页册表簿线上下中内外前后]$|^(?:中国|我国|国内|境内|中华|全)/.test(p);
}

const POST_AWARD = /中标后|中标人|中标单位|中标企业|成交供应商|成交后|合同签订后|签订合同后|合同约定|履约期间|服务期内/;
const SERVICE = /网点|售后|服务机构|服务站|项目部|驻场|常驻|服务人员|运维|维修|服务团队|仓储|仓库/;
const DEICTIC_ONLY = new RegExp(`^${LOCAL_DEICTIC}$`);

const SCOPE = /项目公司|适用本|本(?:办法|规定|细则|条例|通知|方案|意见|政策|措施)(?:所称|适用|的适用)|统计口径|纳入统计/;

/**
 * The engine's prohibition gate, minus its blind spot: 不得少于/不得低于 is a quantity, not a prohibition
 * (服务人员不得少于10人，且须在本市设立办公场所). Keeps the same-sentence lead-in (不得有下列行为：（一）…) and, for an
 * item on its own line, treats an item that opens with 强制/限定/以…作为 as a described (prohibited) practice.
 */
const QUANTITY = /不得(?:低于|少于|超过|高于|小于|大于|早于|晚于|迟于|短于|长于|多于)|不(?:低于|少于|超过|高于|小于|大于)/g;
const ITEM_DESCRIBES = /^(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、])\s*(?:强制|强迫|变相|限定|以[^，。；]{0,16}?作为|将[^，。；]{0,16}?作为)/;
function prohibited(c: { text: string; sentence: string; offsetInSentence: number; paragraph: string }, start: number): boolean {
  const span = c.text.slice(Math.max(0, start - 30), start).replace(QUANTITY, '');
  if (prohibitionBefore(span, span.length)) return true;
  const colon = c.sentence.lastIndexOf('：', c.offsetInSentence + start);
  if (colon > 0 && /不得|禁止|严禁|不应|不准/.test(c.sentence.slice(0, colon))) return true;
  return ITEM_DESCRIBES.test(c.paragraph) && c.paragraph.indexOf(c.text) <= 8;
}

const isBare = (x: RegExpExecArray) => isBareName(x.groups?.p ?? '');
const isDeictic = (x: RegExpExecArray) => DEICTIC_ONLY.test(x.groups?.p ?? '');

function check(c: { text: string; sentence: string; offsetInSentence: number; paragraph: string }): LocalHit[] {
  const { text, sentence } = c;
  // the presence conditions in the clause, then the sentence-level tests (only when there is one)
  const atPlace = matches(AT_PLACE, text, placeOk);
  const atBare = matches(AT_BARE, text, isBare);
  const addressHere = matches(ADDRESS_HERE, text, placeOk);
  const moveHere = matches(MOVE_HERE, text, isDeictic);
  const limitOrigin = matches(LIMIT_ORIGIN, text);
  if (!atPlace.length && !atBare.length && !addressHere.length && !moveHere.length && !limitOrigin.length) return [];
  const firm = FIRM.test(sentence);
  if (PERSON.test(sentence) && !/企业|公司|经营者|供应商|投标人|竞买人|商户|法人|服务商|运营商/.test(sentence)) return [];
  if (SCOPE.test(sentence)) return [];
  const access = ACCESS.test(sentence.replace(/经营场所|营业场所|经营地址|法人资格|主体资格|资格证/g, ''));
  const subsidy = SUBSIDY.test(sentence);
  const hits: LocalHit[] = [];
  const push = (start: number, end: number, inherent: boolean) => {
    if (prohibited(c, start)) return;
    if (!firm && !access && !inherent) return;
    // a winner's service duty under the contract (中标人应按合同约定在本市设立售后服务网点) is performance, not a ticket
    if (POST_AWARD.test(text.slice(0, start)) && SERVICE.test(text.slice(start, end + 12)) && !/投标人|报名|资格/.test(sentence)) return;
    // 不改变在本区的纳税义务 is a stay-put promise (entry-barrier), not a presence condition
    if (/不得?(?:改变|变更|减少|迁)[^，。；]{0,4}$/.test(text.slice(Math.max(0, start - 8), start))) return;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 30);
    const req = REQUIRE.test(before) || REQUIRE.test(text.slice(start, end));
    // 鼓励外地企业在本市设立区域总部 invites, it does not require (支持 is left out: 获得资金支持的企业 is a noun)
    if (!req && /鼓励|引导|倡导|提倡|欢迎|自愿/.test(text.slice(0, start))) return;
    const restrict = RESTRICT_AFTER.test(after);
    let severity: 'error' | 'warning' | undefined;
    if (subsidy && !access) severity = inherent || req || restrict ? 'warning' : undefined;
    else if (access) severity = inherent || req || restrict ? 'error' : 'warning';
    else if (inherent || req || restrict) severity = 'warning';
    if (!severity) return;
    hits.push({ start, end, severity: severity === 'error' ? undefined : severity });
  };
  const strongFirm = STRONG_FIRM.test(sentence);
  for (const m of atPlace) {
    const [s, e] = m.indices!.groups!.m;
    // social insurance paid here is a residence test for persons unless an operator is named
    if (/社保|社会保险|参保/.test(m[0]) && !strongFirm) continue;
    push(s, e, false);
  }
  for (const m of atBare) {
    const [s, e] = m.indices!.groups!.m;
    push(s, e, false);
  }
  for (const m of addressHere) {
    const [s, e] = m.indices!.groups!.m;
    push(s, e, true);
  }
  for (const m of moveHere) {
    const [s, e] = m.indices!.groups!.m;
    push(s, e, true);
  }
  for (const m of limitOrigin) {
    const [s, e] = m.indices!.groups!.m;
    push(s, e, true);
  }
  return hits;
}

export default defineRule({
  id: 'local-presence-condition',
  category: 'local-protection',
  title: '以本地注册、设立分支机构、本地纳税等作为条件',
  message:
    '将在本地注册登记、设立分支机构或办公场所、在本地纳税缴纳社保、项目在本地落地等作为投标报名、市场准入、评审或享受政策的条件，排斥、限制或变相强制外地经营者在本地投资经营、设立分支机构，属于地方保护。',
  suggestion:
    '删除对注册地、分支机构、办公场所、纳税地、社保缴纳地的要求；确需本地服务能力的，改为与履约直接相关、对各地经营者一视同仁的要求（如“中标后在合同约定时限内具备相应服务能力”），并在公平竞争审查结论中说明。',
  basis: [
    { law: '公平竞争审查条例', article: '第九条' },
    { law: '反垄断法', article: '第四十三条' },
    { law: '优化营商环境条例', article: '第十三条' },
    { law: '政府采购法实施条例', article: '第二十条' },
    { law: '招标投标法实施条例', article: '第三十二条' },
    { law: '国务院关于禁止在市场经济活动中实行地区封锁的规定', article: '第四条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  // conditions are often quoted in announcements (资格条件为“注册地在本区的企业”)
  gates: { quotation: false, encouragement: false, prohibition: false },
  match: {
    type: 'clause',
    anchors: [
      '注册', '登记', '设立', '成立', '落户', '落地', '入驻', '纳税', '缴税', '缴纳', '参保', '税收', '社保', '社会保险',
      '分支机构', '分公司', '子公司', '办事处', '场所', '办公地点', '网点', '售后', '住所', '所在地', '统计关系', '迁至',
      '迁入', '迁往', '迁到', '转移至', '搬迁', '转入', '车辆', '产地', '生产地', '经营地', '办公地址', '运维', '常驻', '仓库', '仓储',
      '厂房', '生产基地', '研发中心', '结算中心', '总部', '独立法人', '管理人员', '团队', '实体', '办公室', '维修', '机构',
    ],
    check,
  },
  examples: {
    bad: [
      '投标人须为[[在本县行政区域内注册登记]]的独立法人企业。',
      '申请从事互联网租赁自行车运营的企业，应当[[在本市设立分支机构]]，并[[在本市有固定的办公场所]]。',
      { text: '供应商驻场服务人员不得少于10人，且须[[在本市设立办公场所]]。', docType: 'policy-document' },
      { text: '三、报名条件：（一）[[注册地在本区]]；（二）具有有效的营业执照。', docType: 'policy-document' },
      '参与遴选的物业服务企业须[[在长沙市缴纳社会保险]]不少于20人。',
      '对将总部[[迁至我市]]的上市公司，一次性给予300万元奖励。',
      '参与政府购买服务的社会组织应当[[在本区登记注册]]。',
      { text: '比选申请人须[[在本市租赁仓库]]并配备不少于5辆配送车辆。', docType: 'policy-document' },
      { text: '供应商资格要求：[[在云南省境内注册]]并具有独立承担民事责任的能力。', docType: 'policy-document' },
      '申请运力指标的网约车企业，其[[运营车辆须登记在本市]]。',
    ],
    good: [
      '招标人不得以在本地注册、设立分支机构作为投标人参加投标的条件。',
      '招标投标活动中不得有下列行为：（一）要求投标人在本地注册设立分支机构；（二）限定投标人的所在地。',
      { text: '（一）以投标人在本地设立分支机构作为投标条件；', docType: 'normative-document' },
      '本办法适用于在本市行政区域内依法登记注册的企业。',
      '外地企业在本市设立的分支机构，与本市企业享受同等待遇。',
      '申请人应当在省政务服务网注册账号后在线提交申请。',
      '物业服务企业应当在本小区设立服务站，公示服务内容和收费标准。',
      { text: '中标人应当按照合同约定在本市设立售后服务网点，确保2小时内到达现场。', docType: 'policy-document' },
      { text: '投标人须为在中华人民共和国境内注册的法人或者其他组织。', docType: 'policy-document' },
      '县政府与投资方签订投资协议，投资方应在本县注册项目公司，负责项目建设运营。',
      '在本市设立分支机构的，应当依法向分支机构所在地的登记机关申请登记。',
      '最低生活保障由共同生活的家庭成员向户籍所在地的乡镇人民政府提出申请。',
      { text: '投标人须在本县行政区域内注册。', docType: 'law' },
    ],
  },
});
