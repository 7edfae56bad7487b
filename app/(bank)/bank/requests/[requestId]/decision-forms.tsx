"use client";
// The bank's forms for one 依頼中 line: 払出済 (払出日 defaulting to today, 払出額 to the amount asked) and,
// folded away, 差戻し with its reason.
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField, TextField } from "@/components/form/inputs";
import { ZPayPayoutLine, ZReturnPayoutLine } from "@/lib/schemas/payout-request";
import { payPayoutLineAction, returnPayoutLineAction } from "./actions";

export function PayoutDecisionForms({ requestId, lineId, itemLabel, amount, today }: { requestId: string; lineId: string; itemLabel: string; amount: string; today: string }) {
  const hidden = { requestId, lineId };
  return (
    <div className="payout-decision">
      <ActionForm
        schema={ZPayPayoutLine}
        action={payPayoutLineAction}
        hidden={hidden}
        defaultValues={{ paidOn: today, paidAmount: amount }}
        submitLabel="払出済にする"
        submitAriaLabel={`${itemLabel} を払出済にする`}
        aria-label={`${itemLabel} の払出`}
        idPrefix={`pay-${lineId}-`}
      >
        <TextField name="paidOn" label="払出日" type="date" required size="m" />
        <TextField name="paidAmount" label="払出額（円）" inputMode="numeric" required size="m" />
      </ActionForm>
      <details>
        <summary>差し戻す</summary>
        <ActionForm
          schema={ZReturnPayoutLine}
          action={returnPayoutLineAction}
          hidden={hidden}
          submitLabel="差し戻す"
          submitAriaLabel={`${itemLabel} を差し戻す`}
          buttonClassName="button button--secondary"
          aria-label={`${itemLabel} の差戻し`}
          idPrefix={`return-${lineId}-`}
        >
          <TextAreaField name="reason" label="差戻しの理由" required rows={2} maxLength={500} />
        </ActionForm>
      </details>
    </div>
  );
}
