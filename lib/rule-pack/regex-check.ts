/**
 * The static regex checks, shared by the options page (before storing) and the sidebar (on every read of stored
 * packs): the source compiles the way the engine compiles it, and its star height is 1 (safe-regex2 — no nested
 * quantifiers, the usual cause of catastrophic backtracking). The timed run is ./timing.ts (options page only).
 */
import safeRegex from 'safe-regex2';
import { compileError, regexSources, type CustomRule } from './schema';

export type StaticRegexProblem = { kind: 'regex-compile'; detail: string } | { kind: 'regex-unsafe' };

/** Patterns run with the flags 'gd' (rules/matchers/pattern.ts), `unless` regexes with none. */
export const flagsFor = (path: readonly (string | number)[]): string => (path[0] === 'match' ? 'gd' : '');

/**
 * The source as safe-regex2 should judge it: a lookbehind becomes a plain group (ret, its parser, cannot read
 * lookbehind), and an optional `?` is dropped — `(x{0,12})?` is `(x{0,12}|)`, no nested repetition, but
 * safe-regex2 counts `?` as one. Lazy markers (`*?`, `{0,30}?`) and group syntax (`(?:`, `(?<m>`) stay.
 */
export function forStarHeight(source: string): string {
  let out = '';
  let inClass = false;
  /** The token just read was a quantifier: one kept (*, +, {m,n}) or an optional ? that was dropped. */
  let quantifier: 'kept' | 'dropped' | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const was = quantifier;
    quantifier = undefined;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && (source.startsWith('?<=', i + 1) || source.startsWith('?<!', i + 1))) {
      out += '(?:';
      i += 3;
    } else if (c === '?' && source[i - 1] === '(') {
      out += c; // group syntax: (?: (?= (?! (?<name>
    } else if (c === '?' && was) {
      if (was === 'kept') out += c; // a lazy marker: *? +? {m,n}? stay; x?? goes with its x?
    } else if (c === '?') {
      quantifier = 'dropped'; // an optional item
    } else {
      if (c === '*' || c === '+' || c === '}') quantifier = 'kept';
      out += c;
    }
  }
  return out;
}

export function staticRegexProblem(source: string, flags: string): StaticRegexProblem | undefined {
  const err = compileError(source, flags);
  if (err) return { kind: 'regex-compile', detail: err };
  if (!safeRegex(forStarHeight(source))) return { kind: 'regex-unsafe' };
  return undefined;
}

export function regexesSound(rule: CustomRule): boolean {
  return regexSources(rule).every(({ path, source }) => !staticRegexProblem(source, flagsFor(path)));
}
