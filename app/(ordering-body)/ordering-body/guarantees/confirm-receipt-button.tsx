"use client";

import { useActionState } from "react";
import { confirmReceiptAction } from "./actions";

export function ConfirmReceiptButton({ guaranteeId, contractNumber }: { guaranteeId: string; contractNumber: string }) {
  const [state, action, pending] = useActionState(confirmReceiptAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="guaranteeId" value={guaranteeId} />
      <button type="submit" className="button button--secondary" disabled={pending} aria-label={`${contractNumber} の受領確認をする`}>
        受領確認する
      </button>
      {state && !state.ok && (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
