import { useEffect, useState } from 'react';
import type { DashboardStrings } from '../../locales/dashboard';

export interface ProfileFormProps {
  t: DashboardStrings;
  profile?: { name: string; department: string };
  onSave: (p: { name: string; department: string }) => void;
}

export function ProfileForm({ t, profile, onSave }: ProfileFormProps) {
  const [name, setName] = useState(profile?.name ?? '');
  const [department, setDepartment] = useState(profile?.department ?? '');
  useEffect(() => {
    setName(profile?.name ?? '');
    setDepartment(profile?.department ?? '');
  }, [profile?.name, profile?.department]);
  const dirty = name !== (profile?.name ?? '') || department !== (profile?.department ?? '');
  return (
    <form
      className="fd-profile"
      aria-label={t.profile}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSave({ name: name.trim(), department: department.trim() });
      }}
    >
      <span className={profile ? '' : 'fd-warn'} title={profile ? undefined : t.profileUnset}>
        {t.profile}
      </span>
      <input aria-label={t.profileName} placeholder={t.profileName} value={name} size={8} onChange={(e) => setName(e.target.value)} />
      <input aria-label={t.profileDepartment} placeholder={t.profileDepartment} value={department} size={14} onChange={(e) => setDepartment(e.target.value)} />
      <button type="submit" disabled={!dirty || !name.trim()}>
        {t.profileSave}
      </button>
    </form>
  );
}
