// @vitest-environment node
/** lib/export/sarif.ts (pure SARIF 2.1.0 serialiser) and lib/export/text-position.ts. */
import { describe, expect, it } from 'vitest';
import { review } from '../lib/engine';
import type { Finding } from '../lib/engine/types';
import { formatBasis, toSarif, toUriReference, type SarifRuleMeta } from '../lib/export/sarif';
import { lineStarts, positionAt } from '../lib/export/text-position';
import { RULES } from '../rules';

/** The log's run as plain JSON, to walk it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const firstRun = (log: { runs: unknown[] }): any => JSON.parse(JSON.stringify(log.runs[0]));

function finding(text: string, quote: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(quote);
  return {
    id: `x-${start}`,
    ruleId: 'x-rule',
    category: 'unauthorized-penalty',
    severity: 'warning',
    start,
    end: start + quote.length,
    quote,
    message: 'msg',
    basis: [{ law: '行政处罚法', article: '第十六条' }],
    ...over,
  };
}

const RULE: SarifRuleMeta = {
  id: 'x-rule',
  title: '标题',
  message: '说明',
  category: 'unauthorized-penalty',
  severity: 'error',
  suggestion: '建议',
  basis: [{ law: '行政处罚法', article: '第十六条' }, { law: '国办发〔2018〕37号' }],
};

describe('text positions', () => {
  it('LF, CRLF and lone CR end lines; columns are 1-based UTF-16 code units', () => {
    const text = 'ab\r\ncd\ref\n𠀀g';
    const s = lineStarts(text);
    expect(s).toEqual([0, 4, 7, 10]);
    expect(positionAt(s, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(s, 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt(s, 8)).toEqual({ line: 3, column: 2 });
    expect(positionAt(s, text.indexOf('g'))).toEqual({ line: 4, column: 3 });
    expect(positionAt(s, text.length)).toEqual({ line: 4, column: 4 });
  });
});

describe('toSarif', () => {
  const text = '第一条 总则。\r\n第二条 𠀀违者处罚款五百元。';
  const f = finding(text, '处罚款五百元', { severity: 'info', article: '第二条' });
  const log = toSarif([{ file: 'dir/草案 1.txt', text, findings: [f], encoding: 'UTF-8', mimeType: 'text/plain' }], {
    rules: [RULE],
    toolVersion: '1.2.3',
  });
  const run = firstRun(log);

  it('is a SARIF 2.1.0 log with one run and the tool', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'fashen', version: '1.2.3' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.artifacts[0]).toEqual({ location: { uri: 'dir/%E8%8D%89%E6%A1%88%201.txt' }, encoding: 'UTF-8', mimeType: 'text/plain' });
  });

  it('locates results by line and UTF-16 column (a surrogate pair counts two)', () => {
    const res = run.results[0];
    expect(res).toMatchObject({ ruleId: 'x-rule', ruleIndex: 0, level: 'note', message: { text: 'msg' } });
    expect(res.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dir/%E8%8D%89%E6%A1%88%201.txt', index: 0 },
      region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 15, charOffset: f.start, charLength: 6, snippet: { text: '处罚款五百元' } },
    });
    expect(res.partialFingerprints).toEqual({ 'fashenFindingId/v1': f.id });
    expect(res.properties).toMatchObject({ category: 'unauthorized-penalty', categoryName: '违法设定或加重行政处罚', article: '第二条' });
  });

  it('describes rules with id, category and basis', () => {
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'x-rule',
      shortDescription: { text: '标题' },
      fullDescription: { text: '说明' },
      help: { text: '建议：建议\n依据：《行政处罚法》第十六条；国办发〔2018〕37号' },
      defaultConfiguration: { level: 'error' },
      properties: {
        category: 'unauthorized-penalty',
        categoryName: '违法设定或加重行政处罚',
        basis: RULE.basis,
        tags: ['unauthorized-penalty', '违法设定或加重行政处罚'],
      },
    });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('without text: char offsets only; unknown rules get a synthesised descriptor', () => {
    const g = finding(text, '总则', { ruleId: 'pack-rule', severity: 'error' });
    const out = firstRun(toSarif([{ file: 'a.txt', findings: [g] }]));
    expect(out.results[0].locations[0].physicalLocation.region).toEqual({ charOffset: 4, charLength: 2, snippet: { text: '总则' } });
    expect(out.results[0].level).toBe('error');
    expect(out.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['pack-rule']);
  });

  it('a replacement becomes a fix, only when the text is the file’s own', () => {
    const g = finding(text, '总则', { replacement: '一般规定' });
    const own = firstRun(toSarif([{ file: 'a.txt', text, findings: [g] }]));
    expect(own.results[0].fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: 4, charLength: 2 },
      insertedContent: { text: '一般规定' },
    });
    const extracted = firstRun(toSarif([{ file: 'a.docx', text, findings: [g], extracted: true }]));
    expect(extracted.results[0].fixes).toBeUndefined();
    expect(extracted.artifacts[0].description.text).toMatch(/extracted/);
  });

  it('notifications mark the run unsuccessful', () => {
    const out = firstRun(toSarif([], { notifications: [{ uri: 'x.txt', message: 'x.txt: empty file' }] }));
    expect(out.invocations[0].executionSuccessful).toBe(false);
    expect(out.invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: 'x.txt: empty file' } });
  });

  it('serialises real engine findings against the library rules', () => {
    const draft = '关于加强管理的通知\n违反本通知规定的，处五百元以上二千元以下罚款。';
    const { findings } = review(draft, { docType: 'normative-document' });
    const out = firstRun(toSarif([{ file: 'd.txt', text: draft, findings }], { rules: RULES }));
    const res = out.results.find((r: { ruleId: string }) => r.ruleId === 'penalty-set-by-normative-document');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 10 });
    expect(out.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    expect(out.tool.driver.rules).toHaveLength(RULES.length);
  });
});

describe('helpers', () => {
  it('formatBasis brackets law names, not document numbers', () => {
    expect(formatBasis({ law: '行政许可法', article: '第十七条' })).toBe('《行政许可法》第十七条');
    expect(formatBasis({ law: '国办发〔2018〕37号' })).toBe('国办发〔2018〕37号');
    expect(formatBasis({ law: '《立法法》' })).toBe('《立法法》');
  });
  it('toUriReference encodes segments and normalises separators', () => {
    expect(toUriReference('a b\\c#.txt')).toBe('a%20b/c%23.txt');
  });
});
