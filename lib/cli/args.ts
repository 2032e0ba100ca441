/** Command-line arguments -> options, or a usage error. No I/O. */
import { parseDocType } from '../engine/doc-types';
import { DOC_TYPES, type DocType } from '../engine/types';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  docType?: DocType;
  /** Paths; '-' is stdin. */
  files: string[];
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

function isFormat(v: string): v is Format {
  return (FORMATS as readonly string[]).includes(v);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { format: 'text', files: [], help: false, version: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (arg === '-V' || arg === '--version') {
      options.version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--format', '-f', '--doc-type', '-t'].includes(name)) return { ok: false, error: `未知选项 (unknown option): ${arg}` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return { ok: false, error: `${name} 需要一个值 (${name} needs a value)` };
    if (name === '--format' || name === '-f') {
      if (!isFormat(value)) return { ok: false, error: `未知输出格式 (unknown format): ${value}; 可选 (one of): ${FORMATS.join(', ')}` };
      options.format = value;
    } else {
      const docType = parseDocType(value);
      if (!docType)
        return { ok: false, error: `未知文件类型 (unknown document type): ${value}; 可选 (one of): ${DOC_TYPES.join(', ')}` };
      options.docType = docType;
    }
  }
  if (options.files.filter((f) => f === '-').length > 1) return { ok: false, error: '标准输入 - 只能出现一次 (stdin "-" may appear only once)' };
  if (!options.help && !options.version && options.files.length === 0) return { ok: false, error: '没有指定文件 (no input files)' };
  return { ok: true, options };
}
