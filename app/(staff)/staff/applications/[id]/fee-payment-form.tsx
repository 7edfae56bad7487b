"use client";
import { ActionForm } from "@/components/form/action-form";
import { RadioField, TextField } from "@/components/form/inputs";
import { FEE_RECEIPT_METHODS, type GuaranteeKind } from "@/lib/domain/enums";
import { FEE_NAME, FEE_RECEIPT_METHOD_LABEL } from "@/lib/domain/fee-labels";
import { ZFeePayment } from "@/lib/schemas/fee";
import { recordFeePaymentAction } from "./actions";

const METHOD_OPTIONS = FEE_RECEIPT_METHODS.map((m) => ({ value: m, label: FEE_RECEIPT_METHOD_LABEL[m] }));

/** 入金確認 of one guarantee's fee: 入金日, 入金額 (the fee, prefilled), 振込 / 現金 / 小切手. */
export function FeePaymentForm({ applicationId, kind, fee, today }: { applicationId: string; kind: GuaranteeKind; fee: string; today: string }) {
  return (
    <ActionForm
      schema={ZFeePayment}
      action={recordFeePaymentAction}
      hidden={{ applicationId, kind }}
      defaultValues={{ kind, receivedOn: today, amount: fee, method: "TRANSFER" }}
      submitLabel="入金確認を記録する"
      aria-label={`${FEE_NAME[kind]}の入金確認`}
      idPrefix={`fee-${kind}-`}
      className="fee-payment-form"
    >
      <TextField name="receivedOn" label="入金日" required type="date" size="s" />
      <TextField name="amount" label="入金額（円）" required inputMode="numeric" size="m" />
      <RadioField name="method" label="入金方法" required options={METHOD_OPTIONS} />
    </ActionForm>
  );
}
