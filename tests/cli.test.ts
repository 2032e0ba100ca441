// @vitest-environment node
/**
 * The batch CLI: every input type and format, stdin, encodings, every bad input, exit codes — run in-process through
 * main(argv, io), plus real subprocess runs of `npx tsx cli/review.ts`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../lib/cli/args';
import { decodeBytes } from '../lib/cli/decode';
import { htmlToText } from '../lib/cli/html-to-text';
import { main, type CliIO } from '../lib/cli/main';
import { MAX_BYTES } from '../lib/cli/read-input';
import { CATEGORY_BY_ID } from '../lib/engine/taxonomy';
import type { Finding } from '../lib/engine/types';
import { DRAFT, FIXTURES, docxBytes, encodeGbk, makeFixtures } from './fixtures/cli/make-fixtures';

const RULE = 'penalty-set-by-normative-document';
const PENALTY = '处五百元以上二千元以下罚款';
const ROOT = join(FIXTURES, '../../..');
const fx = (name: string) => join(FIXTURES, name);

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], stdin?: (Uint8Array | string)[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: ROOT,
    ...(stdin ? { stdin: (async function* () { yield* stdin; })() } : {}),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

interface JsonResult {
  file: string;
  findings: Finding[];
  document: { docType: string; docTypeSource: string };
}

async function json(argv: string[], stdin?: (Uint8Array | string)[]): Promise<Run & { results: JsonResult[] }> {
  const r = await run(['--format', 'json', ...argv], stdin);
  return { ...r, results: JSON.parse(r.out) as JsonResult[] };
}

const penalty = (results: JsonResult[], i = 0) => results[i]?.findings.find((f) => f.ruleId === RULE);

let dir: string;
const tmp = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await makeFixtures();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formats', () => {
  it('text: header, line:column, severity, Chinese category, rule id, quote, message, suggestion, basis, summary', async () => {
    const r = await run([fx('draft.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const line = DRAFT.split('\n').findIndex((l) => l.includes(PENALTY));
    const column = (DRAFT.split('\n')[line] ?? '').indexOf(PENALTY) + 1;
    expect(r.out).toContain(`== ${fx('draft.txt')} ==`);
    expect(r.out).toContain('文件类型 行政规范性文件');
    expect(r.out).toContain(`${line + 1}:${column}  error  ${CATEGORY_BY_ID.get('unauthorized-penalty')?.name}  [${RULE}]`);
    expect(r.out).toContain(`原文：“${PENALTY}”`);
    expect(r.out).toContain('问题：本文件类型无权设定行政处罚');
    expect(r.out).toContain('建议：');
    expect(r.out).toContain('依据：《行政处罚法》第十六条');
    expect(r.out).toContain('其他规范性文件不得设定行政处罚'); // the article text, from lib/laws/articles
    expect(r.out).toContain('国办发〔2018〕37号');
    expect(r.out).not.toContain('《国办发');
    expect(r.out).toMatch(/draft\.txt：共 \d+ 处问题 \(findings\)：error [1-9]/);
  });

  it('text: a clean draft exits 0 with a summary line', async () => {
    const r = await run([fx('clean.txt')]);
    expect(r.out).not.toMatch(/ error /);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/clean\.txt：(未发现问题|共 \d+ 处问题 \(findings\)：error 0)/);
  });

  it('json: an array of { file, findings, document } with offsets into the file text', async () => {
    const r = await json([fx('draft.txt'), fx('clean.txt')]);
    expect(r.code).toBe(1);
    expect(r.results.map((x) => x.file)).toEqual([fx('draft.txt'), fx('clean.txt')]);
    for (const x of r.results) expect(Object.keys(x).sort()).toEqual(['document', 'file', 'findings']);
    const f = penalty(r.results);
    expect(f?.severity).toBe('error');
    expect(DRAFT.slice(f?.start, f?.end)).toBe(PENALTY);
    expect(r.results[0]?.document.docType).toBe('normative-document');
    expect(f?.basis.find((b) => b.article === '第十六条')?.text).toMatch(/不得设定行政处罚/);
  });

  it('sarif: one run, results with physical locations and rule descriptors', async () => {
    const r = await run(['--format=sarif', 'tests/fixtures/cli/draft.txt']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0];
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === RULE);
    expect(res.level).toBe('error');
    const loc = res.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('tests/fixtures/cli/draft.txt');
    const lines = DRAFT.split('\n');
    const line = lines.findIndex((l) => l.includes(PENALTY));
    expect(loc.region).toMatchObject({
      startLine: line + 1,
      startColumn: (lines[line] ?? '').indexOf(PENALTY) + 1,
      endLine: line + 1,
      endColumn: (lines[line] ?? '').indexOf(PENALTY) + 1 + PENALTY.length,
      snippet: { text: PENALTY },
    });
    const rule = run0.tool.driver.rules[res.ruleIndex];
    expect(rule.id).toBe(RULE);
    expect(rule.properties.category).toBe('unauthorized-penalty');
    expect(rule.properties.basis).toContainEqual({ law: '行政处罚法', article: '第十六条' });
    expect(run0.invocations[0].executionSuccessful).toBe(true);
  });
});

describe('input types', () => {
  it('.md is reviewed as written, so columns are the file’s own', async () => {
    const md = readFileSync(fx('draft.md'), 'utf8');
    const r = await json([fx('draft.md')]);
    const f = penalty(r.results);
    expect(md.slice(f?.start, f?.end)).toBe(f?.quote);
    expect(r.code).toBe(1);
  });

  it('.html: tags, scripts, styles and comments dropped; blocks become lines; entities decoded', async () => {
    const r = await run([fx('draft.html')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('标题 某区人民政府关于加强犬只管理的通知');
    expect(r.out).toContain(`原文：“${PENALTY}”`);
    expect(r.out).not.toMatch(/一万元|三千元/);
    expect(r.out).toMatch(/\n\d+:\d+ /);
  });

  it('htmlToText keeps block boundaries and decodes entities', () => {
    expect(htmlToText('<div>第一条&#x3000;甲</div><div>第二条 乙&lt;丙&gt;</div>')).toBe('第一条\u3000甲\n第二条 乙<丙>');
    expect(htmlToText('<p>a<br/>b</p><script>x<y</script><style>p{}</style><p>&ldquo;c&rdquo;&nbsp;d&unknown;</p>')).toBe(
      'a\nb\n“c” d&unknown;',
    );
    expect(htmlToText('<p>加强\n   管理 and\n more</p>')).toBe('加强管理 and more');
  });

  it('.docx through mammoth', async () => {
    const r = await json([tmp('draft.docx')]);
    expect(r.code).toBe(1);
    expect(penalty(r.results)?.quote).toBe(PENALTY);
  });

  it('several files of every kind in one run', async () => {
    const r = await json([fx('draft.txt'), fx('draft.md'), fx('draft.html'), tmp('draft.docx'), fx('clean.txt')]);
    expect(r.code).toBe(1);
    expect(r.results).toHaveLength(5);
    for (const i of [0, 1, 2, 3]) expect(penalty(r.results, i)?.quote).toBe(PENALTY);
  });

  it('stdin: text, and a .docx sniffed from its bytes', async () => {
    const t = await json(['-'], [Buffer.from(DRAFT.slice(0, 40)), Buffer.from(DRAFT.slice(40))]);
    expect(t.results[0]?.file).toBe('<stdin>');
    expect(penalty(t.results)?.quote).toBe(PENALTY);
    const d = await json(['-'], [await docxBytes(['违反本通知规定的，处五百元以上二千元以下罚款。'])]);
    expect(penalty(d.results)?.quote).toBe(PENALTY);
    expect(d.code).toBe(1);
  });
});

describe('encodings', () => {
  it.each(['bom.txt', 'utf16le.txt', 'utf16be.txt', 'gbk.txt'])('%s gives the same findings as UTF-8', async (name) => {
    const plain = await json([fx('draft.txt')]);
    const r = await json([tmp(name)]);
    expect(r.code).toBe(1);
    expect(r.results[0]?.findings.map(({ start, end, quote, ruleId }) => ({ start, end, quote, ruleId }))).toEqual(
      plain.results[0]?.findings.map(({ start, end, quote, ruleId }) => ({ start, end, quote, ruleId })),
    );
  });

  it('a short GBK text that chardet alone misjudges', async () => {
    const bytes = encodeGbk('处五百元以上二千元以下罚款。');
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: '处五百元以上二千元以下罚款。', encoding: 'GB18030' });
    expect(decodeBytes(encodeGbk('中文'))).toMatchObject({ text: '中文' });
    const r = await json([tmp('gbk-short.txt')]);
    expect(penalty(r.results)?.quote).toBe(PENALTY);
  });

  it('GBK through stdin', async () => {
    const r = await json(['-'], [encodeGbk(DRAFT)]);
    expect(penalty(r.results)?.quote).toBe(PENALTY);
  });
});

describe('bad input: a message on stderr, exit 2, the other files still reviewed', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => tmp('missing.txt'), /no such file/],
    ['a directory', () => tmp('folder.txt'), /is a directory/],
    ['an empty file', () => tmp('empty.txt'), /empty file/],
    ['a file with only whitespace', () => tmp('blank.txt'), /no text to review/],
    ['a binary file with NUL bytes', () => tmp('nul.txt'), /binary file/],
    ['an image named .txt', () => tmp('picture.txt'), /not a text file.*PNG/],
    ['a zip that is not .docx', () => tmp('archive.zip'), /zip archive/],
    ['a legacy .doc', () => tmp('legacy.doc'), /save as \.docx/],
    ['a corrupt .docx', () => tmp('corrupt.docx'), /corrupt \.docx/],
    ['a .docx that is not a zip', () => tmp('not-zip.docx'), /corrupt \.docx: not a zip/],
    ['a file over 5 MB', () => tmp('big.txt'), /5 MB limit/],
  ];
  it.each(cases)('%s', async (_, file, message) => {
    const r = await json([file(), fx('draft.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(file());
    expect(r.err).toMatch(message);
    expect(r.results.map((x) => x.file)).toEqual([fx('draft.txt')]);
    expect(penalty(r.results)?.quote).toBe(PENALTY);
  });

  // root reads anything, so the permission case can only run as another user
  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    writeFileSync(tmp('secret.txt'), DRAFT);
    chmodSync(tmp('secret.txt'), 0o000);
    const r = await run([tmp('secret.txt'), fx('clean.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/permission denied/);
  });

  it('the 5 MB limit is exactly MAX_BYTES, for stdin too', async () => {
    expect(MAX_BYTES).toBe(5 * 1024 * 1024);
    const r = await run(['-', fx('clean.txt')], [Buffer.alloc(MAX_BYTES), Buffer.alloc(1)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/<stdin>.*5 MB limit/);
    expect(r.out).toContain('clean.txt');
  });

  it('sarif records the failure as a tool notification', async () => {
    const r = await run(['-f', 'sarif', tmp('empty.txt'), fx('clean.txt')]);
    const inv = JSON.parse(r.out).runs[0].invocations[0];
    expect(r.code).toBe(2);
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0].message.text).toMatch(/empty file/);
  });

  it('json prints an empty array when nothing could be read', async () => {
    const r = await json([tmp('missing.txt')]);
    expect(r.results).toEqual([]);
    expect(r.code).toBe(2);
  });
});

describe('usage', () => {
  it.each([
    [['--frobnicate', fx('draft.txt')], /unknown option\): --frobnicate/],
    [[], /no input files/],
    [['--format', 'xml', fx('draft.txt')], /unknown format\): xml/],
    [['--format'], /--format needs a value/],
    [['--doc-type', 'memo', fx('draft.txt')], /unknown document type\): memo/],
    [['-', '-'], /only once/],
  ])('%j exits 2 without reviewing', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('--help prints usage in Chinese and English, with the exit codes and the 5 MB rule', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法 Usage');
    expect(r.out).toContain('Exit codes');
    expect(r.out).toContain('5 MB');
    expect(r.out).toContain('行政规范性文件');
  });

  it('--doc-type takes ids and Chinese names', async () => {
    const byName = await json(['--doc-type', '行政规范性文件', fx('draft.txt')]);
    expect(byName.results[0]?.document).toMatchObject({ docType: 'normative-document', docTypeSource: 'caller' });
    const law = await json(['-t', 'law', fx('draft.txt')]);
    expect(law.results[0]?.document.docType).toBe('law');
    expect(penalty(law.results)).toBeUndefined();
    expect(law.code).toBe(0);
    expect(parseArgs(['-t', '地方性法规', 'a.txt'])).toMatchObject({ ok: true, options: { docType: 'local-regulation' } });
    expect(parseArgs(['--', '--odd-name.txt'])).toMatchObject({ ok: true, options: { files: ['--odd-name.txt'] } });
  });
});

describe('subprocess: npx tsx cli/review.ts', () => {
  const cli = (args: string[], input?: Uint8Array) =>
    spawnSync('npx', ['tsx', 'cli/review.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

  it('reviews files and stdin, with the exit code of the worst result', () => {
    const r = cli(['--format', 'json', 'tests/fixtures/cli/draft.txt', '-'], encodeGbk(DRAFT));
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => x.file)).toEqual(['tests/fixtures/cli/draft.txt', '<stdin>']);
    expect(penalty(results, 1)?.quote).toBe(PENALTY);
  });

  it('exits 2 on bad input and 0 on a clean draft', () => {
    const bad = cli(['tests/fixtures/cli/nope.txt', 'tests/fixtures/cli/clean.txt']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/nope\.txt.*no such file/);
    expect(bad.stdout).toContain('clean.txt');
    expect(cli(['tests/fixtures/cli/clean.txt']).status).toBe(0);
  });
});
