/**
 * The content of a 合法性审核意见书 for one document, as data: title, 文号 line, 主送, numbered sections (基本情况,
 * 审核依据, 发现的问题及修改建议, 未予采纳的提示, 审核结论), signature and date. Pure; the clock is injected.
 * lib/export/docx.ts lays it out as an official document.
 */
import { formatBasis } from './sarif';
import { categoryName, SEVERITY_LABEL, STATUS_LABEL } from '../db/records';
import type { DecisionRow, DocumentRow, NoteRow, Profile, Severity, VersionRow } from '../db/schema';

export interface OpinionOptions {
  clock: () => number;
  /** The opinion's own 文号, e.g. 某司法审〔2025〕12号; a blank placeholder when absent. */
  opinionNumber?: string;
  /** 主送机关; defaults to the draft's issuer, else 起草单位. */
  recipient?: string;
  /** Who signs; defaults to the reviewer's department. */
  issuingOrg?: string;
  /** Overrides the computed conclusion. */
  conclusion?: string;
}

export interface OpinionInput {
  document: DocumentRow;
  version: Pick<VersionRow, 'n' | 'createdAt'>;
  notes: readonly NoteRow[];
  decisions: readonly DecisionRow[];
  reviewer?: Profile;
}

export interface OpinionItem {
  /** （一）, （二）, … */
  label: string;
  heading: string;
  quote?: string;
  article?: string;
  problem: string;
  basis: string[];
  suggestion?: string;
  decision?: string;
  orphan: boolean;
}

export interface OpinionSection {
  /** 一、基本情况 */
  heading: string;
  paragraphs: string[];
  items: OpinionItem[];
}

export interface Opinion {
  title: string;
  numberLine: string;
  recipient: string;
  opening: string;
  sections: OpinionSection[];
  signature: string;
  date: string;
}

