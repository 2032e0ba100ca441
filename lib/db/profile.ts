/** The reviewer profile (name, department) that stamps every note and decision. Stored in meta 'profile'. */
import type { RepoContext } from './context';
import { commit } from './log';
import { Profile, type Author } from './schema';

export const ANONYMOUS: Author = { name: '', department: '' };

export async function getProfile({ db }: RepoContext): Promise<Profile | undefined> {
  const row = await db.meta.get('profile');
  const parsed = Profile.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** The author stamp for the next write: the profile, or an empty one when none is set yet. */
export async function currentAuthor(ctx: RepoContext): Promise<Author> {
  const p = await getProfile(ctx);
  return p ? { name: p.name, department: p.department } : ANONYMOUS;
}

export async function setProfile(ctx: RepoContext, input: Profile): Promise<Profile> {
  const profile = Profile.parse(input);
  return commit(ctx.db, async () => ({
    type: 'profile.set',
    actor: profile,
    at: ctx.clock(),
    data: { ...profile },
    puts: [{ t: 'meta', row: { key: 'profile', value: profile } }],
    result: profile,
  }));
}
