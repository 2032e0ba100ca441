/** Issuer and meeting-minutes helpers for the issuer-procedure rules. */
import type { DocContext } from '../../lib/engine/rule-context';

/** The draft binds outsiders (companies, citizens): obligations, grants, fees, sanctions, benefits. Group m = the span. */
export const SETS_RIGHTS: RegExp[] = [
  /(?<m>(?:授予|交由|交给|委托|确定由|指定由?|明确由|同意由)[^。；]{0,40}?(?:集团有限公司|集团公司|有限责任公司|股份有限公司|有限公司|公司|集团|企业|合作社|协会|商会))/,
  /(?<m>(?:企业|经营者|商户|业主|个人|居民|村民|群众|从业人员|申请人|投资者|市场主体|商家|车主|养殖户|经营户|承包方|施工方)[^。；，]{0,20}?(?:必须|应当|须|一律|不得|禁止|严禁))/,
  /(?<m>(?:收取|缴纳|征收|罚款|没收|扣减|扣除|暂停[^。；，]{0,8}资格|取消[^。；，]{0,8}资格|列入黑名单|纳入黑名单|停止供水|停止供电|不予办理)[^。；，]{0,12})/,
  /(?<m>(?:给予|奖励|补贴|补助|减免|免收|免征|返还|享受)[^。；，]{0,20}?(?:万元|元|%|％|优惠))/,
];

const PROHIBITION = /不得|禁止|严禁|不应|不准|杜绝|防止|避免|纠正|清理|不再/;
/** Restating duties the law already imposes (企业应当依法…, 依照《安全生产法》…). */
const RESTATES = /依法|依照|根据《|按照《|法律法规|有关规定/;

/** A duty with teeth: a condition, a consequence, a deadline or a designated supplier. */
const CONCRETE = /否则|不予|方可|才能|才可|须经|取得|缴纳|签订|购买|指定|统一|限期|之前|前完成|一律|停止|取消|暂停/;

/**
 * First span in `text` where the draft sets rights or obligations of outsiders, not under a prohibition. `weak`: only a
 * general duty (企业必须落实主体责任) without condition, consequence or deadline.
 */
export function rightsSpan(text: string): { start: number; end: number; weak: boolean } | undefined {
  const restates = RESTATES.test(text);
  for (const [k, re] of SETS_RIGHTS.entries()) {
    if (k === 1 && restates) continue;
    const m = re.exec(text);
    if (!m?.groups) continue;
    const start = m.index + m[0].indexOf(m.groups.m);
    let c = start;
    while (c > 0 && !/[。！？；，：]/.test(text[c - 1])) c--;
    if (PROHIBITION.test(text.slice(c, start))) continue;
    return { start, end: start + m.groups.m.length, weak: k === 1 && !CONCRETE.test(text) };
  }
  return undefined;
}

export const MINUTES_MARKER = /会议纪要|会议(?:认为|决定|同意|议定|明确|研究决定|原则同意|要求|指出|审议)|原则同意|经会议研究|会议研究/;

export function isMinutes(doc: DocContext): boolean {
  return /纪要/.test(doc.meta.title ?? '') || doc.paragraphs.slice(0, 3).some((p) => /^[^。]{0,40}纪要$/.test(p.text));
}

/** The paragraph and span where the issuer's name stands (the title or the signature). */
export function issuerSpan(doc: DocContext): { para: number; start: number; end: number } | undefined {
  const issuer = doc.meta.issuer;
  if (!issuer) return undefined;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const at = doc.paragraphs[i].text.indexOf(issuer);
    if (at >= 0) return { para: i, start: at, end: at + issuer.length };
  }
  return undefined;
}

/** The body consents in the name of the government (经市人民政府同意), which lowers the risk. */
export const GOVERNMENT_CONSENT = /经[^。，；]{0,20}(?:人民政府|政府|国务院)(?:同意|批准)/;
