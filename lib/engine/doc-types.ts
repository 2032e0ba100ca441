import { DOC_TYPES, type DocType } from './types';

/** Chinese names accepted as aliases of the document type ids. */
export const DOC_TYPE_NAMES: Record<DocType, string> = {
  law: '法律',
  'administrative-regulation': '行政法规',
  'local-regulation': '地方性法规',
  'department-rule': '部门规章',
  'government-rule': '政府规章',
  'normative-document': '行政规范性文件',
  'policy-document': '其他政策文件',
  internal: '内部文件',
};

const KEYWORDS: [RegExp, DocType][] = [
  [/内部/, 'internal'],
  [/^(法律|宪法)/, 'law'],
  [/行政法规|国务院令/, 'administrative-regulation'],
  [/地方性法规|经济特区法规|自治条例|单行条例|浦东新区法规|自贸港法规/, 'local-regulation'],
  [/部门规章/, 'department-rule'],
  [/政府规章|省级规章|市规章|规章/, 'government-rule'],
  [/规范性文件/, 'normative-document'],
  [/纪要|方案|公告|通告|协议|招标|采购|遴选|拍卖|出让|做法|表格|指南|政策|通知|意见|收费/, 'policy-document'],
];

/** Parses a document type id or a Chinese name (also descriptive ones such as 行政规范性文件（通告）). */
export function parseDocType(value: string): DocType | undefined {
  const v = value.trim();
  if ((DOC_TYPES as readonly string[]).includes(v)) return v as DocType;
  for (const [id, name] of Object.entries(DOC_TYPE_NAMES)) if (v === name) return id as DocType;
  for (const [re, type] of KEYWORDS) if (re.test(v)) return type;
  return undefined;
}

/** Documents made under legislative power (may set licences, penalties, coercion within the Legislation Law). */
export function isLegislation(t: DocType): boolean {
  return t === 'law' || t === 'administrative-regulation' || t === 'local-regulation';
}

export function isRule(t: DocType): boolean {
  return t === 'department-rule' || t === 'government-rule';
}

/** Documents with no power to create licences, penalties, coercion, fees or new obligations. */
export function isNonLegislative(t: DocType): boolean {
  return t === 'normative-document' || t === 'policy-document' || t === 'internal';
}
