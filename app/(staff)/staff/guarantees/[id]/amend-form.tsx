"use client";
// 変更: 増額 / 減額 (an amount of yen) or 保証期限変更 (a new end date).
import { useFormContext, useWatch } from "react-hook-form";
import { ActionForm } from "@/components/form/action-form";
import { RadioField, TextField } from "@/components/form/inputs";
import { CHANGE_TYPES } from "@/lib/domain/enums";
import { CHANGE_TYPE_LABEL } from "@/lib/domain/guarantee-labels";
import { ZAmendGuarantee } from "@/lib/schemas/guarantee-amendment";
import { amendAction } from "./actions";

const CHANGE_TYPE_OPTIONS = CHANGE_TYPES.map((value) => ({ value, label: CHANGE_TYPE_LABEL[value] }));

function AmendFields() {
  const changeType = useWatch({ control: useFormContext().control, name: "changeType" });
  return (
    <>
      <RadioField name="changeType" label="変更の種類" options={CHANGE_TYPE_OPTIONS} />
      {changeType === "TERM_CHANGE" ? (
        <TextField name="termTo" label="変更後の保証期限" type="date" required />
      ) : (
        <TextField name="amount" label={changeType === "DECREASE" ? "減額する金額（円）" : "増額する金額（円）"} required inputMode="numeric" placeholder="例: 1,000,000" />
      )}
      <TextField name="reason" label="変更の理由" maxLength={500} size="l" />
    </>
  );
}

export function AmendForm({ guaranteeId, termTo }: { guaranteeId: string; termTo: string }) {
  return (
    <section className="panel amend-form" aria-labelledby="amend-heading">
      <h3 id="amend-heading">変更（増額・減額・保証期限変更）</h3>
      <ActionForm
        schema={ZAmendGuarantee}
        action={amendAction}
        hidden={{ guaranteeId }}
        defaultValues={{ changeType: "INCREASE", amount: "", termTo, reason: "" }}
        submitLabel="変更する"
        idPrefix="amend-"
        aria-label="変更"
      >
        <AmendFields />
      </ActionForm>
    </section>
  );
}
