"use client";
// Small pieces every field of the 保証申込 form shares: the 必須 badge, the 「?」 help, the message.
import Link from "next/link";
import { useId, useState } from "react";
import { E_GUARANTEE_ORDERING_BODIES_HREF, isEGuaranteeNotEnabledMessage } from "@/lib/schemas/application-messages";

/** Seen, not read out: the control itself says it is required (aria-required). */
export function RequiredBadge() {
  return (
    <span className="badge badge--required" aria-hidden="true">
      必須
    </span>
  );
}

export const fieldId = (name: string) => `field-${name}`;
export const errorId = (name: string) => `field-${name}-error`;
export const helpId = (name: string) => `field-${name}-help`;

/** 「?」: a button (so keyboard users reach it) that shows the field's explanation below it. */
export function HelpToggle({ name, label, text }: { name: string; label: string; text: string | undefined }) {
  const [open, setOpen] = useState(false);
  if (!text) return null;
  return (
    <>
      <button
        type="button"
        className="help-toggle"
        aria-label={`${label}のヘルプ`}
        aria-expanded={open}
        aria-controls={helpId(name)}
        onClick={() => setOpen((v) => !v)}
      >
        ?
      </button>
      <p id={helpId(name)} className="help-text" hidden={!open}>
        {text}
      </p>
    </>
  );
}

export function FieldError({ name, message }: { name: string; message: string | undefined }) {
  const key = useId();
  if (!message) return null;
  return (
    <p id={errorId(name)} className="field-error" key={key}>
      {message}
      {isEGuaranteeNotEnabledMessage(message) && (
        <>
          {" "}
          <Link href={E_GUARANTEE_ORDERING_BODIES_HREF}>電子保証対応の発注者一覧</Link>
        </>
      )}
    </p>
  );
}

/** aria-describedby for a control: its message first (read on focus), then its help. */
export function describedBy(name: string, hasError: boolean, hasHelp: boolean): string | undefined {
  const ids = [hasError && errorId(name), hasHelp && helpId(name)].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
