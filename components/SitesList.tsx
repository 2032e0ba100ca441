import { useStrings } from './strings';

export interface SiteRow {
  pattern: string;
  source: 'preset' | 'managed' | 'user';
  granted: boolean;
}

export interface SitesListProps {
  sites: SiteRow[];
  onRemove(pattern: string): void;
}

export function SitesList({ sites, onRemove }: SitesListProps) {
  const t = useStrings();
  const sourceName = { preset: t.siteSourcePreset, managed: t.siteSourceManaged, user: t.siteSourceUser };
  return (
    <section aria-labelledby="fs-sites-title" data-testid="sites">
      <h2 id="fs-sites-title">{t.sitesTitle}</h2>
      <p className="fo-muted">{t.sitesHint}</p>
      {sites.length === 0 ? (
        <p data-testid="sites-empty">{t.sitesEmpty}</p>
      ) : (
        <table className="fo-table">
          <tbody>
            {sites.map((s) => (
              <tr key={s.pattern} data-testid="site" data-pattern={s.pattern}>
                <td>
                  <code>{s.pattern}</code>
                </td>
                <td>
                  {sourceName[s.source]}
                  {!s.granted && <span className="fo-warn">{t.paren(t.siteNoPermission)}</span>}
                </td>
                <td>
                  {s.source === 'user' && (
                    <button type="button" onClick={() => onRemove(s.pattern)} aria-label={`${t.siteRemove} ${s.pattern}`}>
                      {t.siteRemove}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
