/**
 * Findings -> one SARIF 2.1.0 log (one run). Pure: no I/O, no clock; the caller passes the files, their text (for
 * line/column) and the rule metadata. Used by the CLI (`--format sarif`) and, later, the dashboard export.
 *
 * - results carry a physical location: the artifact, charOffset/charLength, and, when the reviewed text is given,
 *   startLine/startColumn/endLine/endColumn (1-based, UTF-16 code units, end column exclusive) plus the snippet;
 * - rule descriptors carry the id, the title, the taxonomy category (id and Chinese name) and the legal basis;
 * - a finding's stable id becomes a partial fingerprint, so viewers can track it across runs;
 * - a finding's replacement becomes a SARIF fix when the reviewed text is the file's own text (not extracted).
 */
import { CATEGORY_BY_ID } from '../engine/taxonomy';
import type { Finding, LegalBasis, Severity } from '../engine/types';
import { lineStarts, positionAt } from './text-position';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** What a rule descriptor needs; a library Rule (rules/define-rule.ts) fits as is. */
export interface SarifRuleMeta {
  id: string;
  title: string;
  message: string;
  category: string;
  severity?: Severity;
  suggestion?: string;
  basis: readonly { law: string; article?: string }[];
}

export interface SarifFileInput {
  /** Path or name as shown to the user. */
  file: string;
  /** URI reference of the artifact; defaults to `file` with its segments percent-encoded. */
  uri?: string;
  /** The text the findings' offsets refer to; without it regions carry only charOffset/charLength. */
  text?: string;
  findings: readonly Finding[];
  /** True when `text` was extracted (HTML, .docx): regions then refer to the extracted text, not the file's bytes. */
  extracted?: boolean;
  mimeType?: string;
  /** The encoding the file was decoded from (e.g. UTF-8, GB18030). */
  encoding?: string;
}

export interface SarifNotification {
  /** URI reference of the input concerned (already encoded, as SarifFileInput.uri). */
  uri?: string;
  message: string;
  level?: 'error' | 'warning' | 'note';
}

export interface SarifOptions {
  /** All rules that ran; descriptors are also synthesised for any finding whose rule is not listed. */
  rules?: readonly SarifRuleMeta[];
  toolVersion?: string;
  /** Problems with the run itself (unreadable inputs …); they make executionSuccessful false when any is an error. */
  notifications?: readonly SarifNotification[];
}

type Json = { [key: string]: unknown };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [Json];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** 《行政处罚法》第十六条; a document number (国办发〔2018〕37号) or an already bracketed title stays as is. */
export function formatBasis(b: { law: string; article?: string }): string {
  const law = /《|〔\d{4}〕|\[\d{4}\]|号$/.test(b.law) ? b.law : `《${b.law}》`;
  return `${law}${b.article ?? ''}`;
}

/** Percent-encodes each path segment; Windows separators become slashes. Absolute paths keep their leading slash. */
export function toUriReference(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%3A/gi, ':'))
    .join('/');
}

function ruleDescriptor(r: SarifRuleMeta): Json {
  const cat = CATEGORY_BY_ID.get(r.category);
  const basis = r.basis.map(formatBasis);
  const helpLines = [r.suggestion ? `建议：${r.suggestion}` : undefined, basis.length ? `依据：${basis.join('；')}` : undefined];
  const d: Json = {
    id: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.message },
    defaultConfiguration: { level: LEVEL[r.severity ?? cat?.defaultSeverity ?? 'warning'] },
    properties: {
      category: r.category,
      ...(cat ? { categoryName: cat.name } : {}),
      basis: r.basis.map((b) => ({ ...b })),
      tags: cat ? [r.category, cat.name] : [r.category],
    },
  };
  const help = helpLines.filter(Boolean).join('\n');
  if (help) d.help = { text: help };
  return d;
}

function fromFinding(f: Finding): SarifRuleMeta {
  return { id: f.ruleId, title: f.ruleId, message: f.message, category: f.category, basis: f.basis };
}

function basisProperty(basis: readonly LegalBasis[]): Json[] {
  return basis.map((b) => ({ ...b }));
}

/** Serialises the reviewed files into one SARIF 2.1.0 log with one run. */
export function toSarif(files: readonly SarifFileInput[], options: SarifOptions = {}): SarifLog {
  const rules: SarifRuleMeta[] = [...(options.rules ?? [])];
  const ruleIndex = new Map<string, number>();
  rules.forEach((r, i) => ruleIndex.set(r.id, i));
  for (const file of files)
    for (const f of file.findings)
      if (!ruleIndex.has(f.ruleId)) {
        ruleIndex.set(f.ruleId, rules.length);
        rules.push(fromFinding(f));
      }

  const artifacts: Json[] = [];
  const results: Json[] = [];
  files.forEach((file, artifactIndex) => {
    const uri = file.uri ?? toUriReference(file.file);
    const artifact: Json = { location: { uri } };
    if (file.mimeType) artifact.mimeType = file.mimeType;
    if (file.encoding) artifact.encoding = file.encoding;
    if (file.extracted)
      artifact.description = { text: 'Regions refer to the plain text extracted from this file. 位置指从该文件提取的纯文本。' };
    artifacts.push(artifact);

    const starts = file.text !== undefined ? lineStarts(file.text) : undefined;
    for (const f of file.findings) {
      const region: Json = {};
      if (starts) {
        const s = positionAt(starts, f.start);
        const e = positionAt(starts, f.end);
        Object.assign(region, { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column });
      }
      Object.assign(region, { charOffset: f.start, charLength: f.end - f.start, snippet: { text: f.quote } });
      const artifactLocation = { uri, index: artifactIndex };
      const cat = CATEGORY_BY_ID.get(f.category);
      const result: Json = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        partialFingerprints: { 'fashenFindingId/v1': f.id },
        properties: {
          category: f.category,
          ...(cat ? { categoryName: cat.name } : {}),
          basis: basisProperty(f.basis),
          ...(f.suggestion ? { suggestion: f.suggestion } : {}),
          ...(f.article ? { article: f.article } : {}),
        },
      };
      if (f.replacement !== undefined && file.text !== undefined && !file.extracted)
        result.fixes = [
          {
            description: { text: f.suggestion ?? `替换为“${f.replacement}”` },
            artifactChanges: [
              {
                artifactLocation,
                replacements: [
                  { deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: f.replacement } },
                ],
              },
            ],
          },
        ];
      results.push(result);
    }
  });

  const notes = options.notifications ?? [];
  const driver: Json = {
    name: 'fashen',
    fullName: '法审助手 Fashen',
    rules: rules.map(ruleDescriptor),
  };
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    driver.semanticVersion = options.toolVersion;
  }
  const run: Json = {
    tool: { driver },
    columnKind: 'utf16CodeUnits',
    artifacts,
    results,
    invocations: [
      {
        executionSuccessful: !notes.some((n) => (n.level ?? 'error') === 'error'),
        ...(notes.length
          ? {
              toolExecutionNotifications: notes.map((n) => ({
                level: n.level ?? 'error',
                message: { text: n.message },
                ...(n.uri ? { locations: [{ physicalLocation: { artifactLocation: { uri: n.uri } } }] } : {}),
              })),
            }
          : {}),
      },
    ],
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
