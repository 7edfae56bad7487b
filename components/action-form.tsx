"use client";

// A form bound to a server action (useActionState). Each field shows its label, a 必須 badge
// when required, and the server's Japanese message right beside it. Works without JavaScript too.
import { useActionState } from "react";
import { type FormState, IDLE_FORM } from "@/lib/forms/form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "tel" | "password" | "checkbox" | "select" | "number";
  required?: boolean;
  defaultValue?: string | boolean;
  options?: readonly { value: string; label: string }[];
  autoComplete?: string;
  hint?: string;
  placeholder?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  size?: "short" | "long";
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string>;
  className?: string;
  compact?: boolean; // one line (e.g. a 無効にする button in a table)
  secondary?: boolean;
};

export function ActionForm({ action, fields, submitLabel, hidden, className, compact, secondary }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM);
  const valueOf = (field: FieldSpec) =>
    state.status === "error" && state.values && field.type !== "password" ? state.values[field.name] : undefined;

  return (
    <form action={formAction} key={state.submission ?? 0} noValidate className={className}>
      {state.message && (
        <div className={state.status === "error" ? "alert alert--error" : "alert alert--info"} role={state.status === "error" ? "alert" : "status"}>
          {state.message}
        </div>
      )}
      {hidden && Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {fields.map((field) => (
        <Field key={field.name} field={field} submitted={valueOf(field)} hasErrors={state.status === "error"} error={state.fieldErrors?.[field.name]} />
      ))}
      <button className={secondary ? "button button--secondary" : "button"} type="submit" disabled={pending}>
        {pending && !compact ? "送信中…" : submitLabel}
      </button>
    </form>
  );
}

function Field({ field, submitted, hasErrors, error }: { field: FieldSpec; submitted?: string; hasErrors: boolean; error?: string }) {
  const id = `field-${field.name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, field.hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": field.required || undefined,
  };

  if (field.type === "checkbox") {
    const checked = hasErrors ? submitted === "on" : Boolean(field.defaultValue);
    return (
      <div className="form-row form-row--checkbox">
        <label htmlFor={id}>
          <input type="checkbox" {...common} defaultChecked={checked} /> {field.label}
        </label>
        {field.hint && <p className="field-hint" id={hintId}>{field.hint}</p>}
        {error && <p className="field-error" id={errorId}>{error}</p>}
      </div>
    );
  }

  const value = submitted ?? (typeof field.defaultValue === "string" ? field.defaultValue : "");
  return (
    <div className="form-row">
      <label htmlFor={id}>
        {field.label}
        {field.required && <span className="badge badge--required">必須</span>}
      </label>
      {field.type === "select" ? (
        <select {...common} defaultValue={value}>
          <option value="">選択してください</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          className={field.size === "short" ? "input--short" : field.size === "long" ? "input--long" : undefined}
          type={field.type === "number" ? "text" : (field.type ?? "text")}
          inputMode={field.inputMode ?? (field.type === "number" ? "numeric" : undefined)}
          defaultValue={field.type === "password" ? undefined : value}
          autoComplete={field.autoComplete}
          placeholder={field.placeholder}
        />
      )}
      {field.hint && <p className="field-hint" id={hintId}>{field.hint}</p>}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </div>
  );
}
