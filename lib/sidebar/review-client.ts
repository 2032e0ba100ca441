/**
 * The review database as the sidebar and the extension pages reach it: typed review.* messages to the background
 * (lib/db/handler.ts answers them), replies parsed, refusals thrown as MessageError (with the database's code).
 */
import type { DecisionStatus, FindingData, NoteContent, Profile } from '../db/schema';
import { sendToBackground } from '../messaging';

export type Send = (message: unknown) => Promise<unknown>;

export interface RecognizeMeta {
  title?: string;
  docNumber?: string;
  issuer?: string;
  docType?: string;
}

export interface SpanInput {
  start: number;
  end: number;
  exact: string;
}

export interface NoteInput {
  documentId: string;
  versionId: string;
  span?: SpanInput;
  findingId?: string;
  ruleId?: string;
  note: NoteContent;
}

export interface DecideInput {
  documentId: string;
  versionId: string;
  finding: FindingData;
  status: DecisionStatus;
  reason?: string;
}

export function createReviewClient(send: Send) {
  return {
    recognize: (url: string, text: string, meta: RecognizeMeta = {}) => sendToBackground({ type: 'review.recognize', url, text, meta }, send),
    addNote: async (input: NoteInput) => (await sendToBackground({ type: 'review.note.add', ...input }, send)).note,
    editNote: async (noteId: string, patch: Partial<NoteContent>) => (await sendToBackground({ type: 'review.note.edit', noteId, patch }, send)).note,
    replyNote: async (noteId: string, comment: string) => (await sendToBackground({ type: 'review.note.reply', noteId, comment }, send)).note,
    decide: async (input: DecideInput) => (await sendToBackground({ type: 'review.decide', ...input }, send)).decision,
    getProfile: async () => (await sendToBackground({ type: 'review.profile.get' }, send)).profile,
    setProfile: async (profile: Profile) => (await sendToBackground({ type: 'review.profile.set', profile }, send)).profile,
  };
}

export type ReviewClient = ReturnType<typeof createReviewClient>;

/**
 * Asks the browser to keep the extension's storage (the review database) under storage pressure. Extension pages
 * only (StorageManager.persist is not available in the service worker); resolves to whether storage is persistent.
 */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** What the options page's reviewer section needs: the profile through the background, and storage kept. */
export function profileSectionProps(send: Send) {
  const client = createReviewClient(send);
  return {
    load: client.getProfile,
    save: async (profile: Profile) => (await client.setProfile(profile)) ?? profile,
    onFirstShow: () => void requestPersistentStorage(),
  };
}
