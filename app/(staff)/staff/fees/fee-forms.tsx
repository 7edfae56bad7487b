"use client";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, TextField } from "@/components/form/inputs";
import { ZLumpSumBilling, ZMonthlyPaid } from "@/lib/schemas/fee";
import { markMonthlyPaidAction, setLumpSumBillingAction } from "./actions";

export function LumpSumBillingForm({ companyId, companyName, lumpSumBilling }: { companyId: string; companyName: string; lumpSumBilling: boolean }) {
  return (
    <ActionForm
      schema={ZLumpSumBilling}
      action={setLumpSumBillingAction}
      hidden={{ companyId }}
      defaultValues={{ lumpSumBilling }}
      submitLabel="保存する"
      submitAriaLabel={`${companyName}の一括納付を保存する`}
      aria-label={`${companyName}の一括納付`}
      idPrefix={`lump-${companyId}-`}
      className="inline-form"
    >
      <CheckboxField name="lumpSumBilling" label="一括納付（月ごとに請求）" />
    </ActionForm>
  );
}

export function MonthlyPaidForm({ companyId, month, label, today }: { companyId: string; month: string; label: string; today: string }) {
  return (
    <ActionForm
      schema={ZMonthlyPaid}
      action={markMonthlyPaidAction}
      hidden={{ companyId, month }}
      defaultValues={{ paidOn: today }}
      submitLabel="入金確認"
      submitAriaLabel={`${label}の入金確認`}
      aria-label={`${label}の入金確認`}
      idPrefix={`paid-${companyId}-${month}-`}
      className="inline-form"
    >
      <TextField name="paidOn" label="入金日" required type="date" size="s" />
    </ActionForm>
  );
}
