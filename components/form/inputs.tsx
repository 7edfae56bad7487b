"use client";
// Controls bound to the surrounding react-hook-form (ActionForm or the 保証申込 form), each in a
// FieldRow with its label, 必須, hint, 「?」 and the message of its field (browser or server).
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useControlProps } from "./field-ids";
import { FieldGroup, FieldRow, FieldHint, FieldError } from "./field-parts";

type Common = { name: string; label: string; required?: boolean; hint?: ReactNode; help?: ReactNode; note?: ReactNode; /** After the message text (e.g. a link to a list). */ messageExtra?: ReactNode };

/** The field's message (browser or server) and the control's id, ARIA state and registration. */
function useField(field: Common) {
  const form = useFormContext();
  // getFieldState reads nested names too ("lines.0.advanceAmount": one row of a list of lines).
  const error = form.getFieldState(field.name, form.formState).error?.message;
  const message = typeof error === "string" ? error : undefined;
  const aria = useControlProps(field.name, { required: field.required, error: message, hint: Boolean(field.hint), help: Boolean(field.help) });
  return { form, message, control: { ...aria, ...form.register(field.name) } };
}

export type Option = { value: string; label: string };

export function TextField({
  type = "text",
  inputMode,
  autoComplete,
  placeholder,
  size,
  maxLength,
  className,
  ...field
}: Common & {
  type?: "text" | "email" | "tel" | "password" | "date";
  inputMode?: "numeric" | "text" | "email" | "tel";
  autoComplete?: string;
  placeholder?: string;
  size?: "xs" | "s" | "m" | "l";
  maxLength?: number;
  className?: string;
}) {
  const { message, control } = useField(field);
  return (
    <FieldRow
      {...field}
      message={message}
      control={
        <input
          {...control}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? (type === "password" ? "current-password" : "off")}
          placeholder={placeholder}
          maxLength={maxLength}
          className={[size && `input--${size}`, className].filter(Boolean).join(" ") || undefined}
        />
      }
    />
  );
}

export function TextAreaField({ rows = 3, maxLength, placeholder, ...field }: Common & { rows?: number; maxLength?: number; placeholder?: string }) {
  const { message, control } = useField(field);
  return (
    <FieldRow
      {...field}
      message={message}
      control={
        <textarea
          {...control}
          rows={rows}
          maxLength={maxLength}
          placeholder={placeholder}
        />
      }
    />
  );
}

/** `groups` shows the options under headings (<optgroup>), e.g. 書類送信's 添付先 by kind of record. */
export function SelectField({ options, groups, ...field }: Common & { options?: readonly Option[]; groups?: readonly { label: string; options: readonly Option[] }[] }) {
  const { message, control } = useField(field);
  const list = (items: readonly Option[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldRow
      {...field}
      message={message}
      control={
        <select {...control}>
          <option value="">選択してください</option>
          {list(options ?? [])}
          {groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {list(g.options)}
            </optgroup>
          ))}
        </select>
      }
    />
  );
}

/** Radio buttons in a fieldset whose legend is the label; each option is named by its text. */
export function RadioField({ options, ...field }: Common & { options: readonly Option[] }) {
  const { message, control } = useField(field);
  return (
    <FieldGroup
      {...field}
      message={message}
      control={
        <span className="choices">
          {options.map((option, index) => {
            const id = index === 0 ? control.id : `${control.id}-${option.value}`;
            // The fieldset says what describes the group; each radio keeps only its own state.
            const { "aria-describedby": _describedBy, "aria-required": _required, ...radio } = control;
            return (
              <span key={option.value} className="choice">
                <input {...radio} id={id} type="radio" value={option.value} />
                <label htmlFor={id}>{option.label}</label>
              </span>
            );
          })}
        </span>
      }
    />
  );
}

/** One checkbox: its label is beside it. */
export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: ReactNode }) {
  const { message, control } = useField({ name, label, hint });
  return (
    <div className={`field field--checkbox${message ? " field--invalid" : ""}`}>
      <div className="field__control">
        <div className="field__line">
          <input type="checkbox" {...control} />
          <label htmlFor={control.id}>{label}</label>
        </div>
        <FieldHint name={name} hint={hint} />
        <FieldError name={name} message={message} />
      </div>
    </div>
  );
}

/** A file to send (書類送信): the browser's picker; what is accepted is said in the hint and checked by the server from the bytes. */
export function FileField({ accept, ...field }: Common & { accept?: string }) {
  const { message, control } = useField(field);
  return <FieldRow {...field} message={message} control={<input {...control} type="file" accept={accept} />} />;
}
