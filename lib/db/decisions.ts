/**
 * Decisions on findings: 采纳 accepted / 部分采纳 partial / 不采纳 rejected / 误报 false-positive (the last two with
 * a reason). One current decision per (document, finding id); deciding again keeps the earlier one in history.
 */
import { anchor, describe } from '../anchor';
import { ReviewError, type RepoContext } from './context';
import { newId } from './db';
import { anchorIn, getDocument, getVersion } from './documents';
import { commit } from './log';
import { currentAuthor } from './profile';
import { parseRows } from './reads';
import { DecisionRow, FindingData, NEEDS_REASON, type DecisionStatus, type Selectors } from './schema';

export interface DecideInput {
  documentId: string;
  /** The version the finding's offsets refer to. */
  versionId: string;
  finding: FindingData;
  status: DecisionStatus;
  reason?: string;
}

export async function findDecision({ db }: RepoContext, documentId: string, findingId: string): Promise<DecisionRow | undefined> {
  const rows = await db.decisions.where('[documentId+findingId]').equals([documentId, findingId]).toArray();
  return parseRows(DecisionRow, rows).rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export async function decide(ctx: RepoContext, input: DecideInput): Promise<DecisionRow> {
  const finding = FindingData.parse(input.finding);
  const reason = input.reason?.trim() || undefined;
  if (NEEDS_REASON.has(input.status) && !reason) throw new ReviewError('reason-required', `${input.status} needs a reason`);
  return commit(ctx.db, async () => {
    const doc = await getDocument(ctx, input.documentId);
    const version = await getVersion(ctx, input.versionId);
    if (version.documentId !== doc.id) throw new ReviewError('bad-input', 'version of another document');
    let target: Selectors;
    if (finding.end > finding.start && version.text.slice(finding.start, finding.end) === finding.quote) {
      target = describe(version.text, finding.start, finding.end);
    } else {
      // offsets from a slightly different text: find the quote near them, or refuse
      const m = finding.quote
        ? anchor(version.text, [
            { type: 'TextQuoteSelector', exact: finding.quote, prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: finding.start, end: finding.end },
          ])
        : null;
      if (!m || m.method === 'fuzzy') throw new ReviewError('quote-mismatch', 'the finding does not match the stored version');
      target = describe(version.text, m.start, m.end);
    }
    const anchorState =
      version.id === doc.latestVersionId
        ? { versionId: version.id, status: 'anchored' as const, selector: target, method: 'created' as const, score: 1 }
        : anchorIn(await getVersion(ctx, doc.latestVersionId), target);
    const prev = await findDecision(ctx, doc.id, finding.id);
    const at = ctx.clock();
    const author = await currentAuthor(ctx);
    const row: DecisionRow = prev
      ? {
          ...prev,
          rev: prev.rev + 1,
          versionId: version.id,
          finding,
          target,
          anchor: anchorState,
          status: input.status,
          ...(reason ? { reason } : { reason: undefined }),
          author,
          updatedAt: at,
          history: [...prev.history, { status: prev.status, ...(prev.reason ? { reason: prev.reason } : {}), at: prev.updatedAt, author: prev.author }],
        }
      : {
          id: newId(),
          rev: 0,
          documentId: doc.id,
          versionId: version.id,
          findingId: finding.id,
          finding,
          target,
          anchor: anchorState,
          status: input.status,
          ...(reason ? { reason } : {}),
          author,
          createdAt: at,
          updatedAt: at,
          history: [],
        };
    if (!row.reason) delete row.reason;
    return {
      type: 'decision.set',
      actor: author,
      at,
      documentId: doc.id,
      entityId: row.id,
      data: { findingId: finding.id, ruleId: finding.ruleId, status: input.status, reason, previous: prev?.status },
      puts: [{ t: 'decisions', row }],
      expect: [{ t: 'decisions', id: row.id, rev: prev?.rev }],
      result: row,
    };
  });
}

export async function listDecisions({ db }: RepoContext, documentId: string): Promise<DecisionRow[]> {
  const rows = parseRows(DecisionRow, await db.decisions.where('documentId').equals(documentId).toArray()).rows;
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}
