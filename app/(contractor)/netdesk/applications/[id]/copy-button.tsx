"use client";
import { ActionButton } from "@/components/action-button";
import { copyApplicationAction } from "../_actions/copy-application-action";

/** コピーして新規作成: the copy opens as a new draft. */
export function CopyButton({ sourceId, label = "コピーして新規作成" }: { sourceId: string; label?: string }) {
  return <ActionButton action={copyApplicationAction} hidden={{ sourceId }} label={label} className="inline-form" buttonClassName="button button--secondary button--small" />;
}
