export interface SwitchProps {
  checked: boolean;
  /** The accessible name (what is switched on). */
  label: string;
  disabled?: boolean;
  onChange(checked: boolean): void;
  testId?: string;
}

/** An on/off switch: a button with role="switch" (Space and Enter toggle it). */
export function Switch({ checked, label, disabled, onChange, testId }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      title={label}
      disabled={disabled}
      className="fo-switch"
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span className="fo-switch-knob" aria-hidden="true" />
    </button>
  );
}
