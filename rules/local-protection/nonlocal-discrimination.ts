import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { OUTSIDER, PEJORATIVE, adminProhibitionBefore, matches, re } from './_locality';

/**
 * Separate treatment of outsiders: a duty, standard, fee, filing, exclusion or denial aimed at 外地/外埠/非本市
 * operators, goods or vehicles. The engine's prohibition gate is off: 外地企业不得参与 and 禁止外地产品进入 are the
 * problem; only a prohibition on the administration (不得要求外地企业…、不得限制外地商品…) clears it.
 */

const WHO =
  '(?:企业法人|企业|经营者|经营主体|市场主体|供应商|投标人|竞买人|公司|法人|施工企业|建筑业?企业|勘察设计企业|监理企业|单位|机构|服务商|运营商|商户|商家|厂家|厂商|承包商|产品|商品|货物|药品|食品|农产品|农副产品|建材|设备|品牌|车辆|机动车|货车|客车|运输车辆|网约车|出租车|驾驶员|从业人员|' +
  // goods by kind: 外省进入的钢材、外地种子、外埠乳制品
  '钢材|水泥|砂石|木材|材料|原料|种子|种苗|苗木|化肥|农药|饲料|兽药|酒类?|白酒|啤酒|乳制品|奶制品|肉类|肉品|生猪|活禽|蔬菜|水果|粮食|大米|煤炭|成品油|液化气|燃气|器械|耗材|电器|电梯|锅炉|构件|预拌混凝土|混凝土|商品混凝土)';
const OUTSIDERS = re(
  `(?<m>${OUTSIDER}(?:(?:生产|制造|产)的?[\\u4e00-\\u9fa5]{1,6}?(?=进入|进|在|销售|运|须|需|应|不得|不|一律|，|、)|(?:的)?(?:注册的|注册|进入的|来的|转入的|转入|(?:进入|进|来|到)[^，。；]{1,6}?的)?[\\u4e00-\\u9fa5]{0,6}?${WHO}))`,
);

// what the draft then does to them
const TREATMENT =
  /须|需|必须|应当?(?!用)|要求|不予|不得|不能|不进行|不允许|禁止|限制|另行|加收|额外|单独|提高|增加|增设|达到|标准|备案|报备|审批|审核|许可|检验|检测|认证|不认可|暂停|一律|收取|保证金|押金|限行|禁行|不适用|除外|不享受|不纳入|不给予|不列入|不得参与|不得进入|不得销售/;
const WAIVED = /(?:无需|无须|不需要?|不必|不再|免于|免予|免除|直接|即可)[^，。；]{0,8}/g;
const VEHICLE_OR_PERSON = /车辆|机动车|货车|客车|网约车|出租车|驾驶员|从业人员$/;

function check(c: { text: string; sentence: string; offsetInSentence: number }): LocalHit[] {
  const { text, sentence, offsetInSentence } = c;
  const hits: LocalHit[] = [];
  for (const m of matches(OUTSIDERS, text)) {
    const [s, e] = m.indices!.groups!.m;
    // 在市外拓展业务的企业: where local firms work, not who they are
    if (/[在到赴往向去]$/.test(text.slice(0, s))) continue;
    // a prohibition on the administration (不得要求外地企业…、不得对外地产品设定…) — also across the clause's sentence
    if (adminProhibitionBefore(sentence, offsetInSentence + s, 40)) continue;
    // an item of a list whose lead-in prohibits (不得实施下列行为：（一）…外地商品…)
    const colon = sentence.lastIndexOf('：', offsetInSentence + s);
    if (colon > 0 && /不得|禁止|严禁|不应/.test(sentence.slice(0, colon))) continue;
    // a treatment that is waived (无需办理备案、不再检测) is equal treatment, not a burden
    const after = text.slice(e, e + 50).replace(WAIVED, '');
    const lead = text.slice(Math.max(0, s - 4), s);
    if (!TREATMENT.test(after) && !/(?:禁止|严禁|不准)$/.test(lead)) continue;
    const vehicle = VEHICLE_OR_PERSON.test(m[0]);
    // traffic management of non-local plates (外地号牌车辆限行) is a road-traffic measure, not market access
    if (vehicle && /号牌|牌照/.test(sentence) && /驶入|通行|限行|行驶|禁行|进京|进城/.test(sentence)) continue;
    hits.push({ start: s, end: e, severity: vehicle ? 'warning' : undefined });
  }
  return hits;
}

export default defineRule({
  id: 'nonlocal-discrimination',
  category: 'local-protection',
  title: '对外地经营者、外地商品实行差别待遇',
  message:
    '专门针对外地（外埠、非本地、区外）经营者、商品或车辆设定额外条件、标准、备案、收费或将其排除在外，对外地经营者和商品实行歧视性待遇，妨碍商品、要素在地区之间自由流通。',
  suggestion:
    '删除专门针对外地经营者或商品的要求，对本地和外地经营者、商品适用同一标准和程序；确因公共安全等需要设定的管理措施，应有法律、法规依据并对各地主体一视同仁。',
  basis: [
    { law: '公平竞争审查条例', article: '第九条' },
    { law: '反垄断法', article: '第四十一条' },
    { law: '反垄断法', article: '第四十三条' },
    { law: '国务院关于禁止在市场经济活动中实行地区封锁的规定', article: '第四条' },
    { law: '行政许可法', article: '第十五条第二款' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE, '同等(?:的)?(?:政策|待遇|条件|对待|标准)|同样适用|平等适用|一并适用|与本地[^，。；]{0,12}(?:相同|一致)'],
  gates: { prohibition: false, quotation: false },
  match: {
    type: 'clause',
    anchors: ['外地', '外埠', '外省', '外市', '外县', '外区', '异地', '非本', '非我', '省外', '市外', '县外', '区外', '州外'],
    check,
  },
  examples: {
    bad: [
      '[[非本地注册的服务公司]]不享受本办法规定的奖励。',
      '[[外地建筑业企业]]进入本市承接工程的，须先向市住房城乡建设局办理备案。',
      '在本市申请从事网约车经营的[[非本市企业法人]]，须在本市注册登记分支机构。',
      '禁止[[外地生产的瓶装液化气]]进入本县销售。',
      '[[外埠转入的机动车]]应当达到本市规定的排放标准方可办理转移登记。',
      '[[区外企业]]在本区设立的分支机构，不享受本办法规定的扶持政策。',
      '[[外省调入的水泥]]须经本省质量检验机构重新检验合格后方可销售。',
    ],
    good: [
      '不得对外地经营者在本地投资经营设置歧视性要求。',
      '外地企业在本市设立的分支机构，与本市企业享受同等待遇。',
      '任何单位不得限制外地商品进入本市市场。',
      '鼓励外地企业来本市投资兴业。',
      '税收受益地对在市外拓展业务的本市建筑业企业加强服务。',
      '外地号牌小客车工作日早晚高峰禁止驶入五环路以内道路。',
      '外地企业来本市承接业务的，无需办理备案，凭资质证书即可参加投标。',
      { text: '外地企业须在本市设立分支机构。', docType: 'administrative-regulation' },
    ],
  },
});
