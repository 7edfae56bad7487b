"use client";
// The pieces every field of every form shares: the label with its 必須 badge, the 「?」 help, the hint,
// the message next to the control. Inputs (inputs.tsx) and the 保証申込 form's own controls use them.
import { useState, type ReactNode } from "react";
import { useFieldIds } from "./field-ids";

/** Seen, not read out: the control itself says it is required (aria-required). */
export function RequiredBadge() {
  return (
    <span className="badge badge--required" aria-hidden="true">
      必須
    </span>
  );
}

/** 「?」: a button (so keyboard users reach it) that shows the field's explanation below it. */
export function HelpToggle({ name, label, text }: { name: string; label: string; text: ReactNode | undefined }) {
  const [open, setOpen] = useState(false);
  const ids = useFieldIds(name);
  if (!text) return null;
  return (
    <>
      <button type="button" className="help-toggle" aria-label={`${label}のヘルプ`} aria-expanded={open} aria-controls={ids.help} onClick={() => setOpen((v) => !v)}>
        ?
      </button>
      <div id={ids.help} className="help-text" hidden={!open}>
        {text}
      </div>
    </>
  );
}

/** The field's message; `children` adds a link after it where one helps (e.g. to a list). */
export function FieldError({ name, message, children }: { name: string; message: string | undefined; children?: ReactNode }) {
  const ids = useFieldIds(name);
  if (!message) return null;
  return (
    <p id={ids.error} className="field-error">
      {message}
      {children}
    </p>
  );
}

export function FieldHint({ name, hint }: { name: string; hint: ReactNode | undefined }) {
  const ids = useFieldIds(name);
  if (!hint) return null;
  return (
    <p id={ids.hint} className="field__note">
      {hint}
    </p>
  );
}

export type FieldRowProps = {
  name: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  hint?: ReactNode;
  message?: string;
  /** Shown under the control, before the message (e.g. a live ratio). */
  note?: ReactNode;
  /** After the message text, inside it. */
  messageExtra?: ReactNode;
  control: ReactNode;
};

/** The right-hand side of a field: the control with its 「?」, then hint, note and message. */
function FieldBody({ name, label, help, hint, message, note, messageExtra, control }: FieldRowProps) {
  return (
    <div className="field__control">
      <div className="field__line">
        {control}
        <HelpToggle name={name} label={label} text={help} />
      </div>
      <FieldHint name={name} hint={hint} />
      {note}
      <FieldError name={name} message={message}>
        {messageExtra}
      </FieldError>
    </div>
  );
}

/** One field: label (and 必須) beside or above the control, then 「?」, hint, note and message. */
export function FieldRow(props: FieldRowProps) {
  const ids = useFieldIds(props.name);
  return (
    <div className={`field${props.message ? " field--invalid" : ""}`}>
      <div className="field__label">
        <label htmlFor={ids.control}>{props.label}</label>
        {props.required && <RequiredBadge />}
      </div>
      <FieldBody {...props} />
    </div>
  );
}

/** A group of radio buttons or checkboxes: the legend is the label. */
export function FieldGroup(props: FieldRowProps) {
  const ids = useFieldIds(props.name);
  const described = [props.message && ids.error, props.hint && ids.hint, props.help && ids.help].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`field field--group${props.message ? " field--invalid" : ""}`} aria-describedby={described}>
      <legend className="field__label">
        <span>{props.label}</span>
        {props.required && <RequiredBadge />}
      </legend>
      <FieldBody {...props} />
    </fieldset>
  );
}
