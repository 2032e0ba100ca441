import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, uniqueHits } from '../rights-reduction/_shared';
import { NEGATED_BEFORE, STATUTE_ARTICLE, TRANSITION } from './_retro';

/**
 * What was lawfully obtained or built under the old rules is taken away by the new one: 拆除已有牌匾（含依原规定
 * 设置的）、已取得的许可重新办理、煤矿收归国有. 行政许可法第八条 protects permits already granted: a change
 * must follow the law and compensate; 优化营商环境条例第三十一条 protects policy promises.
 */
const EXISTING =
  '已有|既有|现有|批准建设|依法建设|依法设立|合法建设|合法取得|依法取得|依法批准|依法登记|已建|已建成|已设置|已取得|已经取得|已经建成|原有|存量|已办理|已获得|已核发|已发放|已批准|已审批|依原规定|按原规定|原已|已签订|已经签订|已登记|已备案|已经核发|已经批准|已经发放|已经登记|已经备案|已经办理|已经审批|已经颁发|已颁发';
const TAKE =
  '拆除|清理|重新(?:办理|申请|审批|登记|核定|认定|核发|备案)|收回|撤销|注销|关闭|取缔|作废|废止|停止(?:使用|经营)|退出|补缴|补办|一律无效|不再有效|不予认可|清退|收归';
const FORWARD = new RegExp(`(?:${EXISTING})[^。；]{0,24}?(?:${TAKE})`, 'g');
const BACKWARD = new RegExp(`(?:${TAKE})[^。；，]{0,8}?(?:${EXISTING})[^。；，]{0,12}`, 'g');
const SEIZE = /收归(?:国有|集体|政府|公有|国家)|无偿收回|一律收回|无偿划转/g;
/** Unlawful from the start, expired, compensated, or kept. */
const LAWFUL =
  /违法|违章|非法|未经批准|未经许可|擅自|私搭|乱建|无证|未取得|临时建筑|期限届满|有效期届满|到期|超期|过期|(?<!不予|不|无|不再|拒绝|未)(?:补偿|赔偿)|回购|收购|继续有效|不受影响|可以继续|予以保留|保留|无主|无人继承|罚没|没收|自愿|自行选择|闲置|欠缴|骗取|虚假|不再符合|不符合[^。]{0,8}条件/;
/** The administration tidying its own house: documents, approval items, charges, bodies. */
const OWN_HOUSE = /文件|事项|收费项目|涉企收费|政策|措施|制度|机构|站所|编制|名单|目录|清单|证明|审批权|职权|议事协调/;

function check(c: ClauseContext): LocalHit[] {
  if (LAWFUL.test(c.sentence)) return [];
  const soft = TRANSITION.test(c.sentence) || STATUTE_ARTICLE.test(c.sentence);
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const re of [SEIZE, FORWARD, BACKWARD]) {
    for (const m of allMatches(re, c.text)) {
      if (bound(m.index) || OWN_HOUSE.test(m[0]) || NEGATED_BEFORE.test(c.text.slice(Math.max(0, m.index - 2), m.index))) continue;
      // a transition period or a cited statute article softens it to a hint
      hits.push({ start: m.index, end: m.index + m[0].length, ...(soft ? { severity: 'info' as const } : {}) });
    }
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'vested-rights-revoked',
  category: 'retroactivity',
  title: '收回、拆除或重办依法已取得的许可和设施',
  message:
    '本条要求拆除、收回、注销或重新办理依照原规定已经合法取得的许可、已经建成的设施或已经形成的权益。依法取得的行政许可受法律保护，行政机关不得擅自改变；确因法律修改或公共利益需要变更、撤回的，应当依法进行并对造成的财产损失给予补偿，并给予合理的过渡期。',
  suggestion: '区分违法设施与依原规定合法设置的设施；对后者规定依法变更、撤回的程序、补偿标准和过渡期，或规定“已取得的继续有效”。',
  basis: [
    { law: '行政许可法', article: '第八条' },
    { law: '立法法', article: '第一百零四条' },
    { law: '优化营商环境条例', article: '第三十一条' },
    { law: '优化营商环境条例', article: '第六十五条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'info' },
  gates: { prohibition: false, citation: 'none' },
  match: {
    type: 'clause',
    anchors: [...EXISTING.split('|'), '收归', '无偿收回', '一律收回', '无偿划转'],
    check,
  },
  examples: {
    bad: [
      '开展屋顶广告牌匾集中整治，[[拆除已有屋顶牌匾标识]]，包括依原规定设置的老字号匾额。',
      '[[已取得道路运输经营许可证的企业，应当于本年底前重新办理]]许可手续。',
      '全县登记在册的小煤矿一律[[收归国有]]，由县属国有企业统一经营。',
      '[[已经颁发的渔业捕捞许可证一律作废]]，重新核定捕捞区域。',
    ],
    good: [
      '依法拆除违法建设的户外广告设施。',
      '已取得的经营许可证在有效期内继续有效，有效期届满后按照本办法重新申请。',
      '因公共利益需要收回已核发的许可证的，应当依法给予补偿。',
      '无人继承又无人受遗赠的遗产，收归国有。',
      '全面清理现有涉企收费项目和证明事项。',
      '动工开发期限满二年未动工开发的，可以依照《中华人民共和国城市房地产管理法》第二十六条的规定无偿收回土地使用权。',
      { text: '现有加油站不符合新的安全间距要求的，自本办法施行之日起两年内完成改造或者迁移，逾期未完成的停止经营。', docType: 'normative-document' },
    ],
  },
});
