// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reviewToSarif } from '../../lib/db/sarif-log';
import { seeded } from './seed';

describe('SARIF export of the review log', () => {
  it('uses the existing serialiser, one artifact per version in use, suppressions for declined findings', async () => {
    const { snapshot } = await seeded();
    const log = reviewToSarif({ ...snapshot, toolVersion: '0.1.0' });
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0] as { results: Record<string, any>[]; artifacts: { location: { uri: string } }[] };
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['https://oa.example.gov.cn/d?id=7#fashen-version=2', 'https://oa.example.gov.cn/d?id=7#fashen-version=1']);
    expect(run.results).toHaveLength(5); // 3 decisions + 2 notes (the reply is not a result)
    const fp = run.results.find((r) => r.ruleId === 'validity')!;
    expect(fp.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: '误报：有效期为五年，未超过规定' }]);
    expect(fp.properties.decision).toMatchObject({ status: 'false-positive', reviewer: { name: '张三' } });
    const accepted = run.results.find((r) => r.ruleId === 'review-before-application')!;
    expect(accepted.suppressions).toBeUndefined();
    expect(accepted.locations[0].physicalLocation.region.snippet.text).toBe('须经主管部门书面审查同意后才可');
    const orphan = run.results.find((r) => r.properties.anchor === 'orphan')!;
    expect(orphan.locations[0].physicalLocation.artifactLocation.index).toBe(1);
    expect(orphan.locations[0].physicalLocation.region.snippet.text).toBe('外地企业，应当在本市设立分支机构');
  });
});
