import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { LOCAL_DEICTIC, PEJORATIVE, PLACE_NAMED, matches, placeOk, re } from './_locality';

/**
 * Preference for local operators or goods: 优先/同等条件下/只能/指定 + 本地企业、本地产品; steering purchases or contracts
 * to local firms (采购/使用/发包给本地…); quotas for local firms (本地企业承担不少于50%). Encouragement does not
 * cure it — 鼓励优先使用本地企业 still steers the market — so the encouragement gate is off (warning instead).
 */

const MOD =
  '(?:龙头|骨干|优质|优秀|重点|规上|规模以上|中小|小微|民营|建筑业|建筑施工|建筑|施工|勘察设计|设计|农业|工业|制造业?|服务业?|商贸|物流|运输|特色|名优|优势|生产|劳务|装饰|工程|电力|能源|医药|食品|汽车|科技|高新技术|农副)';
const NOUN =
  '(?:企业|公司|供应商|施工单位|设计单位|监理单位|勘察单位|厂家|厂商|经营者|商家|商户|产品|商品|货物|农产品|农副产品|建材|材料|原材料|砂石|混凝土|药品|医用耗材|耗材|器械|设备|食材|种苗|苗木|饲料|肥料|农资|品牌|服务商|服务机构|中介机构|事务所|检测机构|检验机构|机构|承包商|合作社|工业品|运力|车辆)';
const KIND = `(?:(?:企业)?(?:生产|制造|出产|产)的[\\u4e00-\\u9fa5]{1,6}?(?=[，。；、和及或]|$|的|给予|予以|进行|实行|享受|不少于|不低于|优先|比例|份额|占|达到|超过)|(?:的|注册的|注册|生产|本土)?${MOD}{0,2}${NOUN})`;
const ENTITY = re(`(?<m>(?<p>${LOCAL_DEICTIC})${KIND})`);
// a named place only right after a steering verb (优先选用常德市企业), where it cannot be a stray match
const NAMED_ENTITY = re(`(?:优先|首选|只能|仅限|限于|限定|必须|指定|选用|选择|采购|购买|使用|委托|发包给|交由)(?<m>(?<p>${PLACE_NAMED})${KIND})`);

// steering words within 12 characters before the entity
const BEFORE =
  /(?:优先|首选|倾斜|照顾|同等(?:条件|价格|情况)|只能|仅限|限于|限定|必须|一律|指定|使用|采购|购买|选用|选择|采用|发包|分包|委托|聘请|聘用|租用|订购|定点|选定|购置|推广|交由|吸纳)[^，。；]{0,8}$/;
// a preference or quota right after the entity
const AFTER =
  /^(?:的)?(?:(?:可|予以|享有|给予)?优先(?:考虑|中标|入围|选用|安排|承接|成交|推荐|$|[，。；、])|[^，。；]{0,12}?(?:不少于|不低于|不得低于|占比不|比例不|份额不)|(?:承担|承建|施工|供货|供应|提供)[^，。；]{0,6}(?:[，。；]|$))/;
const TOPICAL = /^[，,][^。；]{0,16}?(?:应当|须|必须|一律|统一|只能|优先)[^。；，]{0,4}?(?:采购|购买|使用|选用|采用|订购|安排|供应)(?:[。；，]|$)/;
const UNLESS_ENTITY_AFTER = /^(?:与|和|及)?(?:外地|外埠)/;
const MONEY = /奖|补|资金|贴息|扶持|加分/;
const SOFT = /鼓励|引导|支持|倡导|提倡|推动|促进/;

