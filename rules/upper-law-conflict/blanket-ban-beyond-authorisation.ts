import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, uniqueHits } from '../rights-reduction/_shared';

/**
 * A blanket ban on an ordinarily lawful activity (全面禁止销售、燃放烟花爆竹；全域禁养；一律取缔流动摊贩) where the
 * superior law only lets the local authority ban it at certain times and places (烟花爆竹安全管理条例第十一条:
 * 时间、地点、种类) or not at all. Bans of conduct that is unlawful anyway, or bans on the administration itself,
 * are left alone.
 */
const BLANKET =
  /(?:全面|一律|全域|全境|全年|全天|全时段|全部|一概)(?:禁止|禁燃|禁放|禁售|禁养|禁行|禁限|取缔|关停|清退)[^。；，]{0,24}/g;
const TERRITORY =
  /(?:行政区域内|全市范围内|全县范围内|全区范围内|全省范围内|全镇范围内)(?:全面|一律|全部)?禁止(?:销售|燃放|生产|经营|饲养|养殖|种植|使用|通行|行驶|上路|摆摊|出租)[^。；，]{0,20}/g;
/** The banned conduct is unlawful anyway, or the ban binds the administration. */
const ALREADY_UNLAWFUL =
  /违法|违规|违章|非法|私自|擅自|未经|无证|无照|超标|不合格|假冒|伪劣|野生动物|毒品|赌博|淫秽|公款|公车|摊派|乱收费|指定|吃喝|送礼|收受|干预|插手|有偿/;
/** The ban is already limited in time or place, or is an emergency measure. */
const LIMITED = /时段|时间段|期间|(?<!行政)区域内|城区|市区|建成区|保护区|(?<!行政)区内|水域|河道|公园|景区|广场|学校周边|划定|重污染|预警|应急|除[^。]{1,20}外|以外的|节假日|夜间|禁止燃放区域|限制燃放/;

/** 在校园内、在河道两侧…: a ban tied to a place, unless the place is the whole territory. */
const PLACE = /在([^。；，]{1,14}?)(?:内|周边|附近|沿线|两侧)/;
const WHOLE = /行政区域|全市|全县|全区|全省|全镇|全域|辖区|本市|本县|本区|本镇|本省/;

function check(c: ClauseContext): LocalHit[] {
  if (LIMITED.test(c.sentence)) return [];
  const place = PLACE.exec(c.sentence);
  if (place && !WHOLE.test(place[1]) && !/[年月日天期时]/.test(place[1])) return [];
  const hits: LocalHit[] = [];
  for (const re of [BLANKET, TERRITORY]) {
    for (const m of allMatches(re, c.text)) {
      if (ALREADY_UNLAWFUL.test(m[0])) continue;
      if (/(?:不得|无权|不应|严禁)[^。；，]{0,4}$/.test(c.text.slice(0, m.index))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'blanket-ban-beyond-authorisation',
  category: 'upper-law-conflict',
  title: '把上位法授权的时段、区域禁止扩大为全面禁止',
  message:
    '本条对一般合法的活动作出全面、一律或全域性的禁止。上位法往往只授权地方在一定时间、区域内限制或禁止（如《烟花爆竹安全管理条例》第十一条授权县级以上地方人民政府规定禁止燃放的时间、地点和种类），扩大为全面禁止属于改变上位法的适用范围，与上位法不一致。',
  suggestion: '核对上位法的授权范围；按授权限定禁止的时段、区域和种类，或写明上位法依据。',
  basis: [
    { law: '立法法', article: '第一百零七条' },
    { law: '立法法', article: '第八十二条' },
    { law: '法规规章备案审查条例', article: '第十三条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  gates: { prohibition: false },
  match: {
    type: 'clause',
    anchors: ['全面', '一律', '全域', '全境', '全年', '全天', '全时段', '全部', '一概', '行政区域内', '全市范围内', '全县范围内', '全区范围内', '全省范围内', '全镇范围内'],
    check,
  },
  examples: {
    bad: [
      '自本决定施行之日起，本市[[全面禁止销售、燃放烟花爆竹]]。',
      '[[全域禁养家畜家禽]]，已有养殖户限期退出。',
      '本县[[行政区域内一律禁止饲养大型犬]]。',
    ],
    good: [
      '任何单位和个人不得在城市人民政府禁止的时段和区域内燃放烟花爆竹。',
      '全面禁止违规向企业收取保证金。',
      '全面禁止在中小学校园内销售含糖饮料。',
      '中心城区全面禁止燃放烟花爆竹，其他区域限时燃放。',
      '重污染天气红色预警期间，全面禁止燃放烟花爆竹和露天烧烤。',
      { text: '全面禁止非法野生动物交易。', docType: 'law' },
    ],
  },
});
