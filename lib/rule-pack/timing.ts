/**
 * A bounded, measured test run of a regex on adversarial inputs: 'a'.repeat(n)+'!', runs of the pattern's own
 * characters, long Chinese text — growing n step by step up to 5,000 characters, so a pattern with catastrophic
 * backtracking is caught at a small n (one slow run, not a frozen page). Extension pages only: it reads a clock,
 * which the engine may not. safe-regex2 (star height) runs first, in ./validate.ts.
 */

export const MAX_INPUT = 5000;
/**
 * One run over an input may take this long; slower = rejected. A quadratic pattern ([^，。]*罚款) takes ~20 ms on
 * 5,000 characters and passes; cubic and exponential ones fail long before they get there.
 */
export const DEFAULT_BUDGET_MS = 100;

/**
 * n = 4 … 64 one pair of characters at a time (an exponential pattern crosses the budget by a small factor, not by
 * minutes), then growing by a fifth up to 5,000 (a polynomial one crosses it by less than 2×).
 */
export const SIZES: readonly number[] = (() => {
  const out: number[] = [];
  for (let n = 4; n < 64; n += 2) out.push(n);
  for (let n = 64; n < MAX_INPUT; n = Math.ceil(n * 1.2)) out.push(n);
  out.push(MAX_INPUT);
  return out;
})();

const CHINESE =
  '第三条 本市行政区域内从事经营活动的企业，应当依照有关法律、法规的规定办理登记手续，并按照本办法规定向市场监督管理部门报送年度报告；' +
  '未按规定报送的，由市场监督管理部门责令限期改正，逾期不改正的，列入经营异常名录。各区人民政府应当加强组织领导，' +
  '建立健全工作协调机制，落实工作经费，确保各项措施落到实处。鼓励和引导社会资本参与，支持行业协会商会开展自律管理。';

/** Letters, digits and CJK characters written literally in the pattern (escapes and class syntax skipped). */
function literalChars(source: string): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(c)) seen.add(c);
    if (seen.size >= 8) break;
  }
  return [...seen];
}

export interface Adversary {
  /** How the input is built, for the error message: "a"×5000+"!". */
  label: string;
  make(n: number): string;
}

export function adversaries(source: string): Adversary[] {
  const run = (unit: string, tail: string): Adversary => ({
    label: `${JSON.stringify(unit)}×n+${JSON.stringify(tail)}`,
    make: (n) => unit.repeat(Math.max(1, Math.floor(n / unit.length))) + tail,
  });
  const chars = literalChars(source);
  const out = [run('a', '!'), run('1', 'x'), run(' ', '!'), run('的', '！'), run('，', '。')];
  for (const c of chars) out.push(run(c, '\u0000'), run(c + '，', '\u0000'));
  if (chars.length > 1) out.push(run(chars.join(''), '\u0000'));
  out.push({ label: 'long Chinese text', make: (n) => CHINESE.repeat(Math.ceil(n / CHINESE.length)).slice(0, n) });
  return out;
}

export interface TimingResult {
  ok: boolean;
  /** The slowest run, in ms. */
  worstMs: number;
  /** The input that was too slow. */
  slow?: { label: string; length: number; ms: number };
}

/** Runs `re` over `input` the way the engine does (every match of a global regex). */
function runOnce(re: RegExp, input: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) if (m[0].length === 0) re.lastIndex++;
}

function measure(now: () => number, re: RegExp, input: string, run: typeof runOnce): number {
  const t0 = now();
  run(re, input);
  return now() - t0;
}

/**
 * Measures `source` (compiled with `flags`, which must include g) on every adversary at growing sizes; stops at
 * the first run over `budgetMs`.
 */
export function timeRegex(
  source: string,
  opts: {
    now: () => number;
    budgetMs?: number;
    flags?: string;
    sizes?: readonly number[];
    /** How one run is done (tests stand in a counted run). */
    run?: (re: RegExp, input: string) => void;
  },
): TimingResult {
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const re = new RegExp(source, opts.flags ?? 'gd');
  const advs = adversaries(source);
  const run = opts.run ?? runOnce;
  let worst = 0;
  for (const n of opts.sizes ?? SIZES) {
    for (const a of advs) {
      const input = a.make(n);
      let ms = measure(opts.now, re, input, run);
      // a pause of the page can slow one run of a sound pattern: measure again when the run was merely slow
      if (ms > budget && ms < 3 * budget) ms = Math.min(ms, measure(opts.now, re, input, run));
      worst = Math.max(worst, ms);
      if (ms > budget) return { ok: false, worstMs: worst, slow: { label: a.label, length: input.length, ms } };
    }
  }
  return { ok: true, worstMs: worst };
}
