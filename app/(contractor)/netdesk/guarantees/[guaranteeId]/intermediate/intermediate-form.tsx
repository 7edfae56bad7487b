"use client";
// 中間前払金保証の申込: the shared form (ActionForm + inputs.tsx) with the ordering body's rules, so the
// browser refuses what the server would, in the same words. After 送信 the 送信完了 page of the application.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { ActionForm } from "@/components/form/action-form";
import { FormSection } from "@/components/form/form-section";
import { RadioField, SelectField, TextAreaField, TextField } from "@/components/form/inputs";
import { FEE_PAYMENT_METHOD_LABEL, WANTED_LABEL } from "@/lib/domain/application-labels";
import { INTERMEDIATE_LABELS as L } from "@/lib/domain/bond-labels";
import { CERTIFICATE_FORMS, FEE_PAYMENT_METHODS } from "@/lib/domain/enums";
import { CERTIFICATE_FORM_LABEL } from "@/lib/domain/guarantee-labels";
import type { YMD } from "@/lib/domain/wareki";
import { todayInJapan } from "@/lib/domain/wareki";
import { makeZIntermediateSubmit, type TIntermediateFormValues } from "@/lib/schemas/intermediate-application";
import { submitIntermediateAction } from "./actions";

/** The eligibility as the page passes it (amounts as decimal strings: bigint does not cross to the browser). */
export type EligibilityProps = {
  halfTermDate: YMD;
  shareMax: string;
  totalMax: string;
  max: string;
  advanced: string;
  belowMinimum: boolean;
  limit: { numerator: number; denominator: number };
  totalLimit: { numerator: number; denominator: number };
  roundingUnit: string;
  minContractAmount: string;
};

type Props = {
  parentGuaranteeId: string;
  submissionKey: string;
  initialValues: TIntermediateFormValues;
  eligibility: EligibilityProps;
  orderingBody: { name: string; eGuaranteeEnabled: boolean };
};

const YES_NO = (labels: { YES: string; NO: string }) => [
  { value: "YES", label: labels.YES },
  { value: "NO", label: labels.NO },
];

export function IntermediateForm({ parentGuaranteeId, submissionKey, initialValues, eligibility: e, orderingBody }: Props) {
  const router = useRouter();
  const schema = useMemo(
    () =>
      makeZIntermediateSubmit({
        eligibility: { halfTermDate: e.halfTermDate, shareMax: BigInt(e.shareMax), totalMax: BigInt(e.totalMax), max: BigInt(e.max), advanced: BigInt(e.advanced), belowMinimum: e.belowMinimum },
        rules: { limit: e.limit, totalLimit: e.totalLimit, roundingUnit: BigInt(e.roundingUnit), minContractAmount: BigInt(e.minContractAmount) },
        orderingBody,
        today: todayInJapan(),
      }),
    [e, orderingBody],
  );
  return (
    <ActionForm
      schema={schema}
      action={submitIntermediateAction}
      defaultValues={initialValues}
      hidden={{ parentGuaranteeId, submissionKey }}
      submitLabel="申込を送信する"
      pendingLabel="送信しています…"
      confirmText="この内容で中間前払金保証を申し込みます。よろしいですか？"
      layout="wide"
      aria-label="中間前払金保証の申込"
      onSuccess={(result) => {
        const data = result.data as { applicationId: string } | undefined;
        if (data) router.push(`/netdesk/applications/${data.applicationId}/sent`);
      }}
    >
      <FormSection id="im-guarantee" title="中間前払金保証の申込内容">
        <TextField name="intermediateAmount" label={L.intermediateAmount} required inputMode="numeric" size="m" hint={`上限 ${Number(e.max).toLocaleString("ja-JP")}円`} />
        <TextField name="certificationDate" label={L.certificationDate} required inputMode="numeric" size="s" placeholder="20230120" hint="中間前金払の認定調書の日付（例: 20230120）" />
        <TextField name="certificationNumber" label={L.certificationNumber} required size="m" hint="認定調書そのものは、書類送信から送ってください。" />
        <TextField name="depositBank" label={L.depositBank} required size="l" hint="前払金保証と同じ専用口座が入っています。" />
        <RadioField name="intermediateForm" label={L.intermediateForm} required options={CERTIFICATE_FORMS.map((f) => ({ value: f, label: CERTIFICATE_FORM_LABEL[f] }))} />
      </FormSection>
      <FormSection id="im-fee" title="保証料">
        <SelectField name="intermediateFeePaymentMethod" label={L.intermediateFeePaymentMethod} required options={FEE_PAYMENT_METHODS.map((m) => ({ value: m, label: FEE_PAYMENT_METHOD_LABEL[m] }))} />
        <TextField name="intermediateFeeBillTo" label={L.intermediateFeeBillTo} required size="l" />
        <RadioField name="intermediateFeeStatementWanted" label={L.intermediateFeeStatementWanted} required options={YES_NO(WANTED_LABEL)} />
      </FormSection>
      <FormSection id="im-information" title="インフォメーション">
        <RadioField name="completionMailWanted" label={L.completionMailWanted} required options={YES_NO(WANTED_LABEL)} />
        <TextField name="notificationEmail" label={L.notificationEmail} required type="email" inputMode="email" size="l" />
        <TextField name="contactDepartment" label={L.contactDepartment} size="m" />
        <TextField name="contactTitle" label={L.contactTitle} size="m" />
        <TextField name="contactName" label={L.contactName} size="m" />
        <TextField name="contactPhone" label={L.contactPhone} type="tel" inputMode="tel" size="m" />
        <TextAreaField name="customerMessage" label={L.customerMessage} rows={3} />
      </FormSection>
    </ActionForm>
  );
}
