import { useEffect, useState } from 'react';
import { useStrings } from '../strings';

export interface Profile {
  name: string;
  department: string;
}

export interface ProfileSectionProps {
  /** The reviewer profile in the review database (messages to the background). */
  load(): Promise<Profile | null>;
  save(profile: Profile): Promise<Profile>;
  /** Called once when the section first shows (the options page asks for persistent storage then). */
  onFirstShow?(): void;
}

/** The reviewer (name, department) whose name the database stamps on every note and decision. */
export function ProfileSection({ load, save, onFirstShow }: ProfileSectionProps) {
  const t = useStrings();
  const [saved, setSaved] = useState<Profile | null>(null);
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  /** ok: saved; quiet: could not read (shown politely, the form still works); else a failed save (an alert). */
  const [status, setStatus] = useState<{ ok: boolean; quiet?: boolean; text: string }>();

  useEffect(() => {
    onFirstShow?.();
    let live = true;
    load().then(
      (p) => {
        if (!live) return;
        setSaved(p);
        setName(p?.name ?? '');
        setDepartment(p?.department ?? '');
      },
      (err: unknown) => live && setStatus({ ok: false, quiet: true, text: t.profileLoadFailed + (err instanceof Error ? err.message : String(err)) }),
    );
    return () => {
      live = false;
    };
  }, []); // once, on mount

  const dirty = name.trim() !== (saved?.name ?? '') || department.trim() !== (saved?.department ?? '');
  return (
    <section aria-labelledby="fo-profile-title" data-testid="profile">
      <h2 id="fo-profile-title">{t.profileTitle}</h2>
      <p className="fo-muted">{saved ? t.profileHint : t.profileUnset}</p>
      <form
        className="fo-filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          save({ name: name.trim(), department: department.trim() }).then(
            (p) => {
              setSaved(p);
              setStatus({ ok: true, text: t.profileSaved });
            },
            (err: unknown) => setStatus({ ok: false, text: t.profileFailed + (err instanceof Error ? err.message : String(err)) }),
          );
        }}
      >
        <label>
          {t.profileName}
          <input type="text" data-testid="profile-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t.profileDepartment}
          <input type="text" data-testid="profile-department" value={department} maxLength={200} onChange={(e) => setDepartment(e.target.value)} />
        </label>
        <button type="submit" className="fo-primary" data-testid="profile-save" disabled={!dirty || !name.trim()}>
          {t.profileSave}
        </button>
      </form>
      {status && (
        <p className={status.ok ? 'fo-ok' : 'fo-fail'} role={status.ok || status.quiet ? 'status' : 'alert'} data-testid="profile-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
