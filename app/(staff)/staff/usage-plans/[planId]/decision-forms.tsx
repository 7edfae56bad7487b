"use client";
// 承認 (one button) and 差戻し (with the message to the contractor) of a sent 明細書.
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField } from "@/components/form/inputs";
import { ZReturnUsagePlan } from "@/lib/schemas/usage-plan";
import { approveUsagePlanAction, returnUsagePlanAction } from "../actions";

export function UsagePlanDecisionForms({ planId, versionId, bank }: { planId: string; versionId: string; bank: string | null }) {
  const hidden = { planId, versionId };
  return (
    <>
      <div className="action-panel__buttons">
        <ActionButton action={approveUsagePlanAction} hidden={hidden} label="承認する" confirmText={`この明細書を承認し、${bank ?? "預託金融機関"}へ送付します。よろしいですか？`} />
      </div>
      <div className="return-form">
        <ActionForm schema={ZReturnUsagePlan} action={returnUsagePlanAction} hidden={hidden} submitLabel="差戻しする" buttonClassName="button button--danger" aria-label="差戻し" idPrefix="return-">
          <TextAreaField name="message" label="差戻しの理由（お客様へのお知らせ）" required rows={3} maxLength={1000} />
        </ActionForm>
      </div>
    </>
  );
}
