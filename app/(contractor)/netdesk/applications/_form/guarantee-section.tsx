"use client";
// 2. 保証の申込内容: 前払金保証 and 契約保証, each switched on by its checkbox.
import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";
import { toFullWidth } from "@/lib/domain/full-width";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import {
  FEE_PAYMENT_METHOD_LABEL, INTERMEDIATE_ADVANCE_LABEL, INTERMEDIATE_PLANNED_LABEL,
  REDEPOSIT_LABEL, WANTED_LABEL,
} from "@/lib/domain/application-labels";
import { CERTIFICATE_FORM_LABEL } from "@/lib/domain/guarantee-labels";
import { E_GUARANTEE_ORDERING_BODIES_HREF } from "@/lib/schemas/application-messages";
import type { OrderingBodyRule } from "@/lib/schemas/application-rules";
import { AmountField, ApplyCheckbox, ChoiceGroup, SelectField, TextField } from "./fields";
import { RatioDisplay } from "./ratio-display";
import { SectionFrame } from "./section-frame";

export const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function EGuaranteeNotice() {
  return (
    <p className="muted field__note">
      ※電子保証を希望される場合は、発注者が電子保証に対応していることを確認してください。
      <Link href={E_GUARANTEE_ORDERING_BODIES_HREF}>電子保証対応の発注者はこちら</Link>
    </p>
  );
}

const STATEMENT_NOTE = <p className="muted field__note">※保証料計算書は弊社手続き完了後、保証料計算書一覧メニューからご確認いただけます。</p>;

export function GuaranteeSection({ orderingBodies }: { orderingBodies: OrderingBodyRule[] }) {
  const { control } = useFormContext<TApplicationFormValues>();
  const [advance, contract] = useWatch({ control, name: ["advanceRequested", "contractGuaranteeRequested"] });
  return (
    <SectionFrame section="guarantee">
      <fieldset className="guarantee">
        <legend>前払金保証</legend>
        <ApplyCheckbox name="advanceRequested" />
        {advance && (
          <div className="guarantee__fields">
            <ChoiceGroup name="advanceForm" required options={optionsOf(CERTIFICATE_FORM_LABEL)} note={<EGuaranteeNotice />} />
            <AmountField name="advanceFiscalYearAmount" note={<p className="muted field__note">（出来高予定額または支払限度額）</p>} />
            <AmountField name="advanceAmount" required note={<RatioDisplay kind="advance" orderingBodies={orderingBodies} />} />
            <TextField name="depositBank" required size="l" convert={toFullWidth} />
            <ChoiceGroup name="redeposit" required options={optionsOf(REDEPOSIT_LABEL)} />
            <SelectField name="advanceFeePaymentMethod" required options={optionsOf(FEE_PAYMENT_METHOD_LABEL)} />
            <TextField name="advanceFeeBillTo" required size="l" />
            <ChoiceGroup name="advanceFeeStatementWanted" required options={optionsOf(WANTED_LABEL)} note={STATEMENT_NOTE} />
            <ChoiceGroup name="intermediateAdvance" options={optionsOf(INTERMEDIATE_ADVANCE_LABEL)} />
            <ChoiceGroup name="intermediateAdvancePlanned" options={optionsOf(INTERMEDIATE_PLANNED_LABEL)} />
          </div>
        )}
      </fieldset>
      <fieldset className="guarantee">
        <legend>契約保証</legend>
        <ApplyCheckbox name="contractGuaranteeRequested" />
        {contract && (
          <div className="guarantee__fields">
            <ChoiceGroup name="contractForm" required options={optionsOf(CERTIFICATE_FORM_LABEL)} note={<EGuaranteeNotice />} />
            <AmountField name="contractGuaranteeAmount" required note={<RatioDisplay kind="contract" orderingBodies={orderingBodies} />} />
            <SelectField name="contractFeePaymentMethod" required options={optionsOf(FEE_PAYMENT_METHOD_LABEL)} />
            <TextField name="contractFeeBillTo" required size="l" />
            <ChoiceGroup name="contractFeeStatementWanted" required options={optionsOf(WANTED_LABEL)} note={STATEMENT_NOTE} />
          </div>
        )}
      </fieldset>
    </SectionFrame>
  );
}
