import { useState } from 'react';
import type { InstalledPack } from '../../lib/rule-pack/store';
import { useStrings } from '../strings';
import { IssueList } from './IssueList';
import { Switch } from './Switch';

export interface PackManagerProps {
  packs: readonly InstalledPack[];
  /** The local pack's display name (the rules written here). */
  localId: string;
  busy?: boolean;
  /** The last import: done, or refused with located problems. */
  result?: { ok: true; text: string } | { ok: false; title: string; issues: string[] };
  onToggle(id: string, on: boolean): void;
  onExport(id: string): void;
  onRemove(id: string): void;
  /** The text of a pack file, read or pasted. */
  onImport(text: string): void;
  onShareLocal(name: string, author: string): void;
}

export function PackManager(p: PackManagerProps) {
  const t = useStrings();
  const [paste, setPaste] = useState('');
  const [name, setName] = useState('');
  const [author, setAuthor] = useState('');
  const local = p.packs.find((x) => x.id === p.localId);
  const nameOf = (x: InstalledPack) => (x.id === p.localId ? t.packLocalName : x.pack.name);
  return (
    <section aria-labelledby="fo-packs-title" data-testid="packs">
      <h2 id="fo-packs-title" className="fo-sr-only">
        {t.tabPacks}
      </h2>
      <p className="fo-muted">{t.packsIntro}</p>
      <h3>{t.packsInstalled}</h3>
      {p.packs.length === 0 ? (
        <p data-testid="packs-empty">{t.packsEmpty}</p>
      ) : (
        <ul className="fo-list" role="list">
          {p.packs.map((x) => (
            <li key={x.id} data-testid="pack" data-pack-id={x.id} data-enabled={x.enabled}>
              <Switch checked={x.enabled} label={t.packSwitch(nameOf(x))} onChange={(on) => p.onToggle(x.id, on)} testId="pack-switch" />
              <span className="fo-rule-title">{nameOf(x)}</span>
              <span className="fo-muted">
                {t.packRules(x.pack.rules.length)}
                {x.pack.author && ` · ${t.packAuthor(x.pack.author)}`}
              </span>
              <span className="fo-rule-tools">
                <button type="button" aria-label={t.packExportOf(nameOf(x))} onClick={() => p.onExport(x.id)} data-testid="pack-export">
                  {t.packExport}
                </button>
                {x.id !== p.localId && (
                  <button type="button" aria-label={t.packRemoveOf(nameOf(x))} onClick={() => p.onRemove(x.id)}>
                    {t.packRemove}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}

      <form
        className="fo-form"
        aria-labelledby="fo-import-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (paste.trim()) p.onImport(paste);
        }}
      >
        <h3 id="fo-import-title">{t.packImport}</h3>
        <div className="fo-field">
          <label htmlFor="fo-pack-file">{t.packImportFile}</label>
          <input
            id="fo-pack-file"
            type="file"
            accept=".json,application/json"
            data-testid="pack-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then(p.onImport);
            }}
          />
        </div>
        <div className="fo-field">
          <label htmlFor="fo-pack-paste">{t.packImportPaste}</label>
          <textarea id="fo-pack-paste" rows={5} className="fo-mono" value={paste} onChange={(e) => setPaste(e.target.value)} data-testid="pack-paste" />
        </div>
        <div className="fo-actions">
          <button type="submit" className="fo-primary" disabled={p.busy || !paste.trim()} data-testid="pack-import">
            {p.busy ? t.packChecking : t.packImportButton}
          </button>
        </div>
        {p.result?.ok === true && (
          <p className="fo-ok" role="status" data-testid="pack-result">
            {p.result.text}
          </p>
        )}
        {p.result?.ok === false && <IssueList title={p.result.title} issues={p.result.issues} testId="pack-issues" />}
      </form>

      {local && (
        <form
          className="fo-form"
          aria-labelledby="fo-share-title"
          onSubmit={(e) => {
            e.preventDefault();
            p.onShareLocal(name.trim() || t.packLocalName, author.trim());
          }}
        >
          <h3 id="fo-share-title">{t.packShare}</h3>
          <div className="fo-grid">
            <div className="fo-field">
              <label htmlFor="fo-share-name">{t.packNameLabel}</label>
              <input id="fo-share-name" type="text" value={name} placeholder={t.packLocalName} onChange={(e) => setName(e.target.value)} data-testid="share-name" />
            </div>
            <div className="fo-field">
              <label htmlFor="fo-share-author">{t.packAuthorLabel}</label>
              <input id="fo-share-author" type="text" value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="share-author" />
            </div>
          </div>
          <div className="fo-actions">
            <button type="submit" data-testid="share-local">
              {t.packExport}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
