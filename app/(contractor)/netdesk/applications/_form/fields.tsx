"use client";
// The form's controls, bound to react-hook-form. Each control's accessible name is exactly its
// label (APPLICATION_LABELS); the 必須 badge, unit and 「?」 sit outside the <label>.
import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";
import { parseDateInput } from "@/lib/domain/date-input";
import { formatWareki } from "@/lib/domain/wareki";
import { tidyYenInput } from "@/lib/domain/yen";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { APPLICATION_LABELS, type ApplicationField } from "@/lib/domain/application-labels";
import { FieldError, FieldRow as SharedFieldRow } from "@/components/form/field-parts";
import { useControlProps } from "@/components/form/field-ids";
import { RadioField as SharedRadioField, SelectField as SharedSelectField, TextAreaField as SharedTextAreaField } from "@/components/form/inputs";
import { EGuaranteeListLink } from "./e-guarantee-list-link";
import { HELP_TEXTS, qaHrefFor } from "./help-texts";

type Common = { name: ApplicationField; required?: boolean; note?: React.ReactNode };

function useFieldState(name: ApplicationField, required?: boolean, note?: React.ReactNode) {
  const form = useFormContext<TApplicationFormValues>();
  const message = form.formState.errors[name]?.message;
  const text = HELP_TEXTS[name];
  // Each 「?」 ends with the Q&A it belongs to (the field's own question where there is one, else this screen's).
  const help = text ? (
    <>
      {text} <Link href={qaHrefFor(name)}>関連するQ&amp;A</Link>
    </>
  ) : undefined;
  const label = APPLICATION_LABELS[name];
  return {
    form,
    message,
    help,
    label,
    /** FieldRow's props. */
    row: { name, label, required, help, message, note },
    /** The control's id and ARIA state: its label, 必須, whether it is invalid and what describes it. */
    control: useControlProps(name, { required, error: message, help: Boolean(help) }),
  };
}

/** A row of the shared layout (label on the left, control, unit, 「?」 and message on the right). */
function FieldRow({ message, ...props }: Common & { label: string; control: React.ReactNode; help?: React.ReactNode; message?: string }) {
  return <SharedFieldRow {...props} message={message} messageExtra={<EGuaranteeListLink message={message} />} />;
}

type TextProps = Common & {
  type?: "text" | "email" | "tel";
  inputMode?: "numeric" | "text" | "email" | "tel";
  unit?: string;
  size?: "xs" | "s" | "m" | "l";
  autoComplete?: string;
  /** Rewrites what was typed (全角, 〒 hyphen) as the user types. */
  convert?: (value: string) => string;
  /** Tidies the value when the user leaves the field (amount separators). */
  tidy?: (value: string) => string;
};

export function TextField({ name, required, note, type = "text", inputMode, unit, size = "m", autoComplete = "off", convert, tidy }: TextProps) {
  const { form, row, control } = useFieldState(name, required, note);
  const registered = form.register(name as "projectName");
  const rewrite = (el: HTMLInputElement, fn: (v: string) => string) => {
    const next = fn(el.value);
    if (next === el.value) return;
    // Keep the caret where it was, counted on the converted text before it.
    const caret = fn(el.value.slice(0, el.selectionStart ?? el.value.length)).length;
    el.value = next;
    if (document.activeElement === el) el.setSelectionRange(caret, caret);
  };
  return (
    <FieldRow
      {...row}
      control={
        <>
          <input
            {...control}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            className={`input--${size}`}
            {...registered}
            onChange={(e) => {
              // Not while an IME is composing: converting then would break the composition.
              if (convert && !(e.nativeEvent as InputEvent).isComposing) rewrite(e.target, convert);
              return registered.onChange(e);
            }}
            onCompositionEnd={(e) => {
              if (!convert) return;
              rewrite(e.currentTarget, convert);
              void registered.onChange({ target: e.currentTarget, type: "change" });
            }}
            onBlur={(e) => {
              if (tidy) rewrite(e.target, tidy);
              if (tidy) void registered.onChange(e);
              return registered.onBlur(e);
            }}
          />
          {unit && <span className="field__unit">{unit}</span>}
        </>
      }
    />
  );
}

export function AmountField(props: Omit<TextProps, "inputMode" | "tidy">) {
  return <TextField inputMode="numeric" size="s" unit="円" tidy={tidyYenInput} {...props} />;
}

/** A date typed as 20221031 or 2022/10/31 (or picked from the calendar), with its 和暦 beside it. */
export function DateField({ name, required, note }: Common) {
  const { form, label, row, control } = useFieldState(name, required, note);
  const value = useWatch({ control: form.control, name: name as "periodFrom" });
  const parsed = typeof value === "string" ? parseDateInput(value) : null;
  const iso = parsed?.ok ? `${parsed.value.year}-${String(parsed.value.month).padStart(2, "0")}-${String(parsed.value.day).padStart(2, "0")}` : "";
  const registered = form.register(name as "periodFrom");
  return (
    <FieldRow
      {...row}
      control={
        <>
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="例: 20221031"
            className="input--date"
            {...registered}
          />
          <input
            type="date"
            className="date-picker"
            aria-label={`${label}をカレンダーから選ぶ`}
            value={iso}
            onChange={(e) => {
              const picked = e.target.value.replace(/-/g, "/");
              form.setValue(name as "periodFrom", picked, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
            }}
          />
          <span className="wareki" aria-live="polite">
            {parsed?.ok ? formatWareki(parsed.value) : ""}
          </span>
        </>
      }
    />
  );
}

type Option = { value: string; label: string };

/** Radio buttons in a fieldset whose legend is the label; each option is named by its text. */
export function ChoiceGroup({ name, required, note, options, legend }: Common & { options: Option[]; legend?: string }) {
  const { message, help, label } = useFieldState(name);
  return (
    <SharedRadioField
      name={name}
      label={legend ?? label}
      required={required}
      help={help}
      note={note}
      options={options}
      messageExtra={<EGuaranteeListLink message={message} />}
    />
  );
}

export function SelectField({ name, required, note, options }: Common & { options: Option[] }) {
  const { help, label } = useFieldState(name);
  return <SharedSelectField name={name} label={label} required={required} help={help} note={note} options={options} />;
}

/** A value this form may not change (申込送信先 of a returned application): shown read-only under its
 * label, and sent as it was loaded (a hidden input keeps it in the form's values). */
export function LockedField({ name, text, note }: Common & { text: string }) {
  const { form, row, control } = useFieldState(name, false, note);
  return (
    <FieldRow
      {...row}
      control={
        <>
          <input {...control} type="text" className="input--l" value={text} readOnly />
          <input type="hidden" {...form.register(name as "branchId")} />
        </>
      }
    />
  );
}

export function TextAreaField({ name }: { name: ApplicationField }) {
  return <SharedTextAreaField name={name} label={APPLICATION_LABELS[name]} rows={4} />;
}

/** 前払金保証を申し込む / 契約保証を申し込む */
export function ApplyCheckbox({ name }: { name: "advanceRequested" | "contractGuaranteeRequested" }) {
  const { form, message, label } = useFieldState(name);
  const control = useControlProps(name, { error: message });
  return (
    <div className="apply-checkbox">
      <input {...control} type="checkbox" {...form.register(name)} />
      <label htmlFor={control.id}>{label}</label>
      <FieldError name={name} message={message} />
    </div>
  );
}
