/**
 * What credit listing and joint punishment look like, shared by the credit rules. 国办发〔2020〕49号: entering
 * conduct into public credit information, setting up a serious-dishonesty list and imposing punishment each need a
 * law, regulation or Party Central Committee / State Council policy document, cited directly.
 */
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, firstAt, uniqueHits } from '../rights-reduction/_shared';

export const LIST_VERBS = ['纳入', '列入', '记入', '录入', '计入', '载入', '列为', '认定为', '确定为', '记录为'];
export const PUNISH_WORDS = ['联合惩戒', '信用惩戒', '失信惩戒', '惩戒措施'];

/** Entering a person into a list or record (the document's own act, not a reference to someone already listed). */
const LISTING = new RegExp(
  `(?<!被|已|已被|曾被)(?:${LIST_VERBS.join('|')})[^。；，]{0,14}?(?:黑名单|失信名单|失信主体|失信对象|失信人员|失信企业|失信行为|严重失信|信用记录|不良信用|不良记录|不良行为记录|征信|信用档案|诚信档案|信用信息|重点关注名单|警示名单|失信惩戒对象|信用分|失信分)`,
  'g',
);
/** Imposing joint / credit punishment, not building the mechanism (建立健全…联合惩戒机制). */
const PUNISH = /(?:联合惩戒|联合失信惩戒|失信联合惩戒|信用惩戒|失信惩戒)(?:措施)?/g;
const MECHANISM_AFTER = /(?:措施)?(?:机制|体系|制度|工作|备忘录|平台|系统|合作|对象名单|的依据|清单)/y;
const MECHANISM_BEFORE = /(?:建立|健全|完善|构建|推进|加强|探索|深化|规范|落实|推动|实施)[^。；，]{0,10}$/;
const CONDITION = /的[，,]|(?:对|凡)[^。；]{2,40}?(?:的|失信|违法|违规|违章|违反|拒不|未按|逾期)/;

/** Not a sanction at all: incentive records, court lists, lawful publicity of penalty decisions. */
export const NOT_A_SANCTION =
  '激励|守信|表彰|良好信用|人民法院|失信被执行人|行政处罚信息|处罚决定信息|处罚信息|公示系统|许可信息|登记信息|基础信息|归集';
/** A basis claimed without naming it. */
export const VAGUE_BASIS = '依法|依规|按照(?:国家|省|市|县|区)?有关规定|按规定|按照规定|依照有关规定|根据有关规定|按照相关规定';

/** A closing quotation mark right after a span belongs to it (列入“黑名单”). */
function withQuote(text: string, end: number): number {
  return /[”」』]/.test(text.charAt(end)) ? end + 1 : end;
}

export function creditCheck(c: ClauseContext): LocalHit[] {
  const hits: LocalHit[] = [];
  for (const m of allMatches(LISTING, c.text)) hits.push({ start: m.index, end: withQuote(c.text, m.index + m[0].length) });
  const conditionAt = firstAt(CONDITION, c.sentence) - c.offsetInSentence;
  for (const m of allMatches(PUNISH, c.text)) {
    const end = m.index + m[0].length;
    const before = c.text.slice(Math.max(0, m.index - 16), m.index);
    // building the mechanism (建立健全…联合惩戒机制), not imposing it on someone
    MECHANISM_AFTER.lastIndex = end;
    if (MECHANISM_AFTER.test(c.text)) continue;
    if (MECHANISM_BEFORE.test(before) && !/(?:实施|予以|进行|采取)$/.test(before)) continue;
    if (!(conditionAt < m.index)) continue;
    hits.push({ start: m.index, end });
  }
  return uniqueHits(hits);
}

export const CREDIT_ANCHORS = [...LIST_VERBS, '联合惩戒', '联合失信惩戒', '失信联合惩戒', '信用惩戒', '失信惩戒'];
