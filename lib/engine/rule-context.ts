/** What custom checks see and return. Offsets are normalised and local (clause- or paragraph-relative). */
import type { DocumentMeta, LegalBasis, Severity } from './types';
import type { ParagraphShape } from './segment';

export interface ClauseContext {
  /** The clause (up to 。！？；), normalised. */
  text: string;
  /** The whole sentence (up to 。！？) containing the clause. */
  sentence: string;
  /** The clause's offset inside the sentence. */
  offsetInSentence: number;
  paragraph: string;
}

export interface HitDetails {
  message?: string;
  suggestion?: string;
  replacement?: string;
  basis?: LegalBasis[];
  severity?: Severity;
}

/** Clause-local span. */
export interface LocalHit extends HitDetails {
  start: number;
  end: number;
}

export interface DocParagraph {
  /** Normalised text of the paragraph (one line of the input). */
  text: string;
  shape: ParagraphShape;
  /** Original offset of the paragraph's first character. */
  rawStart: number;
  /**
   * Per-paragraph memo that survives across reviews for as long as the paragraph's text is unchanged (it lives in the
   * engine's paragraph cache). Document rules put their per-paragraph scans here so that a re-review after an edit
   * only re-scans the edited paragraph. `key` must be unique to the rule (use the rule id).
   */
  memo<T>(key: string, compute: (text: string) => T): T;
}

export interface DocContext {
  raw: string;
  paragraphs: DocParagraph[];
  meta: DocumentMeta;
  /** Original spans of pinyin annotations dropped by normalisation. */
  annotations: { start: number; end: number }[];
  /** Whether traditional characters were converted. */
  converted: boolean;
}

/** Paragraph-local normalised span, or (with `raw`) a span in the original text. */
export interface DocHit extends HitDetails {
  para: number;
  start: number;
  end: number;
  raw?: boolean;
}
