import type { CustomRule } from '../../lib/rule-pack/schema';
import { useStrings } from '../strings';

export interface CustomRuleListProps {
  rules: readonly CustomRule[];
  onEdit(id: string): void;
  onDelete(id: string): void;
  onNew(): void;
}

/** The rules written in this browser (the local pack): edit or delete each, or start a new one. */
export function CustomRuleList({ rules, onEdit, onDelete, onNew }: CustomRuleListProps) {
  const t = useStrings();
  return (
    <section aria-labelledby="fo-custom-list" data-testid="custom-rules">
      <h3 id="fo-custom-list">{t.customList}</h3>
      {rules.length === 0 ? (
        <p className="fo-muted">{t.customEmpty}</p>
      ) : (
        <ul className="fo-list" role="list">
          {rules.map((r) => (
            <li key={r.id} data-testid="custom-rule" data-rule-id={r.id}>
              <span className="fo-rule-title">{r.title}</span> <code>{r.id}</code>
              <span className="fo-rule-tools">
                {r.match.type !== 'proximity' && (
                  <button type="button" aria-label={t.customEditOf(r.id)} onClick={() => onEdit(r.id)}>
                    {t.customEdit}
                  </button>
                )}
                <button type="button" aria-label={t.customDeleteOf(r.id)} onClick={() => onDelete(r.id)}>
                  {t.customDelete}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onNew} data-testid="custom-new">
        {t.customNew}
      </button>
    </section>
  );
}
