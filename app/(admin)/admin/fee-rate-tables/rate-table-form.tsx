"use client";
// 料率表の下書き with a live preview: the calculator below the fields computes with the rule of every
// other screen (lib/domain/fee-calculation.ts) from the values as typed, before anything is saved.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { RadioField, SelectField, TextField } from "@/components/form/inputs";
import { FeeBreakdown } from "@/components/fee-breakdown";
import { parseDateInput } from "@/lib/domain/date-input";
import { FEE_KINDS } from "@/lib/domain/enums";
import { BRACKET_MODE_LABEL, BRACKET_MODES, computeFee, PERIOD_MODE_LABEL, PERIOD_MODES, ROUNDING_DIRECTION_LABEL, ROUNDING_DIRECTIONS } from "@/lib/domain/fee-calculation";
import { FEE_KIND_LABEL } from "@/lib/domain/fee-labels";
import { dateOfYmd } from "@/lib/domain/wareki";
import { parseYenAmount } from "@/lib/domain/yen";
import { bracketField, FEE_BRACKET_ROWS, ZFeeRateTable } from "@/lib/schemas/fee";

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

function Preview() {
  const values = useWatch();
  const [amount, setAmount] = useState("20,000,000");
  const [from, setFrom] = useState("2026-04-01");
  const [to, setTo] = useState("2027-03-31");
  const table = ZFeeRateTable.safeParse({ ...values, effectiveFrom: values.effectiveFrom || "20990101" });
  const parsedAmount = parseYenAmount(amount);
  const start = parseDateInput(from);
  const end = parseDateInput(to);
  let result: ReturnType<typeof computeFee> | null = null;
  let problem: string | null = null;
  if (!table.success) problem = "料率表の入力に誤りがあるため計算できません。";
  else if (!parsedAmount.ok) problem = "試算する保証金額を入力してください。";
  else if (!start.ok || !end.ok || dateOfYmd(end.value) <= dateOfYmd(start.value)) problem = "試算する保証期間を正しく入力してください。";
  else {
    try {
      result = computeFee(table.data.rules, { amount: parsedAmount.value, termFrom: dateOfYmd(start.value), termTo: dateOfYmd(end.value) });
    } catch {
      problem = "料率表の入力に誤りがあるため計算できません。";
    }
  }
  return (
    <section className="panel rate-preview" aria-labelledby="rate-preview-heading" data-testid="rate-preview">
      <h2 id="rate-preview-heading">試算（保存前の内容で計算）</h2>
      <div className="rate-preview__inputs">
        <label>
          保証金額（円）
          <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="numeric" />
        </label>
        <label>
          保証期間（開始日）
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          保証期間（終了日）
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <div aria-live="polite">
        {result ? <FeeBreakdown breakdown={result.breakdown} caption="試算の内訳" /> : <p className="muted">{problem}</p>}
      </div>
    </section>
  );
}

export function RateTableForm({ id, defaults, action }: { id?: string; defaults: Record<string, string>; action: FormAction }) {
  return (
    <ActionForm schema={ZFeeRateTable} action={action} hidden={id ? { id } : undefined} defaultValues={defaults} submitLabel="下書きを保存する" aria-label="料率表" layout="wide">
      <SelectField name="kind" label="料率表の種類" required options={options(FEE_KINDS, FEE_KIND_LABEL)} />
      <TextField name="effectiveFrom" label="適用開始日" required type="date" size="s" hint="この日以後に発行する保証に適用します。公開後は変更できません。" />
      <TextField name="note" label="備考" size="l" />
      <RadioField name="bracketMode" label="料率の適用方法" required options={options(BRACKET_MODES, BRACKET_MODE_LABEL)} />
      <fieldset className="rate-brackets">
        <legend>金額の区分と年率（上限額が空欄の区分は上限なし。最後の区分だけを空欄にします）</legend>
        {Array.from({ length: FEE_BRACKET_ROWS }, (_, i) => (
          <div key={i} className="rate-brackets__row">
            <TextField name={bracketField(i, "UpTo")} label={`区分${i + 1} 上限額（円）`} inputMode="numeric" size="m" />
            <TextField name={bracketField(i, "Rate")} label={`区分${i + 1} 年率（%）`} inputMode="numeric" size="xs" />
          </div>
        ))}
      </fieldset>
      <RadioField name="periodMode" label="期間係数" required options={options(PERIOD_MODES, PERIOD_MODE_LABEL)} />
      <TextField name="minimumFee" label="最低保証料（円）" required inputMode="numeric" size="s" />
      <TextField name="roundingUnit" label="端数処理の単位（円）" required inputMode="numeric" size="xs" />
      <SelectField name="roundingDirection" label="端数処理の方法" required options={options(ROUNDING_DIRECTIONS, ROUNDING_DIRECTION_LABEL)} />
      <TextField name="refundSharePercent" label="返還割合（未経過分の%）" required inputMode="numeric" size="xs" hint="減額・保証期限の短縮・取消のとき、未経過期間の保証料のうち返還する割合です。" />
      <TextField name="refundMinimumRetained" label="返還しない最低額（円）" required inputMode="numeric" size="s" />
      <TextField name="taxPercent" label="消費税率（%）" required inputMode="numeric" size="xs" hint="保証料は0（非課税）。契約保証予約手数料は10。" />
      <Preview />
    </ActionForm>
  );
}