function check(c: { text: string }): LocalHit[] {
  const { text } = c;
  const hits: LocalHit[] = [];
  const found = [...matches(ENTITY, text), ...matches(NAMED_ENTITY, text, placeOk)];
  for (const m of found) {
    const [s, e] = m.indices!.groups!.m;
    const before = text.slice(Math.max(0, s - 12), s);
    const after = text.slice(e, e + 24);
    if (UNLESS_ENTITY_AFTER.test(after)) continue;
    // 从本县企业采购: buying from local firms (本地企业采购设备 — the firm buying — is not steering)
    const buyFrom = /(?:从|向|在)$/.test(before) && /^[^，。；]{0,2}(?:采购|购买|购进|订购|进货|购置|租赁|租用)/.test(after);
    // 本地生产的乳制品，学校食堂应当优先采购: the object stated first, the steering verb after the comma
    const topical = TOPICAL.test(after);
    const steer = BEFORE.test(before) || buyFrom || topical;
    // 本地企业中标的，给予奖励: a prize for local winners
    const favoured = AFTER.test(after) || (/^(?:中标|成交|承接|承建|承揽)[^，。；]{0,4}(?:的|后)/.test(after) && MONEY.test(text));
    if (!steer && !favoured) continue;
    const soft = SOFT.test(text.slice(0, s)) && !MONEY.test(text);
    hits.push({ start: s, end: e, severity: soft ? 'warning' : undefined });
  }
  return hits;
}

export default defineRule({
  id: 'local-preference',
  category: 'local-protection',
  title: '优先或限定使用本地企业、本地产品',
  message:
    '要求、引导或以奖补促使采购、使用、发包给本地企业或本地产品，或在同等条件下优先本地经营者、为本地企业设定份额，构成对外地经营者和外地商品的歧视，限制商品、要素自由流动。',
  suggestion:
    '删除“本地”“本市”等地域限定，改为对各地经营者一视同仁的质量、技术、服务标准；政府采购的政策功能（节能环保、中小企业等）应依据《政府采购法》及财政部规定表述，不得以产地、所在地区分。',
  basis: [
    { law: '公平竞争审查条例', article: '第九条' },
    { law: '国务院关于禁止在市场经济活动中实行地区封锁的规定', article: '第四条' },
    { law: '反垄断法', article: '第三十九条' },
    { law: '优化营商环境条例', article: '第十三条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  gates: { encouragement: false },
  match: {
    type: 'clause',
    anchors: ['优先', '首选', '只能', '仅限', '限于', '限定', '必须', '指定', '选用', '选择', '采购', '购买', '使用', '委托', '发包', '交由', '本地', '当地', '本市', '本县', '本区', '本省', '本州', '本镇', '本乡', '本旗', '我市', '我县', '我区', '我省', '我州', '我旗', '市内', '县内', '区内', '省内', '辖区', '本土', '域内', '市区', '城区', '县域', '市域'],
    check,
  },
  examples: {
    bad: [
      '通过规范的采购程序购买基础母牛，在同等价格的基础上，优先考虑[[本地龙头企业]]。',
      '政府投资项目的施工单位应当优先使用[[本市建材]]。',
      '对将工程发包给[[本县施工企业]]的投资建设单位，按合同额的1%给予奖励。',
      '联合体中[[本地企业]]承担的工程量不少于合同价的50%的，给予奖励。',
      '学校食堂大宗食材一律从[[本区生产企业]]采购。',
      '采取奖补方式鼓励施工单位优先使用[[本地建筑业企业]]。',
      { text: '会议议定：项目所需钢材、水泥等主要材料由[[本县企业]]供应。', docType: 'policy-document' },
      '同等条件下优先选用[[常德市企业]]。',
      '消费券仅限在[[本地商户]]使用。',
      '[[本县生产的建材]]，政府投资项目应当优先使用。',
      '养老机构采购[[本市产的农副产品]]占比达到30%的，给予一次性补贴。',
    ],
    good: [
      '采购人不得要求供应商优先使用本地企业生产的产品。',
      '政府采购应当优先采购节能环保产品。',
      '鼓励本地企业与外地企业开展合作，共同参与重点项目建设。',
      '支持本市企业加大研发投入，开拓国际市场。',
      '同等条件下优先招用当地农村劳动力。',
      '各级预算单位应当通过脱贫地区农副产品网络销售平台采购脱贫地区农副产品。',
      '本地企业采购设备的，按设备投资额的10%给予补贴。',
      '本地企业优先使用节能产品的，按照有关规定给予支持。',
      { text: '政府投资项目应当优先使用本地建材。', docType: 'law' },
    ],
  },
});
