/**
 * Answers ReviewToBackground messages with the review service. The background calls it after checking the sender
 * (extension id; REVIEW_PAGE_ONLY for extension pages) and, for a content script, that `url` in review.recognize
 * belongs to the sender's tab. Never throws: failures come back as { ok: false, error, code }.
 */
import { z } from 'zod';
import { ReviewError } from './context';
import { ReviewToBackground, type ReviewMessageType, type ReviewResponseOf } from './messages';
import { summarizeVersion, type ReviewService } from './service';

type Reply = { [K in ReviewMessageType]: ReviewResponseOf<K> }[ReviewMessageType] | { ok: false; error: string; code?: string };

export async function handleReviewMessage(service: ReviewService, raw: unknown): Promise<Reply> {
  const parsed = ReviewToBackground.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `bad message: ${z.prettifyError(parsed.error)}`, code: 'bad-input' };
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'review.recognize': {
        const r = await service.recognizeDocument({ url: msg.url, text: msg.text, ...msg.meta });
        return { ok: true, ...r, version: summarizeVersion(r.version) };
      }
      case 'review.note.add':
        return {
          ok: true,
          note: await service.addNote({
            documentId: msg.documentId,
            versionId: msg.versionId,
            span: msg.span,
            findingId: msg.findingId,
            ruleId: msg.ruleId,
            ...msg.note,
          }),
        };
      case 'review.note.edit':
        return { ok: true, note: await service.editNote(msg.noteId, msg.patch) };
      case 'review.note.reply':
        return { ok: true, note: await service.replyToNote(msg.noteId, msg.comment) };
      case 'review.decide': {
        const { type: _t, ...input } = msg;
        return { ok: true, decision: await service.decide(input) };
      }
      case 'review.list':
        return { ok: true, ...(await service.listForDocument(msg.documentId, msg.versionId)) };
      case 'review.profile.get':
        return { ok: true, profile: (await service.getProfile()) ?? null };
      case 'review.profile.set':
        return { ok: true, profile: await service.setProfile(msg.profile) };
    }
  } catch (err) {
    if (err instanceof ReviewError) return { ok: false, error: err.message, code: err.code };
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
