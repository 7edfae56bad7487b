"use client";
// A one-button form (無効にする, 受付, 発行, 受領確認, コピーして新規作成 …): no fields, the ids of the record
// in `hidden`, the outcome above or beside the button.
import { z } from "zod/mini";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import type { ActionResult } from "@/lib/action-result";

const NO_FIELDS = z.object({});

export function ActionButton(props: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  confirmText?: string;
  className?: string;
  buttonClassName?: string;
  /** The button's accessible name, where its text alone is ambiguous (one per table row). */
  "aria-label"?: string;
  /** For a panel that shows one message for several buttons: the answer goes there instead. */
  onResult?: (result: ActionResult<unknown>) => void;
}) {
  return (
    <ActionForm
      schema={NO_FIELDS}
      action={props.action}
      hidden={props.hidden}
      submitLabel={props.label}
      confirmText={props.confirmText}
      className={props.className ?? "inline-form"}
      buttonClassName={props.buttonClassName}
      aria-label={props["aria-label"] ?? props.label}
      submitAriaLabel={props["aria-label"]}
      onResult={props.onResult}
      hideMessage={Boolean(props.onResult)}
    />
  );
}
