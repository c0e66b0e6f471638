import { useId, type ReactNode } from 'react';
import type { FormField } from '@contract/dossiers';
import { vietnamDateKey } from '@/shared/format';
import type { FieldDraftValue } from '../state';

/** Label, hint and error around one input; the error is tied to the input for screen readers. */
export function FieldShell({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`dsr-field${error ? ' dsr-field--error' : ''}`}>
      <label htmlFor={id} className="dsr-label">
        {label}
        {required ? (
          <span className="dsr-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : (
          <span className="lc-muted dsr-optional"> (không bắt buộc)</span>
        )}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="dsr-hint lc-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="dsr-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const describedBy = (id: string, error?: string, hint?: string) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

/** One field of a procedure's own form, by its type. */
export function ProcedureFieldInput({
  field,
  value,
  error,
  onChange,
  onBlur,
}: {
  field: FormField;
  value: FieldDraftValue | undefined;
  error?: string;
  onChange: (value: FieldDraftValue) => void;
  onBlur: () => void;
}) {
  const id = `f-${useId().replace(/:/g, '')}-${field.name}`;
  const common = {
    id,
    name: field.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, field.hint),
    'aria-required': field.required || undefined,
    onBlur,
  };
  if (field.type === 'checkbox') {
    return (
      <div className={`dsr-field dsr-check${error ? ' dsr-field--error' : ''}`}>
        <label className="dsr-check-label">
          <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <span>
            {field.label}
            {field.required && <span className="dsr-required" aria-hidden="true"> *</span>}
          </span>
        </label>
        {error && (
          <p id={`${id}-error`} className="dsr-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  const text = value === null || value === undefined || typeof value === 'boolean' ? '' : String(value);
  let input: ReactNode;
  if (field.type === 'textarea') {
    input = <textarea {...common} className="dsr-input" rows={4} value={text} maxLength={field.maxLength} placeholder={field.placeholder} onChange={(e) => onChange(e.target.value)} />;
  } else if (field.type === 'select') {
    input = (
      <select {...common} className="dsr-input" value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">— Chọn —</option>
        {(field.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'date') {
    const today = vietnamDateKey(new Date());
    input = (
      <input
        {...common}
        type="date"
        className="dsr-input"
        value={text}
        max={field.when === 'past' ? today : undefined}
        min={field.when === 'future' ? today : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    const numeric = field.type === 'number' || field.pattern?.regex === '^\\d{12}$' || field.pattern?.regex === '^\\d{10}$';
    input = (
      <span className="dsr-input-wrap">
        <input
          {...common}
          type="text"
          className="dsr-input"
          inputMode={field.type === 'number' ? (field.integer ? 'numeric' : 'decimal') : numeric ? 'numeric' : undefined}
          autoComplete="off"
          value={text}
          maxLength={field.type === 'text' ? field.maxLength : undefined}
          placeholder={field.placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
        {field.unit && <span className="dsr-unit">{field.unit}</span>}
      </span>
    );
  }
  return (
    <FieldShell id={id} label={field.label} required={field.required} hint={field.hint} error={error}>
      {input}
    </FieldShell>
  );
}
