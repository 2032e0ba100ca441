/**
 * Bytes -> text. Order: a BOM (UTF-8, UTF-16LE/BE) decides; NUL bytes mean binary; strictly valid UTF-8 is UTF-8;
 * otherwise chardet's guess is taken only when it is confident and clearly beats GB18030 (chardet misjudges short
 * Chinese texts, e.g. as windows-874), else GB18030 (a superset of GBK and GB2312), decoded strictly.
 */
import chardet from 'chardet';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g;

function strict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined; // invalid sequence, or an encoding TextDecoder does not know
  }
}

/** A decoded string looks like text unless more than 1 % of it (or any NUL) is C0 control characters. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.01;
}

function pickEncodings(bytes: Uint8Array): string[] {
  const matches = chardet.analyse(bytes);
  const gb = matches.find((m) => m.name === 'GB18030')?.confidence ?? 0;
  const top = matches[0];
  const order: string[] = [];
  if (top && top.name !== 'GB18030' && top.confidence >= 50 && top.confidence > gb + 20) order.push(top.name);
  order.push('gb18030');
  if (top && !order.includes(top.name)) order.push(top.name);
  return order;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string | undefined;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'UTF-8';
    text = strict(bytes.subarray(3), 'utf-8');
    if (text === undefined) return { ok: false, error: '有 UTF-8 BOM 但内容不是有效的 UTF-8 (invalid UTF-8 after a UTF-8 BOM)' };
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    text = strict(bytes.subarray(2), encoding.toLowerCase());
    if (text === undefined) return { ok: false, error: `内容不是有效的 ${encoding} (invalid ${encoding})` };
  } else {
    if (bytes.includes(0)) return { ok: false, error: '二进制文件，不是文本 (binary file: contains NUL bytes)' };
    text = strict(bytes, 'utf-8');
    encoding = 'UTF-8';
    if (text === undefined) {
      for (const candidate of pickEncodings(bytes)) {
        text = strict(bytes, candidate);
        if (text !== undefined) {
          encoding = candidate === 'gb18030' ? 'GB18030' : candidate;
          break;
        }
      }
      if (text === undefined)
        return { ok: false, error: '无法识别文本编码，请另存为 UTF-8 (unknown text encoding; save the file as UTF-8)' };
    }
  }
  if (looksBinary(text)) return { ok: false, error: '二进制文件，不是文本 (binary file: control characters)' };
  return { ok: true, text, encoding };
}
