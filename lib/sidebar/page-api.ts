/**
 * The part of lib/page (the DOM layer) the controller uses, as a structural interface: the content script passes
 * the real module, tests pass fakes (happy-dom has no CSS highlights).
 */
import type { Severity } from '../engine/types';

export interface EditorLike {
  kind: 'textarea' | 'input' | 'contenteditable' | 'iframe' | 'readonly';
  element: Element;
  doc: Document;
  label: string;
}

export interface ExtractedLike {
  text: string;
}

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface HighlighterLike<X> {
  render(spans: HighlightSpan[], ex: X): void;
  clear(): void;
  destroy(): void;
  hitTest(x: number, y: number): string | null | undefined;
}

export type ApplyResult = { ok: true } | { ok: false; reason: string };

export interface PageApi<E extends EditorLike, X extends ExtractedLike> {
  findEditors(doc: Document): E[];
  /** The editor most likely to hold the draft (most CJK text); the first non-read-only one when absent. */
  pickPrimary?(editors: E[]): E | undefined;
  editorFromEvent(target: EventTarget | null): E | null | undefined;
  extractText(ed: E): X;
  createHighlighter(ed: E): HighlighterLike<X>;
  applyFix(ed: E, span: { start: number; end: number; quote: string; prefix?: string; suffix?: string }, replacement: string): ApplyResult;
  revealSpan(ed: E, ex: X, start: number, end: number): void;
  watchEditor(ed: E, onChange: () => void, delayMs?: number): () => void;
}
