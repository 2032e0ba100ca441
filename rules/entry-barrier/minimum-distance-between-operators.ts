import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PEJORATIVE } from '../local-protection/_locality';

/**
 * A minimum distance between a new operator and the ones already there (药店间距不少于350米、新设加油站与现有加油站
 * 不少于3公里): spacing competitors is a quantity restriction on entry with no basis in any law — the State Council
 * lifted pharmacy spacing, and fair-competition review treats it as an unreasonable access condition. Distances for
 * safety or health (from schools, water sources, fuel depots) are a different matter and are left alone.
 */
const OUTLET =
  '(?:药品零售企业|零售药店|药店|药房|加油站|加气站|充电站|门店|网点|营业网点|经营网点|超市|便利店|网吧|上网服务营业场所|商店|零售店|零售点|经营户|经营场所|营业场所|驾校|诊所|门诊部|理发店|洗浴|KTV|歌舞娱乐场所|娱乐场所|菜市场|农贸市场|快递网点|经营者|企业)';
const DISTANCE = new RegExp(
  `(?<m>(?:距离|间距|间隔|服务半径|半径)[^。；，]{0,6}?(?:不得少于|不少于|不得小于|不小于|不得低于|不低于|应大于|须大于|大于|应在|须在|应当在|保持)[^。；，]{0,8}?(?:米|公里|千米|km|KM))`,
  'dg',
);
/** The distance is measured to other operators of the kind (现有、已有、同类、相邻、之间). */
const TO_COMPETITORS = new RegExp(`(?:现有|已有|原有|已设|已开|相邻|同类|同业|其他|最近|周边)(?:的)?[^。；，]{0,8}?${OUTLET}|${OUTLET}[^。；，]{0,10}?(?:之间|相互|彼此)`);
const SAFETY = /安全|防护|卫生防护|消防|学校|幼儿园|托儿所|医院|居民|住宅|水源|文物|军事|危险|易燃|易爆|化学品|油库|高压|铁路|道口|公路|河道|堤防|机场|噪声|恶臭|养殖|墓|殡葬|烟草|卷烟|烟花爆竹|宗教/;

function check(c: ClauseContext): LocalHit[] {
  const found: LocalHit[] = [];
  DISTANCE.lastIndex = 0;
  for (let m = DISTANCE.exec(c.text); m; m = DISTANCE.exec(c.text)) {
    const [s, e] = m.indices!.groups!.m;
    found.push({ start: s, end: e });
  }
  if (!found.length || SAFETY.test(c.sentence) || !TO_COMPETITORS.test(c.sentence)) return [];
  return found;
}

export default defineRule({
  id: 'minimum-distance-between-operators',
  category: 'entry-barrier',
  title: '以经营网点间距限制新经营者进入',
  message:
    '本条要求新设经营场所与已有同类经营者之间保持最低距离，以布局间距限制经营者数量和进入，属于没有法律、行政法规依据设置市场准入条件，排除、限制竞争。',
  suggestion: '删除同类经营者之间的间距要求；确因安全、环保需要规定防护距离的，写明法律、法规或强制性标准依据，并以与危险源、敏感目标的距离为准，不以竞争者位置为准。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '优化营商环境条例', article: '第二十条' },
    { law: '反垄断法', article: '第四十五条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  // 间距不得少于… is the restriction itself, not a prohibition binding the administration
  gates: { prohibition: false },
  match: { type: 'clause', anchors: ['距离', '间距', '间隔', '半径'], check },
  examples: {
    bad: [
      '新开办的零售药店与已有药店之间的[[间距不少于300米]]。',
      '城区新建加气站与现有加气站的[[距离不得小于2公里]]。',
      { text: '同一街道内便利店之间[[间隔应在500米以上]]。', docType: 'policy-document' },
    ],
    good: [
      '加油站与学校、医院等人员密集场所的距离应当符合国家安全标准。',
      '不得以经营网点之间的距离作为设立药店的条件。',
      '新建养殖场与居民区的距离不少于500米。',
    ],
  },
});
