/** Document metadata detected from the text: title, 文号, issuer (kind, level), type, dates, 有效期. */
import type { DocType, DocumentMeta, IssuerKind, IssuerLevel } from './types';
import { cnToNumber } from './segment';

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,14}[〔［\[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*第?\s*(\d{1,5})\s*号/;
const ORDER_NUMBER = /(?:人民政府|政府|部|委员会|总局|署|局)令[^。\n]{0,6}第\s*([\d一二三四五六七八九十百零〇]+)\s*号/;
const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const DATE = /([\d〇零Ｏ一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日/;
const DATE_G = new RegExp(DATE.source, 'g');
const ISSUER_SUFFIX =
  /(人民代表大会常务委员会|人大常委会|人民政府办公厅|人民政府办公室|人民政府|政府办公室|政府办公厅|领导小组办公室|领导小组|指挥部|联席会议办公室|联席会议|委员会办公室|委员会|办公室|办公厅|管理委员会|管委会|总局|局|厅|委|部|署|中心|处|科|股)$/;

function toNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : cnToNumber(s);
}

export function parseDate(m: RegExpExecArray | RegExpMatchArray): string | undefined {
  const y = m[1].replace(/./g, (c) => CN_DIGIT[c] ?? c);
  const mo = toNumber(m[2]);
  const d = toNumber(m[3]);
  if (!/^\d{4}$/.test(y) || !(mo >= 1 && mo <= 12) || !(d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function issuerKindOf(issuer: string): IssuerKind {
  if (/人民代表大会|人大常委会/.test(issuer)) return 'people-congress';
  if (/领导小组|指挥部|联席会议|委员会办公室|安委办|工作专班|推进办|攻坚办/.test(issuer)) return 'coordination-body';
  if (/(人民)?政府办公[厅室]$/.test(issuer)) return 'government-office';
  if (/人民政府$|^国务院$/.test(issuer)) return 'government';
  if (/(处|科|股|中心|[^公]室|队|所)$/.test(issuer)) return 'internal-body';
  if (/(局|厅|委|委员会|部|署|办公室|管委会|管理委员会)$/.test(issuer)) return 'department';
  return 'other';
}

export function issuerLevelOf(issuer: string): IssuerLevel {
  if (/^国务院|^国家|^中华人民共和国|部$|总局$/.test(issuer)) return 'central';
  if (/^(北京|天津|上海|重庆)市/.test(issuer) || /^[\u4e00-\u9fa5]{1,8}(省|自治区)(人民|人大|[\u4e00-\u9fa5]{0,8}(厅|局|委|办))/.test(issuer)) {
    if (!/(省|自治区)[\u4e00-\u9fa5]{1,6}(市|州|县|区)/.test(issuer)) return 'province';
  }
  if (/(乡|镇|街道)(人民政府|办事处|党委)?/.test(issuer) && /(乡|镇|街道)/.test(issuer.slice(-8))) return 'township';
  if (/[\u4e00-\u9fa5]{1,6}(县|旗|[^市]区)(人民政府|[\u4e00-\u9fa5]{0,8}(局|委|办|室))/.test(issuer)) return 'county';
  if (/[\u4e00-\u9fa5]{1,6}(市|州|盟)/.test(issuer)) return 'city';
  return 'unknown';
}

/** Type from the title, issuer and markers in the text. */
function detectType(title: string | undefined, issuerKind: IssuerKind | undefined, head: string, hasNumber: boolean, order: boolean): DocType | undefined {
  const t = title ?? '';
  if (/^(中华人民共和国)?[\u4e00-\u9fa5]{2,20}法$/.test(t) && !/办法$/.test(t)) return 'law';
  if (issuerKind === 'people-congress' || /人民代表大会(常务委员会)?(公告|通过)/.test(head)) return 'local-regulation';
  if (/会议纪要|纪要$/.test(t)) return 'policy-document';
  if (order) return issuerKind === 'department' && /国务院|部|总局/.test(head) ? 'department-rule' : 'government-rule';
  if (/条例$/.test(t) && !hasNumber) return /国务院/.test(head) ? 'administrative-regulation' : 'local-regulation';
  if (/(工作方案|实施方案|行动方案|公告|招标|采购|协议)$/.test(t)) return 'policy-document';
  if (/内部|工作规则|议事规则|考勤|本机关工作人员/.test(t)) return 'internal';
  if (hasNumber || /(通知|意见|办法|规定|细则|决定|通告|规则|措施|若干)/.test(t)) return 'normative-document';
  return undefined;
}

/** `dated[i]` (optional) says whether paragraph i can hold dates or validity terms; others are skipped. */
export function detectMeta(paragraphs: string[], dated?: boolean[]): Omit<DocumentMeta, 'docType' | 'docTypeSource'> & { docType?: DocType } {
  const nonEmpty = paragraphs.map((p, i) => [p.trim(), i] as const).filter(([p]) => p.length > 0);
  const headParas = nonEmpty.slice(0, 12).map(([p]) => p);
  const tailParas = nonEmpty.slice(-15).map(([p]) => p);
  const head = headParas.join('\n');
  const meta: ReturnType<typeof detectMeta> = { articleCount: 0 };

  const num = DOC_NUMBER.exec(head) ?? DOC_NUMBER.exec(tailParas.join('\n'));
  if (num) meta.docNumber = num[0].replace(/\s+/g, '');
  const order = ORDER_NUMBER.exec(head);

  for (const p of headParas.slice(0, 6)) {
    if (p.length > 80 || /[。；]$/.test(p) || DOC_NUMBER.test(p) || DATE.test(p) || /^第.{1,4}[条章]/.test(p)) continue;
    if (/(通知|意见|办法|规定|细则|决定|通告|规则|措施|方案|条例|纪要|公告|法|批复|函|若干)(（[^）]*）)?$/.test(p)) {
      meta.title = p.replace(/^《|》$/g, '');
      break;
    }
  }
  if (meta.title) {
    const m = /^(.{2,40}?)(关于|印发|转发)/.exec(meta.title);
    if (m && ISSUER_SUFFIX.test(m[1])) meta.issuer = m[1];
    if (/暂行|试行/.test(meta.title)) meta.provisional = true;
  }
  if (!meta.issuer) {
    // a signature line near the end: an institution name followed by a date
    for (let i = tailParas.length - 1; i >= 0; i--) {
      const p = tailParas[i].replace(/\s/g, '');
      if (p.length <= 40 && ISSUER_SUFFIX.test(p) && !/[，。；：]/.test(p)) {
        meta.issuer = p;
        break;
      }
    }
  }
  if (!meta.issuer) {
    const m = /^(.{2,30}?(人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|办公室|领导小组|指挥部|局|厅|委员会))(文件|令)?$/m.exec(head);
    if (m) meta.issuer = m[1];
  }
  if (meta.issuer) {
    meta.issuerKind = issuerKindOf(meta.issuer);
    meta.issuerLevel = issuerLevelOf(meta.issuer);
  }
  meta.docType = detectType(meta.title, meta.issuerKind, head, Boolean(num), Boolean(order));

  // only the paragraphs that can hold dates or validity terms are searched
  const all = paragraphs.filter((p, i) => (dated ? dated[i] : /施行|实施|执行|生效|有效|印发|公布|发布/.test(p))).join('\n');
  const eff = /自\s*([\d〇零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)\s*起(施行|实施|执行|生效)/.exec(all);
  if (eff) {
    const d = DATE.exec(eff[1]);
    if (d) meta.effectiveDate = parseDate(d);
  }
  // the publication date: a bare date line near the end (落款), or 印发/公布 with a date
  for (let i = tailParas.length - 1; i >= 0 && !meta.publishDate; i--) {
    const p = tailParas[i].replace(/[\s（）()]/g, '');
    const d = DATE.exec(p);
    if (d && p.length <= d[0].length + 6 && !/施行|实施|有效/.test(p)) meta.publishDate = parseDate(d);
  }
  if (!meta.publishDate) {
    const m = new RegExp(`${DATE.source}(印发|公布|发布)`).exec(all);
    if (m) meta.publishDate = parseDate(m);
  }
  const v = /有效期(?:为|至|：)?\s*([\d一二三四五六七八九十]{1,3})\s*年/.exec(all);
  if (v) meta.validityYears = toNumber(v[1]);
  const until = /有效期至\s*/.exec(all);
  if (until) {
    DATE_G.lastIndex = until.index;
    const d = DATE_G.exec(all);
    if (d && d.index - until.index < 12) meta.validityUntil = parseDate(d);
  }
  if (/长期有效|永久有效/.test(all)) meta.validityYears = 'indefinite';
  return meta;
}
