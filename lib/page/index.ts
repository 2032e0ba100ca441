/** The DOM side of Fashen (content script only): find editors, read them, underline, reveal, apply, watch. */
export { findEditors, editorFromEvent, sameEditor, pickPrimary, labelText, type EditorHandle, type EditorKind } from './editors';
export { extractText, extractDom, domRange, pointAt, offsetAt, type Extracted, type TextSeg, type DomPoint } from './extract';
export { createHighlighter, docHighlights, type Highlighter, type HighlightSpan } from './highlight';
export { applyFix, locateQuote, type ApplyResult, type FixTarget, type Located } from './apply';
export { revealSpan, bringIntoView, FLASH_MS } from './reveal';
export { watchEditor } from './watch';
export { HIGHLIGHT_NAMES, type Severity } from './styles';
