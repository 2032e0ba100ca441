/**
 * The batch CLI as a function: main(argv, io) reviews every input, writes the report to io.stdout and problems to
 * io.stderr, and returns the exit code (0 = no error-level finding, 1 = at least one, 2 = bad input or usage; 2 wins).
 * A bad input never stops the others from being reviewed.
 */
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json';
import { RULES } from '../../rules';
import { review } from '../engine';
import { articleText as lawText } from '../laws/articles';
import { toSarif, toUriReference, type SarifFileInput, type SarifNotification } from '../export/sarif';
import { parseArgs, type CliOptions } from './args';
import { formatText, type FileReview } from './format-text';
import { HELP } from './help';
import { MIME_TYPES, readPath, readStream, type InputKind, type ReadResult } from './read-input';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Read when a file argument is '-'. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Base for relative SARIF URIs (default process.cwd()). */
  cwd?: string;
}

export const STDIN_NAME = '<stdin>';

interface Reviewed extends FileReview {
  kind: InputKind;
  encoding?: string;
  uri: string;
}

function artifactUri(file: string, cwd: string): string {
  if (file === '-') return 'stdin';
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (isAbsolute(rel) || rel.startsWith('..')) return pathToFileURL(isAbsolute(file) ? file : `${cwd}/${file}`).href;
  return toUriReference(rel);
}

function render(options: CliOptions, results: Reviewed[], notifications: SarifNotification[]): string {
  if (options.format === 'json')
    return `${JSON.stringify(results.map(({ file, findings, document }) => ({ file, findings, document })), null, 2)}\n`;
  if (options.format === 'sarif') {
    const files: SarifFileInput[] = results.map((r) => ({
      file: r.file,
      uri: r.uri,
      text: r.text,
      findings: r.findings,
      extracted: r.kind === 'html' || r.kind === 'docx',
      mimeType: MIME_TYPES[r.kind],
      ...(r.encoding ? { encoding: r.encoding } : {}),
    }));
    return `${JSON.stringify(toSarif(files, { rules: RULES, toolVersion: pkg.version, notifications }), null, 2)}\n`;
  }
  return formatText(results);
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`fashen: ${parsed.error}\n用法见 (see) --help\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }

  const cwd = io.cwd ?? process.cwd();
  const results: Reviewed[] = [];
  const notifications: SarifNotification[] = [];
  let badInput = false;
  for (const file of options.files) {
    const name = file === '-' ? STDIN_NAME : file;
    let input: ReadResult;
    if (file === '-') input = io.stdin ? await readStream(io.stdin) : { ok: false, error: '没有标准输入 (no stdin)' };
    else input = await readPath(file);
    let error = input.ok ? undefined : input.error;
    if (input.ok) {
      try {
        const result = review(input.text, { docType: options.docType, lawText });
        results.push({ file: name, text: input.text, ...result, kind: input.kind, encoding: input.encoding, uri: artifactUri(file, cwd) });
      } catch (e) {
        error = `审查失败 (review failed): ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    if (error !== undefined) {
      badInput = true;
      io.stderr.write(`fashen: ${name}: ${error}\n`);
      notifications.push({ uri: artifactUri(file, cwd), message: `${name}: ${error}` });
    }
  }

  io.stdout.write(render(options, results, notifications));
  if (badInput) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
