// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshService } from './helpers';

describe('profile', () => {
  it('is empty until set, then stamps writes; setting it is logged', async () => {
    const s = await freshService();
    expect(await s.getProfile()).toBeUndefined();
    const r = await s.recognizeDocument({ url: 'https://oa/1', text: '第一条 测试。' });
    expect(r.version.author).toEqual({ name: '', department: '' });
    await s.setProfile({ name: ' 赵六 ', department: '法制办' });
    expect(await s.getProfile()).toEqual({ name: '赵六', department: '法制办' });
    const note = await s.addNote({ documentId: r.document.id, versionId: r.version.id, comment: '意见' });
    expect(note.author).toEqual({ name: '赵六', department: '法制办' });
    expect((await s.db.events.toArray()).map((e) => e.type)).toEqual(['document.create', 'profile.set', 'note.add']);
  });

  it('refuses a profile without a name', async () => {
    const s = await freshService();
    await expect(s.setProfile({ name: '  ', department: 'x' })).rejects.toThrow();
  });
});
