/**
 * Moving what older releases kept per page in browser.storage.local (ignored findings with reasons, notes on
 * findings) into the review database, once, when the sidebar has recognised the page's draft: an ignore becomes a
 * decision (误报 when its reason says so, else 不采纳) on the finding it named; a note becomes a note on that finding,
 * else on its quote, else on the page. An ignore whose finding does not fire in this text stays until it does (it
 * hides nothing meanwhile). The migrated entries are then dropped from storage (page.migrated).
 */
import type { DecisionStatus } from '../db/schema';
import type { Finding } from '../engine/types';
import { LOCALES } from '../../locales';
import type { PageRecord } from '../messaging';
import type { TextSpan } from './selection';

/** 误报 when the reason starts with the false-positive reason of any locale, else 不采纳. */
export function legacyStatus(reason: string): Extract<DecisionStatus, 'rejected' | 'false-positive'> {
  return Object.values(LOCALES).some((t) => reason.startsWith(t.falsePositiveReason)) ? 'false-positive' : 'rejected';
}

export interface LegacyPlan {
  decisions: { finding: Finding; status: Extract<DecisionStatus, 'rejected' | 'false-positive'>; reason: string }[];
  notes: { key: string; comment: string; findingId?: string; ruleId?: string; span?: TextSpan; finding?: Finding }[];
}

export function hasLegacy(record: Pick<PageRecord, 'ignored' | 'notes'> | undefined): boolean {
  return !!record && (Object.keys(record.ignored).length > 0 || Object.keys(record.notes).length > 0);
}

export function planLegacy(record: Pick<PageRecord, 'ignored' | 'notes'>, findings: readonly Finding[], text: string): LegacyPlan {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const plan: LegacyPlan = { decisions: [], notes: [] };
  for (const [id, r] of Object.entries(record.ignored)) {
    const finding = byId.get(id);
    if (finding) plan.decisions.push({ finding, status: legacyStatus(r.reason), reason: r.reason });
  }
  for (const [id, r] of Object.entries(record.notes)) {
    if (!r.text.trim()) continue;
    const finding = byId.get(id);
    const at = r.quote ? text.indexOf(r.quote) : -1;
    const span = finding
      ? { start: finding.start, end: finding.end, exact: finding.quote }
      : r.quote && at >= 0
        ? { start: at, end: at + r.quote.length, exact: r.quote }
        : undefined;
    plan.notes.push({ key: id, comment: r.text, findingId: id, ruleId: r.ruleId ?? finding?.ruleId, span, finding });
  }
  return plan;
}
