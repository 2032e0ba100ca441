import { ReviewDB } from '../../lib/db/db';
import { openReviewDb } from '../../lib/db/open';
import { createReviewService } from '../../lib/db/service';

export const DRAFT_V1 =
  '关于加强本市市场经营秩序管理的若干规定（征求意见稿）\n' +
  '第一条 为了规范本市市场秩序，根据有关法律法规，结合本市实际，制定本规定。\n' +
  '第二条 申请人办理经营许可的，须经主管部门审查同意后方可向市场监管部门提出申请。\n' +
  '第三条 本市行政区域内从事经营活动的外地企业，应当在本市设立分支机构。\n' +
  '第四条 违反本规定第三条的，由主管部门处五千元以上一万元以下罚款。\n' +
  '第五条 本规定自2025年1月1日起施行，有效期五年。\n';

export const DRAFT_V2 = DRAFT_V1.replace('须经主管部门审查同意后方可', '须经主管部门书面审查同意后才可')
  .replace(/第三条[^\n]*\n/, '')
  .replace('第四条 违反本规定第三条的', '第三条 违反本规定的')
  .replace('有效期五年', '有效期三年');

/** A clock that ticks one second per call from a fixed start. */
export function fakeClock(start = Date.UTC(2025, 2, 3, 2, 0, 0)) {
  let t = start;
  return () => (t += 1000);
}

export function freshName(): string {
  return `t-${crypto.randomUUID()}`;
}

export async function freshService() {
  const db = await openReviewDb(freshName());
  return createReviewService(db, { clock: fakeClock() });
}

export function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return { start, end: start + quote.length, exact: quote };
}

export { ReviewDB };