const CN_DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 12 → 十二, 25 → 二十五 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** 2025年3月3日 (China time), as GB/T 9704 dates are written. */
export function chineseDate(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

const STANDARD_BASIS = [
  '《中华人民共和国立法法》',
  '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
  '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function docName(doc: DocumentRow): string {
  return doc.title?.replace(/^《|》$/g, '') || '（未命名文件）';
}

function quoteOf(row: { target?: readonly [{ exact: string }, unknown] }): string | undefined {
  return row.target?.[0].exact;
}

export function buildOpinion(input: OpinionInput, options: OpinionOptions): Opinion {
  const { document: doc } = input;
  const name = docName(doc);
  const confirmed = input.decisions.filter((d) => d.status === 'accepted' || d.status === 'partial');
  const declined = input.decisions.filter((d) => d.status === 'rejected' || d.status === 'false-positive');
  const notes = input.notes.filter((n) => !n.parentId);
  const replies = new Map<string, NoteRow[]>();
  for (const n of input.notes) if (n.parentId) replies.set(n.parentId, [...(replies.get(n.parentId) ?? []), n]); // few replies per note

  const problems: Omit<OpinionItem, 'label'>[] = [
    ...[...confirmed]
      .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.target[1].start - b.target[1].start)
      .map((d) => ({
        heading: `${categoryName(d.finding.category)}（${SEVERITY_LABEL[d.finding.severity]}）`,
        quote: d.target[0].exact,
        ...(d.finding.article ? { article: d.finding.article } : {}),
        problem: d.finding.message,
        basis: d.finding.basis.map(formatBasis),
        ...(d.finding.suggestion ? { suggestion: d.finding.suggestion } : {}),
        decision: `${STATUS_LABEL[d.status]}${d.reason ? `（${d.reason}）` : ''}；${d.author.name || '审核人'}，${chineseDate(d.updatedAt)}`,
        orphan: d.anchor?.status === 'orphan',
      })),
    ...[...notes]
      .sort((a, b) => (a.target?.[1].start ?? Infinity) - (b.target?.[1].start ?? Infinity) || a.createdAt - b.createdAt)
      .map((n) => {
        const thread = (replies.get(n.id) ?? []).map((r) => `${r.author.name || '审核人'}回复：${r.comment}`);
        return {
          heading: n.category ? `${categoryName(n.category)}${n.severity ? `（${SEVERITY_LABEL[n.severity]}）` : ''}` : '审核人员意见',
          ...(quoteOf(n) ? { quote: quoteOf(n) } : {}),
          problem: [n.comment, ...thread].filter(Boolean).join('\n'),
          basis: [],
          ...(n.suggestion ? { suggestion: n.suggestion } : {}),
          decision: `${n.author.name || '审核人'}（${n.author.department || '未填部门'}）意见，${chineseDate(n.updatedAt)}`,
          orphan: n.anchor?.status === 'orphan',
        };
      }),
  ];
  const label = (i: number) => `（${chineseNumber(i + 1)}）`;

  const laws = new Set<string>();
  for (const d of confirmed) for (const b of d.finding.basis) laws.add(b.law.startsWith('《') || /〔\d{4}〕/.test(b.law) ? b.law : `《${b.law}》`);
  const basis = [...laws, ...STANDARD_BASIS.filter((s) => ![...laws].some((l) => s.startsWith(l)))];

  const hasError = confirmed.some((d) => d.finding.severity === 'error') || notes.some((n) => n.severity === 'error');
  const conclusion =
    options.conclusion ??
    (hasError
      ? `经审核，《${name}》存在上述合法性问题，建议起草单位按照本意见修改完善后，再按程序提请审议。`
      : problems.length
        ? `经审核，《${name}》未发现违反法律、法规、规章的内容，建议起草单位对上述意见研究采纳后按程序提请审议。`
        : `经审核，《${name}》未发现合法性问题，同意按程序提请审议。`);

  const sections: OpinionSection[] = [];
  const basic = [
    `文件名称：《${name}》`,
    ...(doc.docNumber ? [`文号：${doc.docNumber}`] : []),
    ...(doc.issuer ? [`制定机关：${doc.issuer}`] : []),
    `审核稿次：第${input.version.n}稿（${chineseDate(input.version.createdAt)}收到）`,
    `审核人员：${input.reviewer?.name || '（未署名）'}${input.reviewer?.department ? `（${input.reviewer.department}）` : ''}`,
    `审核情况：提出问题${problems.length}项，未予采纳的提示${declined.length}项。`,
  ];
  sections.push({ heading: '基本情况', paragraphs: basic, items: [] });
  sections.push({ heading: '审核依据', paragraphs: basis.map((b, i) => `${i + 1}. ${b}`), items: [] });
  sections.push({
    heading: '发现的问题及修改建议',
    paragraphs: problems.length ? [] : ['未发现需要修改的问题。'],
    items: problems.map((p, i) => ({ ...p, label: label(i) })),
  });
  if (declined.length)
    sections.push({
      heading: '未予采纳的提示及理由',
      paragraphs: [],
      items: declined.map((d, i) => ({
        label: label(i),
        heading: `${categoryName(d.finding.category)}（${STATUS_LABEL[d.status]}）`,
        quote: d.target[0].exact,
        problem: d.finding.message,
        basis: d.finding.basis.map(formatBasis),
        decision: `${STATUS_LABEL[d.status]}：${d.reason ?? ''}；${d.author.name || '审核人'}，${chineseDate(d.updatedAt)}`,
        orphan: d.anchor?.status === 'orphan',
      })),
    });
  sections.push({ heading: '审核结论', paragraphs: [conclusion], items: [] });
  sections.forEach((s, i) => (s.heading = `${chineseNumber(i + 1)}、${s.heading}`));

  const now = options.clock();
  return {
    title: `关于《${name}》的合法性审核意见书`,
    numberLine: options.opinionNumber ?? `〔${new Date(now + 8 * 3600_000).getUTCFullYear()}〕　号`,
    recipient: `${options.recipient ?? doc.issuer ?? '起草单位'}：`,
    opening: `你单位报送的《${name}》${doc.docNumber ? `（${doc.docNumber}）` : ''}收悉。根据有关法律、法规、规章和规定，我们对该文件进行了合法性审核，现提出如下意见：`,
    sections,
    signature: options.issuingOrg ?? (input.reviewer?.department || '合法性审核机构'),
    date: chineseDate(now),
  };
}
