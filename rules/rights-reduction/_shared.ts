/**
 * Shared vocabulary and helpers for the rights-reduction, upper-law-conflict, credit-sanction-overreach,
 * retroactivity and ultra-vires rules (one owner). Regexes here are linear: alternations of literals and bounded
 * character-class gaps, never nested quantifiers.
 */
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';

/**
 * A prohibition that binds the administration (不得以…为由、严禁…). Narrower than the engine's gate (which also
 * counts 清理、不再、一律不… and would swallow the sanction itself), so rules that turn the engine gate off use it.
 */
export const BINDS_ADMIN = /不得|禁止|严禁|不应|不准|不允许|不许|杜绝|防止|避免|纠正|无权|不能/;

/** Relatives and household members of the person concerned. */
export const RELATIVES =
  '子女|配偶|父母|亲属|近亲属|直系亲属|旁系亲属|家属|家庭成员|亲友|亲戚|女婿|儿媳|兄弟姐妹|祖父母|外祖父母|孙子女|三代以内';

/** Wrongdoing or non-compliance of a person: what a sanction is attached to. */
export const WRONGDOING =
  '违法|违规|违章|违反|违纪|犯罪|嫌疑|涉嫌|涉黑|涉恶|涉毒|涉诈|吸毒|赌博|传销|邪教|拒不|拒绝|不配合|阻挠|阻碍|妨碍|妨害|' +
  '失信|超生|计划外生育|闹事|上访|缠访|闹访|越级|非法|私自|擅自|不签|未签|未按时|未按期|未按要求|未按规定|不按规定|不按时|' +
  '不履行|未履行|未完成|逾期未|被处罚|受到处罚|受过处罚|行政处罚|被拘留|被判|偷逃|骗取|弄虚作假|煽动|聚众';

/** Arrears: not paying a fee or charge. */
export const ARREARS = '拖欠|欠缴|欠费|欠交|未缴|未交|未缴清|未交清|未结清|未付清|不缴|不交|拒缴|拒交|逃缴';

/** All matches of a global regex. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Where the first match of `re` (non-global) starts in `s`, or Infinity: compare with a position instead of slicing. */
export function firstAt(re: RegExp, s: string): number {
  const i = s.search(re);
  return i < 0 ? Infinity : i;
}

/** Whether a prohibition binding the administration stands in the clause before `pos` (computed once per clause). */
export function adminBoundBefore(c: ClauseContext): (pos: number) => boolean {
  const at = firstAt(BINDS_ADMIN, c.text);
  return (pos) => at < pos;
}

/**
 * Drops hits that overlap an earlier-starting one (the longer wins at equal start) and joins hits that touch
 * (停薪停职 → one span). Linear after the sort. At most MAX_HITS per clause: a pathological clause (the same
 * phrase thousands of times) must not make the engine's per-hit work quadratic.
 */
export function uniqueHits(hits: LocalHit[]): LocalHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LocalHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    if (last && last.end === h.start && !last.message && !h.message && last.severity === h.severity) last.end = h.end;
    else out.push({ ...h });
  }
  return out.length > MAX_HITS ? out.slice(0, MAX_HITS) : out;
}

const MAX_HITS = 12;
