import { memo } from 'react';
import type { DocType, Severity } from '../../lib/engine/types';
import type { RuleView } from '../../lib/rule-library';
import { useStrings } from '../strings';
import { RuleDetail } from './RuleDetail';
import { Switch } from './Switch';

export interface RuleRowProps {
  view: RuleView;
  on: boolean;
  /** The whole category is off: the rule's own switch is moot. */
  categoryOff: boolean;
  severity?: Severity;
  limits: readonly DocType[];
  expanded: boolean;
  docTypeNames: Record<DocType, string>;
  levelName(level: Severity | 'off'): string;
  lawHref(law: string, article?: string): string;
  onToggle(id: string, on: boolean): void;
  onSeverity(id: string, severity: Severity | undefined): void;
  onDocTypes(id: string, types: DocType[]): void;
  onExpand(id: string): void;
}

const LEVELS: Severity[] = ['error', 'warning', 'info'];

function RuleRowView(p: RuleRowProps) {
  const t = useStrings();
  const v = p.view;
  const detailId = `fo-rule-${v.id}`;
  const effective = p.severity ?? v.severity;
  return (
    <li className={`fo-rule${p.on && !p.categoryOff ? '' : ' fo-off'}`} data-testid="rule" data-rule-id={v.id} data-on={p.on && !p.categoryOff} data-severity={effective}>
      <div className="fo-rule-head">
        <Switch checked={p.on} disabled={p.categoryOff} label={t.ruleSwitch(v.title)} onChange={(on) => p.onToggle(v.id, on)} testId="rule-switch" />
        <span className={`fo-chip fo-sev-${effective}`}>{p.levelName(effective)}</span>
        <span className="fo-rule-title">{v.title}</span>
        {v.pack && (
          <span className="fo-badge" title={t.ruleFromPack(v.pack.name)}>
            {t.ruleCustom}
          </span>
        )}
        {p.limits.length > 0 && <span className="fo-badge">{t.ruleLimited}</span>}
        <span className="fo-rule-tools">
          <select
            aria-label={t.ruleSeverityOf(v.title)}
            value={p.severity ?? ''}
            data-testid="rule-severity"
            onChange={(e) => p.onSeverity(v.id, LEVELS.find((l) => l === e.target.value))}
          >
            <option value="">{t.severityDefault(p.levelName(v.severity))}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {p.levelName(l)}
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-expanded={p.expanded}
            aria-controls={p.expanded ? detailId : undefined}
            aria-label={t.ruleDetailsOf(p.expanded ? t.ruleHide : t.ruleShow, v.title)}
            data-testid="rule-expand"
            onClick={() => p.onExpand(v.id)}
          >
            {p.expanded ? t.ruleHide : t.ruleShow}
          </button>
        </span>
      </div>
      {p.expanded && (
        <RuleDetail
          view={v}
          id={detailId}
          limits={p.limits}
          docTypeNames={p.docTypeNames}
          levelName={p.levelName}
          lawHref={p.lawHref}
          onDocTypes={(types) => p.onDocTypes(v.id, types)}
        />
      )}
    </li>
  );
}

export const RuleRow = memo(RuleRowView);
