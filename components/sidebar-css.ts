/** The sidebar's stylesheet, injected into its shadow root only (the page's styles never reach it, ours never leak). */
export const SIDEBAR_CSS = `
:host { all: initial; }
.fs-root, .fs-root * { box-sizing: border-box; }
.fs-root {
  font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
  font-size: 13px; line-height: 1.55; color: #1f2328;
  --fs-error: #c62828; --fs-warning: #b26a00; --fs-info: #1565c0; --fs-line: #d8dde3; --fs-bg: #f6f7f9;
}
.fs-panel {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646;
  display: flex; flex-direction: column; background: #fff;
  border-left: 1px solid var(--fs-line); box-shadow: -2px 0 10px rgba(0,0,0,.08);
}
.fs-panel:focus { outline: none; }
.fs-panel:focus-visible { outline: 2px solid #1565c0; outline-offset: -2px; }
.fs-resize { position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: ew-resize; z-index: 1; }
.fs-resize:hover, .fs-resize:focus-visible { background: rgba(21,101,192,.25); outline: none; }
.fs-header { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--fs-line); background: var(--fs-bg); }
.fs-app-name { font-size: 15px; font-weight: 600; margin: 0; flex: 0 0 auto; }
.fs-badge { font-size: 11px; color: #2e7d32; border: 1px solid #a5d6a7; border-radius: 9px; padding: 0 6px; }
.fs-icon { margin-left: auto; }
.fs-body { flex: 1 1 auto; overflow: auto; padding: 10px 12px; }
.fs-footer { padding: 4px 12px; font-size: 11px; color: #57606a; border-top: 1px solid var(--fs-line); background: var(--fs-bg); }
button, select, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; border: 1px solid var(--fs-line); background: #fff; border-radius: 4px; padding: 2px 8px; }
button:hover { background: #eef2f6; }
button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, .fs-card:focus-visible {
  outline: 2px solid #1565c0; outline-offset: 1px;
}
.fs-primary { background: #1565c0; color: #fff; border-color: #1565c0; }
.fs-primary:hover { background: #0d47a1; }
.fs-link { border: none; background: none; color: #1565c0; padding: 0 4px; text-decoration: underline; }
.fs-link:hover { background: none; }
.fs-muted { color: #6e7781; }
.fs-label { font-weight: 600; margin-right: 6px; }
.fs-editor-pick { display: flex; flex-direction: column; gap: 2px; margin-bottom: 8px; }
.fs-meta { border: 1px solid var(--fs-line); border-radius: 6px; padding: 6px 8px; margin-bottom: 8px; background: var(--fs-bg); }
.fs-meta-row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.fs-meta-list { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 4px 0 0; }
.fs-meta-list dt { color: #57606a; }
.fs-meta-list dd { margin: 0; word-break: break-all; }
.fs-summary { display: flex; gap: 10px; align-items: baseline; margin: 6px 0; flex-wrap: wrap; }
.fs-total { font-weight: 600; }
.fs-count.fs-sev-error, .fs-chip.fs-sev-error { color: var(--fs-error); }
.fs-count.fs-sev-warning, .fs-chip.fs-sev-warning { color: var(--fs-warning); }
.fs-count.fs-sev-info, .fs-chip.fs-sev-info { color: var(--fs-info); }
.fs-groupby { display: flex; gap: 0; margin: 6px 0 10px; }
.fs-groupby button { border-radius: 0; }
.fs-groupby button:first-child { border-radius: 4px 0 0 4px; }
.fs-groupby button:last-child { border-radius: 0 4px 4px 0; border-left: none; }
.fs-groupby .fs-on { background: #1565c0; color: #fff; border-color: #1565c0; }
.fs-group-title { font-size: 13px; margin: 12px 0 6px; padding-bottom: 2px; border-bottom: 1px solid var(--fs-line); }
.fs-card { border: 1px solid var(--fs-line); border-left: 4px solid var(--fs-info); border-radius: 6px; padding: 8px 10px; margin-bottom: 8px; background: #fff; }
.fs-card.fs-sev-error { border-left-color: var(--fs-error); }
.fs-card.fs-sev-warning { border-left-color: var(--fs-warning); }
.fs-card.fs-selected { box-shadow: 0 0 0 2px #90caf9; }
.fs-card-head { display: flex; gap: 8px; align-items: baseline; }
.fs-chip { font-weight: 600; font-size: 12px; }
.fs-card-cat { font-weight: 600; }
.fs-quote { margin: 6px 0; padding: 2px 8px; border-left: 3px solid #e0e0e0; background: #fafafa; font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; word-break: break-all; }
.fs-message { margin: 4px 0; }
.fs-basis ul { margin: 2px 0 4px 18px; padding: 0; }
.fs-article-text { margin: 4px 0; padding: 4px 8px; background: #fffbe6; border-left: 3px solid #ffd54f; }
.fs-suggestion, .fs-replacement, .fs-note { margin: 4px 0; }
.fs-replacement ins { text-decoration: none; background: #e8f5e9; padding: 0 2px; }
.fs-note { background: #f3f0ff; padding: 2px 6px; border-radius: 4px; white-space: pre-wrap; }
.fs-error { color: var(--fs-error); margin: 4px 0; }
.fs-actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
.fs-form { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; padding: 6px; background: var(--fs-bg); border-radius: 4px; }
.fs-form label { display: flex; flex-direction: column; gap: 2px; }
.fs-form textarea { width: 100%; resize: vertical; }
.fs-more { width: 100%; margin: 4px 0 8px; padding: 6px; }
.fs-empty { color: #2e7d32; }
.fs-ignored { margin-top: 12px; border-top: 1px dashed var(--fs-line); padding-top: 6px; }
.fs-ignored ul { list-style: none; margin: 4px 0; padding: 0; }
.fs-ignored li { margin-bottom: 6px; }
.fs-small { font-size: 12px; }
.fs-decision { margin: 4px 0; padding: 2px 6px; border-radius: 4px; background: #e8f5e9; color: #1b5e20; }
.fs-decision[data-status='partial'] { background: #fff8e1; color: #6d4c00; }
button[aria-pressed='true'] { background: #e8f5e9; border-color: #2e7d32; }
.fs-notes { margin: 4px 0 8px; }
.fs-notes-head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.fs-notes-head .fs-group-title { flex: 1 1 auto; }
.fs-note-list { list-style: none; margin: 4px 0; padding: 0; }
.fs-note-item { border: 1px solid var(--fs-line); border-left: 4px solid #7e57c2; border-radius: 6px; padding: 6px 8px; margin-bottom: 6px; }
.fs-note-item.fs-selected { box-shadow: 0 0 0 2px #b39ddb; }
.fs-note-item > p { margin: 2px 0; }
.fs-replies { list-style: none; margin: 4px 0 0 8px; padding: 0 0 0 8px; border-left: 2px solid #e0e0e0; }
.fs-orphans { margin-top: 8px; padding: 6px 8px; border: 1px dashed #b26a00; border-radius: 6px; background: #fffaf0; }
.fs-orphans h4 { margin: 0 0 2px; font-size: 13px; color: #6d4c00; }
.fs-orphans .fs-note-item { border-left-color: #b26a00; background: #fff; }
.fs-orphans .fs-muted { color: #57606a; }
.fs-tab {
  position: fixed; right: 0; top: 45%; z-index: 2147483646; writing-mode: vertical-rl;
  display: flex; align-items: center; gap: 6px; padding: 10px 4px; border-radius: 6px 0 0 6px;
  background: #1565c0; color: #fff; border: none; box-shadow: -1px 1px 6px rgba(0,0,0,.2);
}
.fs-tab:hover { background: #0d47a1; }
.fs-tab-count { writing-mode: horizontal-tb; background: #fff; border-radius: 8px; padding: 0 5px; font-size: 11px; font-weight: 600; }
.fs-tab-count.fs-sev-error { color: var(--fs-error); }
.fs-tab-count.fs-sev-warning { color: var(--fs-warning); }
.fs-tab-count.fs-sev-info { color: var(--fs-info); }
`;
