/** Validity statements of a document (有效期5年, 有效期至2029年12月31日, 长期有效) and which documents need one. */
import type { DocContext } from '../../lib/engine/rule-context';
import type { DocType } from '../../lib/engine/types';
import { parseDate } from '../../lib/engine/document';
import { cnToNumber } from '../../lib/engine/segment';

export interface ValidityStatement {
  para: number;
  start: number;
  end: number;
  kind: 'years' | 'until' | 'indefinite';
  years?: number;
  until?: string;
  /** 自…起 date in the same sentence. */
  from?: string;
}

const DATE = '[\\d〇零Ｏ一二三四五六七八九]{4}年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日';
const DATE_RE = new RegExp(`(${'[\\d〇零Ｏ一二三四五六七八九]{4}'})年([\\d一二三四五六七八九十]{1,3})月([\\d一二三四五六七八九十]{1,3})日`);
const YEARS = /有效期(?:为|是|：|暂定为?|定为|设定为)?([\d一二三四五六七八九十两]{1,3})年/g;
const UNTIL = new RegExp(`(?:有效期(?:为|自)?[^。；]{0,30}?(?:至|到|截至)|(?:执行|实施|施行|有效)(?:期限?)?(?:至|到)|截至)(${DATE})(?:止|废止|失效)?`, 'g');
const EXPIRES = new RegExp(`(${DATE})(?:起)?(?:废止|失效|自动失效|停止执行)`, 'g');
const INDEFINITE = /长期有效|永久有效|无限期有效|有效期(?:为)?长期/g;
const FROM = new RegExp(`自(${DATE})起`);
/** The document itself is the subject (not a licence or certificate: 许可证有效期为6年). */
const SELF = /本(?:实施细则|实施办法|办法|规定|通知|意见|细则|文件|政策|措施|方案|规则|决定|公告|通告|准则|制度|标准|规范)|起(?:施行|实施|执行|生效)|印发之日|发布之日|公布之日/;
const PROHIBITION = /不得|禁止|严禁|不应|不宜|避免|不再|一律不|原则上不/;
const SENTENCE_END = /[。！？]/;

function sentence(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  return text.slice(s, e);
}

function clauseBefore(text: string, pos: number): string {
  let s = pos;
  while (s > 0 && !/[。！？；，]/.test(text[s - 1])) s--;
  return text.slice(s, pos);
}

const dateOf = (s: string) => {
  const m = DATE_RE.exec(s);
  return m ? parseDate(m) : undefined;
};

type LocalStatement = Omit<ValidityStatement, 'para'>;
const NONE: LocalStatement[] = [];

/** One paragraph's validity statements (paragraph-local; memoised per paragraph text). */
function paragraphStatements(t: string): LocalStatement[] {
  if (!/有效|废止|失效|执行至|实施至|施行至|截至/.test(t)) return NONE;
  const out: LocalStatement[] = [];
  const add = (kind: ValidityStatement['kind'], m: RegExpExecArray, extra: Partial<ValidityStatement>) => {
    const sen = sentence(t, m.index, m.index + m[0].length);
    if (!SELF.test(sen)) return;
    if (PROHIBITION.test(clauseBefore(t, m.index))) return;
    if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) return;
    const from = FROM.exec(sen);
    out.push({ start: m.index, end: m.index + m[0].length, kind, ...extra, ...(from ? { from: dateOf(from[0]) } : {}) });
  };
  // (exec loops rather than matchAll, which clones the regex per call; none of them matches the empty string)
  INDEFINITE.lastIndex = 0;
  for (let m = INDEFINITE.exec(t); m; m = INDEFINITE.exec(t)) add('indefinite', m, {});
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(t); m; m = YEARS.exec(t)) {
    const y = cnToNumber(m[1].replace('两', '二'));
    if (y > 0) add('years', m, { years: y });
  }
  UNTIL.lastIndex = 0;
  for (let m = UNTIL.exec(t); m; m = UNTIL.exec(t)) add('until', m, { until: dateOf(m[1]) });
  EXPIRES.lastIndex = 0;
  for (let m = EXPIRES.exec(t); m; m = EXPIRES.exec(t)) add('until', m, { until: dateOf(m[1]) });
  return out.length ? out : NONE;
}

const perDoc = new WeakMap<DocContext, ValidityStatement[]>();

/** The document's validity statements; the per-paragraph scan is memoised, the list is shared by the rules of one review. */
export function validityStatements(doc: DocContext): ValidityStatement[] {
  let out = perDoc.get(doc);
  if (out) return out;
  out = [];
  const ps = doc.paragraphs;
  for (let para = 0; para < ps.length; para++) {
    const local = ps[para].memo('validity-period:statements', paragraphStatements);
    for (const s of local) out.push({ para, ...s });
  }
  perDoc.set(doc, out);
  return out;
}

/** Documents that carry a 有效期: normative documents and policy documents of the measure kind. */
export function needsValidity(doc: DocContext): boolean {
  const t: DocType = doc.meta.docType;
  const title = doc.meta.title ?? '';
  if (t === 'normative-document') return !/纪要|批复|复函|函$|公示$|答复/.test(title);
  if (t === 'policy-document') return /(意见|措施|办法|规定|细则|政策|规则|若干)(（[^）]*）)?$/.test(title);
  return false;
}

export function isProvisional(doc: DocContext): boolean {
  return Boolean(doc.meta.provisional) || /暂行|试行/.test(doc.meta.title ?? '');
}

/** Years between two ISO dates. */
export function yearsBetween(from: string, until: string): number {
  return (Date.parse(until + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / (365.25 * 86400e3);
}
