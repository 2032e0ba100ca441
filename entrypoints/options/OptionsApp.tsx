import { useEffect, useState } from 'react';
import { SitesList, type SiteRow } from '@/components/SitesList';
import { StringsContext } from '@/components/strings';
import { getStrings, pickLocale } from '@/locales';
import { disableSite, listSites } from '@/lib/sidebar/popup-model';

const t = getStrings(pickLocale(navigator.languages));

export function OptionsApp() {
  const [sites, setSites] = useState<SiteRow[]>([]);
  const [error, setError] = useState<string>();
  const fail = (e: unknown) => setError(String(e));
  useEffect(() => void listSites().then(setSites, fail), []);
  return (
    <StringsContext.Provider value={t}>
      <main className="fo">
        <h1>{t.optionsTitle}</h1>
        <SitesList sites={sites} onRemove={(p) => void disableSite(p).then(setSites, fail)} />
        {error && <p role="alert">{error}</p>}
      </main>
    </StringsContext.Provider>
  );
}
