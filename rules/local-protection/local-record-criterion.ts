import type { LocalHit } from '../../lib/engine/rule-context';
import { defineRule, NOT_FOR_LAWS } from '../define-rule';
import { LOCAL_DEICTIC, PEJORATIVE, PLACE, PLACE_ABBR, PLACE_TAIL, isPlaceName, matches, re } from './_locality';

const placeOk = (m: RegExpExecArray) => m.groups?.p === undefined || isPlaceName(m.groups.p);

/**
 * Records earned in this place used to score or qualify operators: local performance (完成本市项目), local awards
 * (荣获本市…奖), local tax or social-insurance records (在当地的纳税情况、只认可本市纳税证明).
 */

const RECORD =
  '(?:业绩|获奖|奖项|荣誉|纳税额|纳税证明|纳税记录|社保缴费证明|社保证明|社保缴费|缴费证明|完税证明|纳税情况|缴纳的税金|税金|税收贡献|经济贡献|项目经验|应用场景|场景|案例|优质工程|奖(?![励补金惩])|(?:颁发|核发|出具|认定)的[^，。；]{0,8}?(?:证书|证照|许可证|资质|报告|证明|证))';
// a named place only after 在/于 (a bare 长沙市 could be cut from any run of characters); 本市/当地 anywhere
const LOCAL_RECORD = re(`(?<m>(?:(?:在|于)(?<p>${PLACE}|${PLACE_ABBR})|${LOCAL_DEICTIC})${PLACE_TAIL}(?:的)?[^，。；]{0,10}?${RECORD})`);
const LOCAL_PROJECT = re(`(?<m>(?:完成|承担|承建|承接|设计|施工|实施|服务)(?:过)?(?<p>${PLACE})[^，。；]{0,10}?(?:项目|工程))`);
const DONE_HERE = re(`(?<m>在(?<p>${PLACE})${PLACE_TAIL}[^，。；]{0,4}?(?:完成|承担|承建|实施|承接|承揽)(?:过)?[^，。；]{0,10}?(?:项目|工程|业绩))`);
const LOCAL_AWARD = re(`(?<m>(?:荣获|获得|取得|获评|具有|拥有|持有)(?:过)?(?<p>${PLACE})[^，。；]{0,12}?(?:奖|称号|荣誉|认定|企业))`);

const SCORE =
  /须|必须|应当?具[有备]|要求|加分|得分|评分|分值|计分|评审|评标|作为[^，。；]{0,12}(?:条件|标准|依据|因素)|资格|只认可|仅认可|不予认可|不认可|入围|入库|遴选|择优|信用评价|信用评分|中标|成交/;

function check(c: { text: string; sentence: string }): LocalHit[] {
  if (!SCORE.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const rx of [LOCAL_RECORD, LOCAL_PROJECT, DONE_HERE, LOCAL_AWARD]) {
    for (const m of matches(rx, c.text, placeOk)) {
      const [s, e] = m.indices!.groups!.m;
      hits.push({ start: s, end: e });
    }
  }
  return hits;
}

export default defineRule({
  id: 'local-record-criterion',
  category: 'local-protection',
  title: '以本地业绩、奖项、纳税记录作为评审或资格条件',
  message:
    '以特定行政区域内的业绩、奖项、纳税或社保缴纳记录作为加分、评分、资格或认可条件，对外地经营者实行差别待遇，限制其参与本地招标投标、政府采购和经营活动。',
  suggestion: '删除地域限定，业绩、奖项、纳税信用等评审因素应不区分取得地域；确需设置的，改为与项目履约能力直接相关、全国范围内同等认可的条件。',
  basis: [
    { law: '招标投标法实施条例', article: '第三十二条' },
    { law: '政府采购法实施条例', article: '第二十条' },
    { law: '公平竞争审查条例', article: '第九条' },
    { law: '反垄断法', article: '第四十二条' },
  ],
  docTypes: NOT_FOR_LAWS,
  unless: [PEJORATIVE],
  gates: { quotation: false },
  match: {
    type: 'clause',
    anchors: ['奖', '颁发', '核发', '出具', '认定', '业绩', '获奖', '奖项', '荣誉', '纳税', '社保', '缴费证明', '完税', '税金', '税收贡献', '经济贡献', '项目经验', '场景', '案例', '项目', '工程', '荣获', '获得', '取得', '获评', '具有', '拥有', '持有'],
    check,
  },
  examples: {
    bad: [
      '在信用评分中，对[[上一年度在本市缴纳的税金]]总额、[[完成本市甲级项目]]等情形予以加分。',
      { text: '评标办法：[[投标人在当地的纳税情况]]作为评分因素之一。', docType: 'policy-document' },
      '资格审查只认可[[在本区的社保缴费证明]]，区外出具的证明不予认可。',
      '申报单位应具备三个以上典型应用案例，且至少一个[[在本市已落地的应用场景]]，方可入围。',
      { text: '投标人近三年须[[在本市完成过不少于3个同类项目]]。', docType: 'policy-document' },
      '资格审查时只认可[[本省住房城乡建设厅颁发的安全生产许可证]]。',
    ],
    good: [
      '不得以特定行政区域的业绩、奖项作为加分条件或者中标条件。',
      '对获得本市科学技术进步奖的项目，按照规定给予奖励。',
      '评标委员会按照招标文件规定的评分标准，对投标人近三年类似项目业绩进行评分。',
      { text: '以特定行政区域或者特定行业的业绩、奖项作为加分条件的，属于以不合理条件限制投标人。', docType: 'normative-document' },
    ],
  },
});
