import type { FindingData } from '../../lib/db/schema';
import { readSnapshot } from '../../lib/db/snapshot';
import { buildRecords } from '../../lib/db/records';
import { DRAFT_V1, DRAFT_V2, freshService, span } from '../db/helpers';

export function findingAt(text: string, quote: string, id: string, extra: Partial<FindingData> = {}): FindingData {
  const { start, end } = span(text, quote);
  return {
    id,
    ruleId: 'review-before-application',
    category: 'unauthorized-license',
    severity: 'error',
    start,
    end,
    quote,
    message: '以审查同意作为申请前置条件，属于变相设定行政许可',
    suggestion: '删除“须经主管部门审查同意后方可”',
    basis: [{ law: '行政许可法', article: '第十七条' }],
    article: '第二条',
    ...extra,
  };
}

/** One document in two versions with notes (one orphaned), a reply, an edit and three decisions. */
export async function seeded() {
  const s = await freshService();
  await s.setProfile({ name: '张三', department: '市司法局合法性审核处' });
  const r = await s.recognizeDocument({ url: 'https://oa.example.gov.cn/d?id=7', text: DRAFT_V1, title: '关于加强本市市场经营秩序管理的若干规定', docNumber: '某府办发〔2025〕3号', issuer: '某市人民政府办公室' });
  const ids = { documentId: r.document.id, versionId: r.version.id };
  const n1 = await s.addNote({ ...ids, span: span(DRAFT_V1, '外地企业，应当在本市设立分支机构'), comment: '要求外地企业设立分支机构，排斥外地经营者', category: 'local-protection', severity: 'error', suggestion: '删除本条' });
  await s.replyToNote(n1.id, '起草单位：拟删除');
  const n2 = await s.addNote({ ...ids, span: span(DRAFT_V1, '处五千元以上一万元以下罚款'), comment: '=SUM(A1) 规范性文件不得设定罚款', category: 'unauthorized-penalty', severity: 'warning' });
  await s.editNote(n2.id, { severity: 'error', suggestion: '改为“依照有关法律法规予以处罚”' });
  await s.decide({ ...ids, finding: findingAt(DRAFT_V1, '须经主管部门审查同意后方可', 'f-1'), status: 'accepted' });
  await s.decide({ ...ids, finding: findingAt(DRAFT_V1, '有效期五年', 'f-2', { category: 'validity-period', severity: 'info', message: '有效期超过五年', ruleId: 'validity', basis: [], suggestion: undefined, article: undefined }), status: 'false-positive', reason: '有效期为五年，未超过规定' });
  await s.decide({ ...ids, finding: findingAt(DRAFT_V1, '根据有关法律法规', 'f-3', { category: 'upper-law-conflict', severity: 'warning', message: '制定依据不明确', ruleId: 'vague-basis' }), status: 'partial', reason: '补充具体依据' });
  const v2 = await s.recognizeDocument({ url: 'https://oa.example.gov.cn/d?id=7', text: DRAFT_V2, title: '关于加强本市市场经营秩序管理的若干规定', docNumber: '某府办发〔2025〕3号' });
  const snapshot = await readSnapshot(s.db);
  const records = buildRecords(snapshot);
  return { s, v1: r, v2, snapshot, records };
}

export const FIXED_CLOCK = () => Date.UTC(2025, 2, 5, 1, 30);
export { DRAFT_V1, DRAFT_V2 };
