"use client";
// The 前払金使途内訳明細書 form: 工事の種類, one card per line (the shared controls), live totals against
// the 前払金額 (Σ must equal it to be sent, the 25% item at most 25%), and for a 使途変更 the reason. 一時保存
// keeps it; 申込確認 and 送信 follow on the 明細書's page. The rules are lib/domain/usage-plan-rules.ts,
// checked again by the use case.
import { useFieldArray, useFormState, useWatch } from "react-hook-form";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/form/inputs";
import { FieldError } from "@/components/form/field-parts";
import { PAYEE_KINDS, PAYOUT_METHODS, USAGE_WORK_TYPES, type GuaranteeKind, type UsageWorkType } from "@/lib/domain/enums";
import { isOverheadCategory, overheadPermitted, usageCategoriesFor } from "@/lib/domain/usage-categories";
import { PAYEE_EVIDENCE, PAYEE_KIND_LABEL, PAYOUT_METHOD_LABEL, USAGE_WORK_TYPE_LABEL } from "@/lib/domain/usage-plan-labels";
import { overheadMaximum, usagePlanTotals } from "@/lib/domain/usage-plan-rules";
import { parseYenAmount, formatYen } from "@/lib/domain/yen";
import { ZUsagePlanForm } from "@/lib/schemas/usage-plan";
import { saveUsagePlanDraftAction } from "../_actions/usage-plan-actions";
import { EMPTY_LINE, type UsageLineInput } from "./editor-defaults";

type Props = {
  guaranteeId: string;
  guaranteeKind: GuaranteeKind;
  guaranteeAmount: string; // bigint as text (client props)
  overheadAllowed: boolean;
  change: boolean;
  basis: { versionId: string; revision: string; basedOn: string };
  defaults: { workType: UsageWorkType; changeReason: string; lines: UsageLineInput[] };
};

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] => values.map((value) => ({ value, label: labels[value] }));
const amountOf = (raw: string | undefined) => {
  const parsed = parseYenAmount(raw ?? "");
  return parsed.ok ? parsed.value : 0n;
};

export function UsagePlanForm(props: Props) {
  return (
    <ActionForm
      schema={ZUsagePlanForm}
      action={saveUsagePlanDraftAction}
      hidden={{ guaranteeId: props.guaranteeId, ...props.basis }}
      defaultValues={props.defaults}
      submitLabel={props.change ? "一時保存して申込確認へ（使途変更申込）" : "一時保存して申込確認へ"}
      pendingLabel="保存しています…"
      layout="wide"
      aria-label="前払金使途内訳明細書"
      idPrefix="usage-"
    >
      <SelectField name="workType" label="工事の種類" required options={options(USAGE_WORK_TYPES, USAGE_WORK_TYPE_LABEL)} hint="設計・調査は外注費、測量は外注費と交通費も計上できます。" />
      {props.change && <TextAreaField name="changeReason" label="変更理由" required rows={2} maxLength={500} placeholder="例: 労務費の下請先が決まったため" />}
      <UsageLines {...props} />
    </ActionForm>
  );
}

function UsageLines(props: Props) {
  const { fields, append, remove } = useFieldArray({ name: "lines" });
  const workType = (useWatch({ name: "workType" }) as UsageWorkType | undefined) ?? "CONSTRUCTION";
  const lines = (useWatch({ name: "lines" }) as UsageLineInput[] | undefined) ?? [];
  const { errors } = useFormState({ name: "total" });
  const context = { workType, guaranteeKind: props.guaranteeKind, overheadAllowed: props.overheadAllowed };
  const categories = usageCategoriesFor(context).map((c) => ({ value: c.code, label: c.label }));
  const amount = BigInt(props.guaranteeAmount);
  const totals = usagePlanTotals(
    lines.map((l) => ({ category: l.category, totalAmount: amountOf(l.totalAmount), advanceAmount: amountOf(l.advanceAmount) })),
    amount,
  );
  const totalMessage = typeof errors.total?.message === "string" ? errors.total.message : undefined;

  return (
    <section aria-labelledby="usage-lines-heading">
      <h2 id="usage-lines-heading">前払金を使用する項目</h2>
      <p className="muted">
        前払金使用金額の合計を前払金額（{formatYen(amount)}）と同じにしてください。支払先が決まっていない行は空欄（未定）のまま送信でき、決まったら使途変更申込で確定します。
        {overheadPermitted(context) && ` 現場管理費・一般管理費等は前払金額の25%（${formatYen(overheadMaximum(amount))}）まで計上できます。`}
      </p>
      {fields.map((field, index) => {
        const line = lines[index];
        const overhead = line ? isOverheadCategory(line.category) : false;
        const name = (f: keyof UsageLineInput) => `lines.${index}.${f}`;
        return (
          <fieldset key={field.id} className="usage-line">
            <legend>行 {line?.itemNo ? `No.${line.itemNo}` : index + 1}</legend>
            <SelectField name={name("category")} label="前払金を使用する項目" required options={categories} />
            <TextField name={name("detail")} label="内容" size="l" maxLength={100} placeholder="例: 生コンクリート" />
            <TextField name={name("quantity")} label="全所要数量" required size="s" maxLength={20} />
            <TextField name={name("totalAmount")} label="全所要金額（円）" required size="m" inputMode="numeric" placeholder="30,000,000" />
            <TextField name={name("advanceAmount")} label="前払金使用金額（円）" required size="m" inputMode="numeric" placeholder="12,000,000" hint="全所要金額以内" />
            <SelectField name={name("payoutMethod")} label="払出方法" required options={options(PAYOUT_METHODS, PAYOUT_METHOD_LABEL)} />
            <TextField name={name("scheduledMonth")} label="払出予定（年月）" required size="s" placeholder="202601" hint="例: 202601 または 2026/01" />
            {overhead ? (
              <p className="field__note">支払先: -（現場管理費・一般管理費等には支払先を記入しません）</p>
            ) : (
              <>
                <SelectField name={name("payeeKind")} label="支払先の区分" options={options(PAYEE_KINDS, PAYEE_KIND_LABEL)} hint={line?.payeeKind ? `証拠書類: ${PAYEE_EVIDENCE[line.payeeKind as keyof typeof PAYEE_EVIDENCE] ?? ""}` : undefined} />
                <TextField name={name("payee")} label="支払先" size="l" maxLength={100} placeholder="未定" hint="決まっていなければ空欄（未定）" />
              </>
            )}
            {!line?.itemId && (
              <button type="button" className="button button--secondary button--small" onClick={() => remove(index)} aria-label={`行 ${index + 1} を削除`}>
                この行を削除
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => append({ ...EMPTY_LINE })}>
        行を追加
      </button>
      <div className="usage-totals" role="status" aria-live="polite" aria-label="合計">
        <span>全所要金額の合計: {formatYen(totals.totalAmount)}</span>
        <span>前払金使用金額の合計: {formatYen(totals.advanceAmount)}</span>
        <span>前払金額: {formatYen(amount)}</span>
        {totals.remaining === 0n ? (
          <span className="usage-totals__ok">前払金額と一致しています</span>
        ) : (
          <span className="usage-totals__off">{totals.remaining > 0n ? `あと ${formatYen(totals.remaining)}` : `${formatYen(-totals.remaining)} 超過`}</span>
        )}
        {totals.overheadAmount > 0n && <span>うち現場管理費等: {formatYen(totals.overheadAmount)}</span>}
      </div>
      <FieldError name="total" message={totalMessage} />
    </section>
  );
}
