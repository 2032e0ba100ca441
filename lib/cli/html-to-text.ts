/**
 * HTML -> plain text for review: drops comments, <head>, <script>, <style>, <template>, <noscript>, <svg>; block
 * elements and <br> become line breaks, table cells a tab; whitespace collapses as a browser would (a source line
 * break between two Chinese characters disappears); entities are decoded. No DOM needed.
 */

const DROP = ['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'iframe', 'object', 'textarea', 'select'];
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody ' +
    'tfoot thead title tr ul'
  ).split(' '),
);
const CELL = new Set(['td', 'th']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', bull: '•', times: '×', divide: '÷', copy: '©', reg: '®', trade: '™', yen: '¥', deg: '°', plusmn: '±',
  sect: '§', para: '¶', permil: '‰', prime: '′', Prime: '″', larr: '←', rarr: '→', uarr: '↑', darr: '↓', le: '≤',
  ge: '≥', ne: '≠', zwsp: '\u200b', zwj: '\u200d', zwnj: '\u200c', shy: '\u00ad', cent: '¢', pound: '£', euro: '€',
};

/** Decodes named (common ones), decimal and hexadecimal character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? m;
  });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Collapses a run of source whitespace the way a browser lays it out. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, (ws, at: number, all: string) => {
    if (/[\n\r]/.test(ws) && CJK.test(all[at - 1] ?? '') && CJK.test(all[at + ws.length] ?? '')) return '';
    return ' ';
  });
}

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const tag of DROP) s = s.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), ' ');
  s = s.replace(/<![^>]*>|<\?[^>]*>/g, '');
  const parts: string[] = [];
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
  let last = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    parts.push(collapse(s.slice(last, m.index)));
    last = m.index + m[0].length;
    const name = (m[1] ?? '').toLowerCase();
    if (name === 'br') parts.push('\n');
    else if (BLOCK.has(name)) parts.push('\n');
    else if (CELL.has(name) && m[0][1] !== '/') parts.push('\t');
  }
  parts.push(collapse(s.slice(last)));
  return decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
