/**
 * The structure of a sanction that withholds an entitlement: a condition about the person's conduct (违反…的、
 * 拒不…的、欠缴…的) followed in the same clause by a verb that denies, suspends or restricts (不予/暂停/取消/限制/
 * 不得…) an entitlement (入学、就业、落户、登记、办理…). Lawful look-alikes it leaves alone: a prohibition on the
 * administration (不得以…为由不予办理), a denial that forbids denial (不得限制…入学), a condition that is only the
 * lack of eligibility (不符合条件的不予办理: no conduct trigger), and the rule's own `unless` list.
 */
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, firstAt, uniqueHits } from './_shared';

const DENY = '不予|不得|不准|不许|暂停|停止|取消|限制|暂缓|中止|停办|停发|拒绝|一律不|剥夺';
const DENY_AGAIN = /限制|取消|拒绝|停止|暂停|不予|剥夺|扣|停发|中止/;
const DENY_AFTER = '限制|从严审核|从严把关|从严审查|一票否决|不予通过|不予考虑|不予录取|不予录用|不予批准';

export interface EntitlementOptions {
  /** Alternation of entitlement words (regex source, literals only). */
  objects: string;
  /** What must stand before the denial in the sentence (regex source). */
  trigger: string;
  /** Allow the reverse order 入学…限制 (object first, then the restriction). */
  objectFirst?: boolean;
  /**
   * Also a bare denial at the end of a 的-clause (有欠缴的，暂缓办理) whose object stands earlier in the sentence
   * (办理户口迁入时，…): the procedure named once, then withheld.
   */
  contextObject?: boolean;
}

const BARE = /(?:不予|暂缓|暂停|停止|一律不予|不得)(?:办理|受理|登记|审批|发放)(?=$|[，。；、]|手续|相关手续|其)/g;
/** How far back in the sentence the named procedure may stand. */
const CONTEXT_SPAN = 50;

export function entitlementCheck(o: EntitlementOptions): (c: ClauseContext) => LocalHit[] {
  const forward = new RegExp(`(?:${DENY})[^。；，：]{0,16}?(?:${o.objects})`, 'g');
  const backward = o.objectFirst ? new RegExp(`(?:${o.objects})[^。；，：]{0,8}?(?:${DENY_AFTER})`, 'g') : undefined;
  const trigger = new RegExp(o.trigger);
  const objectRe = new RegExp(`(?:${o.objects})`);
  return (c) => {
    const found = allMatches(forward, c.text);
    if (backward) found.push(...allMatches(backward, c.text));
    if (o.contextObject)
      for (const m of allMatches(BARE, c.text)) {
        const at = c.offsetInSentence + m.index;
        if (objectRe.test(c.sentence.slice(Math.max(0, at - CONTEXT_SPAN), at))) found.push(m);
      }
    if (!found.length) return [];
    const hits: LocalHit[] = [];
    const bound = adminBoundBefore(c);
    const triggerAt = firstAt(trigger, c.sentence) - c.offsetInSentence;
    for (const m of found) {
      const span = m[0];
      // 不得限制…入学 / 不准拒绝…: a prohibition of the denial itself binds the administration
      if (/^(?:不得|不准|不许)/.test(span) && DENY_AGAIN.test(span.slice(2))) continue;
      if (bound(m.index)) continue;
      if (!(triggerAt < m.index)) continue;
      hits.push({ start: m.index, end: m.index + span.length });
    }
    return uniqueHits(hits);
  };
}
