import type { ReactNode } from 'react';
import type { Severity } from '../../lib/engine/types';
import type { RuleDraft } from '../../lib/rule-pack/draft';
import type { ExampleOutcome } from '../../lib/rule-pack/validate';
import { useStrings } from '../strings';
import { ExampleResults } from './ExampleResults';
import { IssueList } from './IssueList';

export interface FormIssue {
  field?: keyof RuleDraft;
  text: string;
}

export interface RuleFormProps {
  draft: RuleDraft;
  /** The id of the stored rule being edited; undefined for a new rule. */
  editing?: string;
  categories: { id: string; name: string }[];
  levelName(level: Severity): string;
  issues: FormIssue[];
  results?: ExampleOutcome[];
  notice?: string;
  onChange(patch: Partial<RuleDraft>): void;
  onTest(): void;
  onSave(): void;
  onCancel(): void;
}

type TextKey = { [K in keyof RuleDraft]: RuleDraft[K] extends string ? K : never }[keyof RuleDraft];

/** The custom-rule form: what to match, in which context, why (basis), and the examples it is tried on. */
export function RuleForm(p: RuleFormProps) {
  const t = useStrings();
  const d = p.draft;
  const errorsOf = (field: keyof RuleDraft) => p.issues.filter((i) => i.field === field);
  const fieldId = (k: string) => `fo-f-${k}`;

  const field = (k: TextKey, label: string, control: 'input' | 'textarea', extra: { rows?: number; hint?: string; mono?: boolean } = {}): ReactNode => {
    const errors = errorsOf(k);
    const describedBy = [extra.hint ? `${fieldId(k)}-hint` : '', errors.length ? `${fieldId(k)}-err` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id: fieldId(k),
      value: String(d[k]),
      'aria-invalid': errors.length > 0 || undefined,
      'aria-describedby': describedBy,
      'data-testid': `field-${k}`,
      className: extra.mono ? 'fo-mono' : undefined,
      onChange: (e: { target: { value: string } }) => p.onChange({ [k]: e.target.value }),
    };
    return (
      <div className="fo-field">
        <label htmlFor={fieldId(k)}>{label}</label>
        {control === 'input' ? <input type="text" {...common} /> : <textarea rows={extra.rows ?? 3} {...common} />}
        {extra.hint && (
          <span className="fo-muted" id={`${fieldId(k)}-hint`}>
            {extra.hint}
          </span>
        )}
        {errors.length > 0 && (
          <ul className="fo-field-errors" id={`${fieldId(k)}-err`}>
            {errors.map((e, i) => (
              <li key={i}>{e.text}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <form
      className="fo-form"
      aria-labelledby="fo-form-title"
      data-testid="rule-form"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave();
      }}
    >
      <h3 id="fo-form-title">{p.editing ? t.formEdit(p.editing) : t.formNew}</h3>
      <div className="fo-grid">
        {field('id', t.fieldId, 'input', { hint: t.fieldIdHint, mono: true })}
        {field('title', t.fieldTitle, 'input')}
        <div className="fo-field">
          <label htmlFor={fieldId('category')}>{t.fieldCategory}</label>
          <select
            id={fieldId('category')}
            value={d.category}
            aria-invalid={errorsOf('category').length > 0 || undefined}
            data-testid="field-category"
            onChange={(e) => p.onChange({ category: e.target.value })}
          >
            <option value="">{t.fieldCategoryPick}</option>
            {p.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="fo-field">
          <label htmlFor={fieldId('severity')}>{t.fieldSeverity}</label>
          <select
            id={fieldId('severity')}
            value={d.severity}
            data-testid="field-severity"
            onChange={(e) => p.onChange({ severity: (['error', 'warning', 'info'] as const).find((l) => l === e.target.value) ?? '' })}
          >
            <option value="">{t.fieldSeverityDefault}</option>
            {(['error', 'warning', 'info'] as const).map((l) => (
              <option key={l} value={l}>
                {p.levelName(l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="fo-radio">
        <legend>{t.fieldMatchType}</legend>
        {(['phrase', 'pattern'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="fo-match" value={m} checked={d.matchType === m} onChange={() => p.onChange({ matchType: m })} data-testid={`match-${m}`} />
            {m === 'phrase' ? t.matchPhrase : t.matchPattern}
          </label>
        ))}
      </fieldset>
      {d.matchType === 'phrase' ? (
        field('phrases', t.fieldPhrases, 'textarea')
      ) : (
        <>
          {field('patterns', t.fieldPatterns, 'textarea', { mono: true })}
          {field('anchors', t.fieldAnchors, 'textarea')}
        </>
      )}
      <fieldset className="fo-gates">
        <legend>{t.fieldGates}</legend>
        {(
          [
            ['prohibition', t.gateProhibition],
            ['encouragement', t.gateEncouragement],
            ['quotation', t.gateQuotation],
          ] as const
        ).map(([k, label]) => (
          <label key={k}>
            <input type="checkbox" checked={d[k]} onChange={(e) => p.onChange({ [k]: e.target.checked })} data-testid={`gate-${k}`} />
            {label}
          </label>
        ))}
        <label>
          {t.gateCitation}
          <select
            value={d.citation}
            data-testid="gate-citation"
            onChange={(e) => p.onChange({ citation: (['info', 'suppress', 'none'] as const).find((c) => c === e.target.value) ?? 'info' })}
          >
            <option value="info">{t.citationInfo}</option>
            <option value="suppress">{t.citationSuppress}</option>
            <option value="none">{t.citationNone}</option>
          </select>
        </label>
        {field('unless', t.fieldUnless, 'textarea', { rows: 2, mono: true })}
      </fieldset>
      {field('message', t.fieldMessage, 'textarea', { rows: 2 })}
      {field('suggestion', t.fieldSuggestion, 'textarea', { rows: 2 })}
      {field('basis', t.fieldBasis, 'textarea', { rows: 2 })}
      {field('bad', t.fieldBad, 'textarea', { rows: 4 })}
      {field('good', t.fieldGood, 'textarea', { rows: 4 })}
      {p.issues.length > 0 && <IssueList title={t.formInvalid(p.issues.length)} issues={p.issues.map((i) => i.text)} testId="form-issues" />}
      {p.notice && (
        <p className="fo-ok" role="status" data-testid="form-notice">
          {p.notice}
        </p>
      )}
      {p.results && <ExampleResults results={p.results} />}
      <div className="fo-actions">
        <button type="button" onClick={p.onTest} data-testid="rule-test">
          {t.formTest}
        </button>
        <button type="submit" className="fo-primary" data-testid="rule-save">
          {t.formSave}
        </button>
        <button type="button" onClick={p.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
