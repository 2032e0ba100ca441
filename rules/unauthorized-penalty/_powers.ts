/**
 * Shared helpers for the "setting powers" rules (licence, penalty, coercion, fee, certification, catch-all,
 * discretion, penalty-in-lieu). Not a rule: the registry skips files that start with an underscore.
 */
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import type { ClauseCheck } from '../define-rule';

type Severity = 'error' | 'warning' | 'info';

export interface Spec {
  /** Regex source; a named group `m` is the reported span (else the whole match). Must be linear. */
  re: string;
  /** Sentence-level: drop the hit when the sentence matches. */
  skip?: RegExp;
  /** Clause text before the hit (or the sentence when `softSentence`): lower to info when it matches. */
  soften?: RegExp;
  softSentence?: boolean;
  /** Per-hit severity (overrides docTypes, so use only where the hit's own wording decides it). */
  severity?: Severity;
  message?: string;
  suggestion?: string;
  /** Extra test on the match: return false to drop it. */
  test?: (m: RegExpExecArray, c: ClauseContext) => boolean;
  /** Per-hit severity from the match (e.g. by the captured object); only to lower, docTypes still decide 'off'. */
  grade?: (m: RegExpExecArray, c: ClauseContext) => Severity | undefined;
}

/**
 * "Basis in general terms" before a hit: 依法扣押、依照有关法律法规处罚、按照国家规定收取. The provision points to a
 * superior law instead of creating the power itself — worth a look (info), not an error.
 */
export const SOFT_BASIS =
  /依法(?!设立|设定|制定)|依照(?:有关|相关|国家)?(?:法律|法规|规定)|按照(?:有关|相关)?(?:法律|法规)|根据(?:有关|相关)?(?:法律|法规)|(?:法律|法规)(?:、(?:行政)?法规)?(?:另有)?规定的?(?:程序|权限)?|依照[^。；，]{0,12}法(?:律|规)?(?:的)?(?:有关)?规定/;

/** Compiles specs into one clause check. Earlier specs win when two hits overlap. */
export function regexCheck(specs: Spec[]): ClauseCheck {
  const compiled = specs.map((s) => ({ ...s, rx: new RegExp(s.re, 'gd') }));
  return (c) => {
    const hits: LocalHit[] = [];
    for (const s of compiled) {
      s.rx.lastIndex = 0;
      let m = s.rx.exec(c.text);
      // the sentence-level skip, once there is a match to skip
      if (!m || s.skip?.test(c.sentence)) continue;
      for (; m; m = s.rx.exec(c.text)) {
        if (m[0].length === 0) {
          s.rx.lastIndex++;
          continue;
        }
        const span = m.indices?.groups?.m ?? [m.index, m.index + m[0].length];
        if (span[1] <= span[0]) continue;
        if (s.test && !s.test(m, c)) continue;
        if (hits.some((h) => h.start < span[1] && span[0] < h.end)) continue;
        const hit: LocalHit = { start: span[0], end: span[1] };
        const before = s.softSentence ? c.sentence : c.text.slice(0, span[0]);
        const graded = s.grade?.(m, c) ?? s.severity;
        if (s.soften?.test(before)) hit.severity = 'info';
        else if (graded) hit.severity = graded;
        if (s.message) hit.message = s.message;
        if (s.suggestion) hit.suggestion = s.suggestion;
        hits.push(hit);
      }
    }
    return hits;
  };
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** 5000 / 5,000 / 0.5万 / 五千 / 一万五千 / 二十万 → number (NaN when not a number). */
export function parseAmount(s: string): number {
  const t = s.replace(/[,，\s]/g, '');
  const arabic = /^(\d+(?:\.\d+)?)(万|亿)?$/.exec(t);
  if (arabic) return Number(arabic[1]) * (arabic[2] === '万' ? 10_000 : arabic[2] === '亿' ? 100_000_000 : 1);
  let total = 0;
  let section = 0;
  let cur = 0;
  for (const ch of t) {
    if (ch in CN_DIGIT) cur = CN_DIGIT[ch];
    else if (ch === '万' || ch === '亿') {
      section += cur;
      total += (section || 1) * CN_UNIT[ch];
      section = 0;
      cur = 0;
    } else if (ch in CN_UNIT) {
      section += (cur || 1) * CN_UNIT[ch];
      cur = 0;
    } else if (/\d/.test(ch)) cur = cur * 10 + Number(ch);
    else return NaN;
  }
  return total + section + cur;
}

/** A money amount in a clause: 五百元 / 2000元 / 1万元 / 三万元. */
export const AMOUNT = '[\\d.,零〇一二两三四五六七八九十百千万亿]{1,12}';

/** 处X元以上Y元以下罚款 → [low, high] in yuan, or undefined. */
export const FINE_RANGE = new RegExp(`(?<lo>${AMOUNT})元?以上(?<hi>${AMOUNT})元以下(?:的)?罚款`, 'g');

/** The sentence is about a public body or its staff (internal supervision), not a company or citizen. */
export const INTERNAL_TARGET =
  /(?:对|给予|予以)[^。；，]{0,20}?(?:乡镇|街道|镇街|县直|区直|市直|成员单位|责任单位|牵头单位|工作人员|干部|公职人员|党员|责任人员|领导班子|有关部门|相关部门|主管部门)|考核|问责|督办|督查|约谈|追责|处分|工作不力|推进不力|履职不力/;
