import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { PEJORATIVE } from '../local-protection/_locality';
import { COMPETITIVE, UTILITY } from './_market';

/**
 * A moratorium on newcomers: the administration stops accepting or approving new operators in a market
 * (暂停受理新设驾校申请、不再新增网约车运营企业) — a cap of zero. In competitive markets it is an access barrier with no
 * basis; moratoria on polluting capacity or on coal boilers (national industrial policy) and on utilities are left out.
 */
const MORATORIUM = new RegExp(
  `(?<m>(?:暂停|暂缓|停止|不再)(?:受理|审批|办理|核发|发放|批准|许可|登记|准入|新增|新设|引进)[^。；，]{0,10}?(?:新设|新增|新建|新开办?|新进入|新申请|增设|设立|开办)(?:[^。；，]{0,16}?(?:申请|许可|登记|机构|企业|公司|经营者|网点|门店|市场主体|经营|牌照|备案))?|(?:暂停|暂缓|停止|不再)(?:新增|新设|增设|引进|准入)[^。；，]{0,12}?(?:机构|企业|公司|经营者|网点|门店|运营企业|平台|经营主体))`,
  'dg',
);
/** Industrial, environmental and safety moratoria that rest on national policy. */
const POLICY = /燃煤|锅炉|产能|高耗能|高污染|排放|污染物|淘汰|落后|钢铁|水泥|平板玻璃|电解铝|煤矿|矿山|采矿|砂石|危险化学品|烟花爆竹|禁养|限养|殡葬|墓|宗教|总量控制|环境|生态|用地|耕地|违法|整改|整治期间|突发|疫情|应急/;
const GOAL = /恶性竞争|过度竞争|饱和|供过于求|数量过多|总量|规模控制|市场秩序|保护现有|保护已有|现有[^。；，]{0,8}利益/;

function check(c: ClauseContext): LocalHit[] {
  const out: LocalHit[] = [];
  MORATORIUM.lastIndex = 0;
  for (let m = MORATORIUM.exec(c.text); m; m = MORATORIUM.exec(c.text)) {
    const [s, e] = m.indices!.groups!.m;
    out.push({ start: s, end: e });
  }
  if (!out.length || UTILITY.test(c.sentence) || POLICY.test(c.sentence)) return [];
  // in a competitive market, or with competition itself as the stated reason, it is clear-cut
  const clear = COMPETITIVE.test(c.sentence) || GOAL.test(c.sentence);
  return out.map((h) => (clear ? h : { ...h, severity: 'warning' as const }));
}

export default defineRule({
  id: 'new-entrants-suspended',
  category: 'entry-barrier',
  title: '暂停受理、不再批准新经营者进入',
  message:
    '本条暂停受理或不再批准新设同类经营者（机构、网点、企业），以行政手段冻结市场主体数量、保护已有经营者，属于没有法律、行政法规依据限制经营者进入市场，排除、限制竞争。“避免恶性竞争”“市场饱和”不是限制准入的法定理由。',
  suggestion: '删除暂停受理、不再审批的规定，对符合法定条件的申请依法受理；确需调控的，应有法律、行政法规依据，并通过公开、统一的标准和事中事后监管实现。',
  basis: [
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '优化营商环境条例', article: '第二十条' },
    { law: '行政许可法', article: '第三十八条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  gates: { prohibition: false },
  match: { type: 'clause', anchors: ['暂停', '暂缓', '停止', '不再'], check },
  examples: {
    bad: [
      '为维护市场秩序，即日起[[暂停受理新设机动车检测站的申请]]。',
      '本市互联网租赁自行车市场已趋饱和，[[不再新增运营企业]]。',
      { text: '城区[[暂停审批新开办的农贸市场经营者]]。', docType: 'policy-document' },
    ],
    good: [
      '城市建成区内不再新建燃煤锅炉。',
      '对超过重点大气污染物排放总量控制指标的地区，暂停审批新增排放总量的建设项目。',
      '整改期间暂停受理该企业新的许可申请。',
    ],
  },
});
