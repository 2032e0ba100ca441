/** Public types of the review engine (the contract in shared/design/architecture.md). Pure data, no runtime deps. */

export const DOC_TYPES = [
  'law',
  'administrative-regulation',
  'local-regulation',
  'department-rule',
  'government-rule',
  'normative-document',
  'policy-document',
  'internal',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface LegalBasis {
  /** Short law name as cited, e.g. 行政许可法; or a document such as 国办发〔2018〕37号. */
  law: string;
  /** e.g. 第十七条 or 第十六条第四款. */
  article?: string;
  /** The article text when shared/laws has it. */
  text?: string;
}

export interface Finding {
  /** Stable across re-runs for the same rule and quote context. */
  id: string;
  ruleId: string;
  /** A taxonomy id (shared/domain/taxonomy.json). */
  category: string;
  severity: Severity;
  /** Half-open UTF-16 offsets into the ORIGINAL input; text.slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  message: string;
  suggestion?: string;
  /** A safe replacement for the quoted span, when the rule has one. */
  replacement?: string;
  basis: LegalBasis[];
  /** 第X条 the finding sits in, when the draft is numbered. */
  article?: string;
}

export type IssuerKind =
  | 'people-congress'
  | 'government'
  | 'government-office'
  | 'department'
  | 'internal-body'
  | 'coordination-body'
  | 'other';

export type IssuerLevel = 'central' | 'province' | 'city' | 'county' | 'township' | 'unknown';

export interface DocumentMeta {
  title?: string;
  /** 文号, e.g. 某府办发〔2024〕3号 */
  docNumber?: string;
  issuer?: string;
  issuerKind?: IssuerKind;
  issuerLevel?: IssuerLevel;
  docType: DocType;
  /** Where docType came from: the caller, detection from the text, or the default. */
  docTypeSource: 'caller' | 'detected' | 'default';
  /** ISO dates (YYYY-MM-DD) when found. */
  publishDate?: string;
  effectiveDate?: string;
  /** 有效期 in years when stated; 'indefinite' for 长期有效. */
  validityYears?: number | 'indefinite';
  validityUntil?: string;
  provisional?: boolean;
  /** Number of 第X条 articles detected. */
  articleCount: number;
}

export interface ReviewOptions {
  /** Overrides the detected document type. Accepts the ids above or the Chinese names. */
  docType?: DocType | string;
  /** Overrides detected metadata fields. */
  meta?: Partial<Omit<DocumentMeta, 'docTypeSource' | 'articleCount'>>;
  /** Rule ids switched off. */
  disabledRules?: string[];
  /** Categories switched off. */
  disabledCategories?: string[];
  /** Severity overrides by rule id ('off' disables). */
  severityOverrides?: Record<string, Severity | 'off'>;
  /** Extra rules (custom packs), already validated. */
  extraRules?: import('../../rules/define-rule').Rule[];
  /** Minimum severity to report (default: info). */
  minSeverity?: Severity;
  /** Resolves an article's text for `basis[].text` (the CLI and extension pages pass the statute index). */
  lawText?: (law: string, article: string) => string | undefined;
}

export interface ReviewResult {
  findings: Finding[];
  document: DocumentMeta;
}
