"use client";
// Every form of the portal: react-hook-form with the form's zod schema (zodResolver) in the browser,
// the same schema again on the server (the use case behind the action), and one ActionResult back
// (lib/server/server-action.ts). What the user typed stays in the form after every error, the
// server's included: the server's field messages are set on the fields they name, and focus moves
// to the first of them. Fields are the controls of ./inputs.tsx (or any control using FormProvider).
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import type { ActionResult } from "@/lib/action-result";
import { INPUT_ERROR_MESSAGE } from "@/lib/errors";
import { FieldIdPrefix } from "./field-ids";
import { FormMessage } from "./form-message";

export const CONNECTION_ERROR = "サーバーに接続できませんでした。入力内容はそのまま残っています。通信環境をご確認のうえ、もう一度お試しください。";

/** A server action from serverAction() (or a client function of the same shape, such as sign-in). */
export type FormAction<T = unknown> = {
  (payload: unknown): Promise<ActionResult<T>>;
  (previous: ActionResult<T>, payload: unknown): Promise<ActionResult<T>>;
};

type Props<S extends z.core.$ZodType<unknown, FieldValues>, T> = {
  schema: S;
  action: FormAction<T>;
  defaultValues?: Record<string, unknown>;
  /** Sent with the fields but not shown: ids of the record the form acts on. */
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  /** Asked before sending, for steps that cannot be undone. */
  confirmText?: string;
  /** Clear the fields after a success (invitations); a saved record's form keeps its values. */
  resetOnSuccess?: boolean;
  onSuccess?: (result: Extract<ActionResult<T>, { status: "ok" }>) => void;
  /** Every answer, for a panel that shows one message for several forms (then set hideMessage). */
  onResult?: (result: ActionResult<T>) => void;
  hideMessage?: boolean;
  /** The button's accessible name, where its text alone is ambiguous (one per table row). */
  submitAriaLabel?: string;
  className?: string;
  buttonClassName?: string;
  /** Stacked (label above the control) for narrow forms; the 保証申込-style two columns otherwise. */
  layout?: "stacked" | "wide";
  "aria-label"?: string;
  /** Prefix of the fields' ids; give one where a page has two forms with the same field names. */
  idPrefix?: string;
  children?: ReactNode;
};

/** Focus the first field marked invalid, in the order the page shows them. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  });
}

export function ActionForm<S extends z.core.$ZodType<unknown, FieldValues>, T>(props: Props<S, T>) {
  const form = useForm<z.input<S>>({
    resolver: zodResolver(props.schema as never) as unknown as Resolver<z.input<S>>,
    defaultValues: props.defaultValues as DefaultValues<z.input<S>>,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [result, setResult] = useState<ActionResult<T>>({ status: "idle" });
  // Without JavaScript the browser posts the form to the action itself, and the page comes back
  // rendered with its answer (React's progressive enhancement); with it, onSubmit below sends the
  // values through react-hook-form and `result` holds the answer.
  const [postedResult, postForm] = useActionState<ActionResult<T>, FormData>(props.action, { status: "idle" });
  const shown = result.status === "idle" ? postedResult : result;
  const [element, setElement] = useState<HTMLFormElement | null>(null);
  // The record the form edits changed on the server (after a save, or a colleague's change shown
  // on the page's refresh): show its new values.
  const defaultsKey = JSON.stringify(props.defaultValues ?? null);
  const shownDefaults = useRef(defaultsKey);
  useEffect(() => {
    if (shownDefaults.current === defaultsKey) return; // not on mount: a child may have filled the form
    shownDefaults.current = defaultsKey;
    form.reset(props.defaultValues as DefaultValues<z.input<S>>);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the values' content, not their identity
  }, [defaultsKey]);

  const submit = form.handleSubmit(
    async () => {
      if (props.confirmText && !window.confirm(props.confirmText)) return;
      let answer: ActionResult<T> | undefined;
      try {
        answer = await props.action({ ...form.getValues(), ...props.hidden });
      } catch {
        answer = { status: "error", message: CONNECTION_ERROR, fieldErrors: {} };
      }
      if (!answer) return; // the action redirected
      setResult(answer);
      props.onResult?.(answer);
      if (answer.status === "error") {
        for (const [name, message] of Object.entries(answer.fieldErrors)) form.setError(name as never, { type: "server", message });
        focusFirstInvalid(element);
      } else if (answer.status === "ok") {
        if (props.resetOnSuccess) form.reset(props.defaultValues as DefaultValues<z.input<S>>);
        props.onSuccess?.(answer);
      }
    },
    () => {
      // The same summary the server gives, above the fields; each field says what is wrong.
      setResult({ status: "error", message: INPUT_ERROR_MESSAGE, fieldErrors: {} });
      focusFirstInvalid(element);
    },
  );

  const stacked = (props.layout ?? "stacked") === "stacked";
  return (
    <FormProvider {...form}>
      <form ref={setElement} action={postForm} onSubmit={submit} noValidate aria-label={props["aria-label"]} className={[stacked ? "form--stacked" : "form--wide", props.className].filter(Boolean).join(" ")}>
        {!props.hideMessage && <FormMessage result={shown} />}
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FieldIdPrefix.Provider value={props.idPrefix ?? "field-"}>{props.children}</FieldIdPrefix.Provider>
        <button className={props.buttonClassName ?? "button"} type="submit" disabled={form.formState.isSubmitting} aria-label={props.submitAriaLabel}>
          {form.formState.isSubmitting && props.pendingLabel ? props.pendingLabel : props.submitLabel}
        </button>
      </form>
    </FormProvider>
  );
}
