/**
 * A file path or stdin -> the plain text to review. .txt/.md (and files without a known extension) are reviewed as
 * written, so offsets, lines and columns are the file's own; .html/.htm are reduced to their text; .docx goes through
 * mammoth's extractRawText. Every failure is a message for stderr, never an exception.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes } from './decode';
import { htmlToText } from './html-to-text';

/** Larger inputs are refused (documented in --help): a draft is far smaller, and a bigger file is usually a mistake. */
export const MAX_BYTES = 5 * 1024 * 1024;

export type InputKind = 'text' | 'markdown' | 'html' | 'docx';

export type ReadResult =
  | { ok: true; text: string; kind: InputKind; encoding?: string }
  | { ok: false; error: string };

export const MIME_TYPES: Record<InputKind, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '旧版 Office 文件 (.doc/.xls)，请另存为 .docx (legacy Office file: save as .docx)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF，请另存为 .docx (RTF: save as .docx)'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
];

const SUPPORTED = '支持 (supported): .txt .md .html .htm .docx';

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2] ?? 0);
}

function formatSize(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLarge(size?: number): string {
  const what = size === undefined ? '' : `${formatSize(size)}，`;
  return `文件过大：${what}超过 5 MB 上限 (file too large: over the 5 MB limit)`;
}

async function docxText(bytes: Uint8Array): Promise<ReadResult> {
  if (!isZip(bytes)) return { ok: false, error: '.docx 文件已损坏：不是 ZIP 包 (corrupt .docx: not a zip package)' };
  try {
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { ok: true, text: value.replace(/\r\n?/g, '\n'), kind: 'docx' };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, error: `.docx 文件已损坏或不是 Word 文档 (corrupt .docx: ${why})` };
  }
}

/** Reviews bytes as the kind the extension names; with no known extension, sniffs (stdin may carry a .docx). */
export async function readBytes(bytes: Uint8Array, name?: string): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: '空文件 (empty file)' };
  if (bytes.length > MAX_BYTES) return { ok: false, error: tooLarge(bytes.length) };
  const ext = name ? extname(name).toLowerCase() : '';
  let kind: InputKind | undefined = BY_EXTENSION[ext];
  if (ext === '.doc') return { ok: false, error: '不支持旧版 .doc，请另存为 .docx (legacy .doc is not supported: save as .docx)' };
  if (kind === 'docx' || (!kind && !name && isZip(bytes))) return nonEmpty(await docxText(bytes));
  if (isZip(bytes)) return { ok: false, error: `ZIP 包，不是文本；.docx 以外的 Office 文件不受支持 (a zip archive, not text). ${SUPPORTED}` };
  const known = SIGNATURES.find(([sig]) => startsWith(bytes, sig));
  if (known) return { ok: false, error: `不是文本文件 (not a text file): ${known[1]}. ${SUPPORTED}` };

  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  // a lone CR becomes LF: same length, so offsets still match the file
  const raw = decoded.text.replace(/\r(?!\n)/g, '\n');
  kind ??= /^\s*<(?:!doctype\s+html|html[\s>])/i.test(raw) ? 'html' : 'text';
  const text = kind === 'html' ? htmlToText(raw) : raw;
  return nonEmpty({ ok: true, text, kind, encoding: decoded.encoding });
}

function nonEmpty(r: ReadResult): ReadResult {
  if (r.ok && !r.text.trim()) return { ok: false, error: '没有可审查的文字 (no text to review)' };
  return r;
}

function fsError(e: unknown): string {
  const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return '文件不存在 (no such file)';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限 (permission denied)';
  if (code === 'EISDIR') return '是目录，不是文件 (is a directory)';
  return `无法读取 (cannot read): ${e instanceof Error ? e.message : String(e)}`;
}

export async function readPath(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: '是目录，不是文件 (is a directory)' };
    if (info.isFIFO()) return await readStream(createReadStream(path));
    if (!info.isFile()) return { ok: false, error: '不是普通文件 (not a regular file)' };
    if (info.size > MAX_BYTES) return { ok: false, error: tooLarge(info.size) };
    return await readBytes(new Uint8Array(await readFile(path)), path);
  } catch (e) {
    return { ok: false, error: fsError(e) };
  }
}

/** Reads stdin to the end, refusing more than MAX_BYTES. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size > MAX_BYTES) return { ok: false, error: tooLarge() };
      chunks.push(bytes);
    }
  } catch (e) {
    return { ok: false, error: fsError(e) };
  }
  return readBytes(new Uint8Array(Buffer.concat(chunks)));
}
