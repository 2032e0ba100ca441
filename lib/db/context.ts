/** What every repository function needs besides the database: a clock (tests inject one). */
import type { ReviewDB } from './db';

export type Clock = () => number;

export interface RepoContext {
  db: ReviewDB;
  clock: Clock;
}

export class ReviewError extends Error {
  constructor(
    readonly code: 'not-found' | 'quote-mismatch' | 'bad-input' | 'reason-required',
    message: string,
  ) {
    super(message);
  }
}
