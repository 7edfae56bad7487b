"use client";
import { useState } from "react";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextField } from "@/components/form/inputs";
import { FeeBreakdown } from "@/components/fee-breakdown";
import { GUARANTEE_KINDS } from "@/lib/domain/enums";
import { FEE_NAME } from "@/lib/domain/fee-labels";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { formatWareki } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { ZFeeQuote } from "@/lib/schemas/fee";
import type { FeeQuote } from "@/lib/server/fees/quote-fee";
import { quoteFeeAction } from "./actions";

const KIND_OPTIONS = GUARANTEE_KINDS.map((kind) => ({ value: kind, label: PRODUCT_NAME[kind] }));

/** 保証料計算: 保証種類, 請負金額, 保証金額, 保証期間 → the fee and its breakdown. */
export function FeeQuoteForm() {
  const [quote, setQuote] = useState<FeeQuote | null>(null);
  return (
    <>
      <ActionForm
        schema={ZFeeQuote}
        action={quoteFeeAction}
        defaultValues={{ kind: "ADVANCE", contractAmount: "", amount: "", termFrom: "", termTo: "" }}
        submitLabel="計算する"
        pendingLabel="計算しています…"
        aria-label="保証料計算"
        onSuccess={(result) => setQuote(result.data ?? null)}
      >
        <SelectField name="kind" label="保証種類" required options={KIND_OPTIONS} />
        <TextField name="contractAmount" label="請負金額（円）" required inputMode="numeric" size="m" placeholder="50,000,000" />
        <TextField name="amount" label="保証金額（円）" required inputMode="numeric" size="m" placeholder="20,000,000" />
        <TextField name="termFrom" label="保証期間（開始日）" required type="date" size="s" hint="着工日。例: 20261101" />
        <TextField name="termTo" label="保証期間（終了日）" required type="date" size="s" hint="完成日。例: 20270319" />
      </ActionForm>
      {quote && (
        <section className="panel fee-quote" aria-labelledby="fee-quote-heading" data-testid="fee-quote">
          <h2 id="fee-quote-heading">計算結果：{FEE_NAME[quote.kind as keyof typeof FEE_NAME]} {formatYen(BigInt(quote.fee))}</h2>
          <p className="muted">
            {formatWareki(new Date(`${quote.tableEffectiveFrom}T00:00:00Z`))}から適用の料率表による計算です{quote.tableNote ? `（${quote.tableNote}）` : ""}。
            保証料には消費税はかかりません。実際の保証料は発行日に適用される料率表で確定します。
          </p>
          <FeeBreakdown breakdown={quote.breakdown} caption="保証料の内訳" />
        </section>
      )}
    </>
  );
}
