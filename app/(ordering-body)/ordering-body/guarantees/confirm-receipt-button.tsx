"use client";
import { ActionButton } from "@/components/action-button";
import { confirmReceiptAction } from "./actions";

export function ConfirmReceiptButton({ guaranteeId, contractNumber }: { guaranteeId: string; contractNumber: string }) {
  return (
    <ActionButton
      action={confirmReceiptAction}
      hidden={{ guaranteeId }}
      label="受領確認する"
      buttonClassName="button button--secondary"
      aria-label={`${contractNumber} の受領確認をする`}
    />
  );
}
