"use client";
// The 預託金払出依頼書 form: one card per line of the approved 明細書, with what remains on it; lines whose
// 支払先 is 未定 cannot be drawn (shown, not editable); 振込 lines ask for the 振込先, 立替払済 lines go to the
// company's own account. 申込確認 shows the lines as the server checked them; 送信 follows. The rules are
// the use case's (check-payout-request.ts), the browser only shows the same messages early.
import { useEffect, useState } from "react";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/form/inputs";
import { FieldError } from "@/components/form/field-parts";
import type { PayoutMethod } from "@/lib/domain/enums";
import { formatMonthBoth, type YearMonth } from "@/lib/domain/month-input";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";
import { PAYOUT_METHOD_LABEL, UNSETTLED_PAYEE } from "@/lib/domain/usage-plan-labels";
import { formatYen, parseYenAmount } from "@/lib/domain/yen";
import { ACCOUNT_TYPES } from "@/lib/schemas/advance-invoice";
import { ZPayoutRequestForm } from "@/lib/schemas/payout-request";
import type { PayoutConfirmation } from "@/lib/server/payouts/confirm-payout-request";
import { payoutRequestAction } from "./actions";

export type PayoutFormLine = {
  itemId: string;
  itemNo: number;
  category: string;
  detail: string | null;
  payee: string | null;
  settled: boolean;
  payoutMethod: PayoutMethod;
  scheduledMonth: YearMonth;
  remaining: string; // bigint as text (client props)
};

const amountOf = (raw: unknown) => {
  const parsed = parseYenAmount(typeof raw === "string" ? raw : "");
  return parsed.ok ? parsed.value : 0n;
};

export function PayoutRequestForm({ planId, lines }: { planId: string; lines: PayoutFormLine[] }) {
  const [confirmation, setConfirmation] = useState<PayoutConfirmation | null>(null);
  const defaults = {
    note: "",
    lines: lines.map((l) => ({ itemId: l.itemId, payoutMethod: l.payoutMethod, amount: "", bankName: "", bankBranchName: "", accountType: "普通", accountNumber: "", accountHolderKana: "" })),
  };
  return (
    <ActionForm
      schema={ZPayoutRequestForm}
      action={payoutRequestAction}
      hidden={{ planId, intent: confirmation ? "send" : "confirm" }}
      defaultValues={defaults}
      submitLabel={confirmation ? "この内容で送信する" : "申込確認へ"}
      pendingLabel={confirmation ? "送信しています…" : "確認しています…"}
      onSuccess={(result) => setConfirmation((result.data as PayoutConfirmation | undefined) ?? null)}
      layout="wide"
      aria-label="預託金払出依頼書"
      idPrefix="payout-"
    >
      <PayoutLines lines={lines} />
      <TextAreaField name="note" label="連絡事項" rows={2} maxLength={500} hint="預託金融機関への連絡があれば入力してください。" />
      {confirmation && <ConfirmationPanel confirmation={confirmation} onEdit={() => setConfirmation(null)} />}
    </ActionForm>
  );
}

function PayoutLines({ lines }: { lines: PayoutFormLine[] }) {
  const values = (useWatch({ name: "lines" }) as { amount?: string }[] | undefined) ?? [];
  const { errors } = useFormState({ name: "total" });
  const total = values.reduce((s, v) => s + amountOf(v?.amount), 0n);
  const totalMessage = typeof errors.total?.message === "string" ? errors.total.message : undefined;
  return (
    <section aria-labelledby="payout-lines-heading">
      <h2 id="payout-lines-heading">払出を依頼する行</h2>
      <p className="muted">承認済みの明細書の行ごとに、残額以内で依頼額を入力してください。依頼しない行は空欄のままにします。支払先が未定の行は、前払金使途変更申込で支払先を確定してから依頼できます。</p>
      {lines.map((line, index) => {
        const name = (f: string) => `lines.${index}.${f}`;
        const remaining = BigInt(line.remaining);
        const legend = `No.${line.itemNo} ${usageCategoryLabel(line.category)}（${line.payee ?? UNSETTLED_PAYEE}）`;
        return (
          <fieldset key={line.itemId} className="usage-line">
            <legend>{legend}</legend>
            <p className="muted">
              払出方法: {PAYOUT_METHOD_LABEL[line.payoutMethod]}・払出予定: {formatMonthBoth(line.scheduledMonth)}・残額: <strong>{formatYen(remaining)}</strong>
              {line.detail && `・${line.detail}`}
            </p>
            {!line.settled ? (
              <p className="alert alert--warning">支払先が未定のため、この行からは依頼できません。</p>
            ) : remaining === 0n ? (
              <p className="muted">この行の残額はありません。</p>
            ) : (
              <>
                <TextField name={name("amount")} label="依頼額（円）" inputMode="numeric" size="m" hint={`${formatYen(remaining)}以内`} />
                {line.payoutMethod === "TRANSFER" && (
                  <>
                    <TextField name={name("bankName")} label="振込先 金融機関名" size="m" placeholder="例: 〇〇銀行" />
                    <TextField name={name("bankBranchName")} label="振込先 支店名" size="m" placeholder="例: ××支店" />
                    <SelectField name={name("accountType")} label="預金種別" options={ACCOUNT_TYPES.map((t) => ({ value: t, label: t }))} />
                    <TextField name={name("accountNumber")} label="口座番号" inputMode="numeric" size="s" maxLength={7} hint="7桁" />
                    <TextField name={name("accountHolderKana")} label="口座名義（カナ）" size="l" placeholder="例: カ）シナノナマコン" />
                  </>
                )}
                {line.payoutMethod === "OWN_ACCOUNT" && <p className="field__note">立替払済のため、前払金専用口座から自社口座へ振り替えます（振込先の入力は不要です）。</p>}
              </>
            )}
          </fieldset>
        );
      })}
      <div className="usage-totals" aria-live="polite">
        <span>依頼額の合計: <strong>{formatYen(total)}</strong></span>
      </div>
      <FieldError name="total" message={totalMessage} />
    </section>
  );
}

function ConfirmationPanel({ confirmation, onEdit }: { confirmation: PayoutConfirmation; onEdit: () => void }) {
  const form = useFormContext();
  // A change after 申込確認 asks for 申込確認 again.
  const values = JSON.stringify(useWatch({ control: form.control }));
  const [seen] = useState(values);
  useEffect(() => {
    if (values !== seen) onEdit();
  }, [values, seen, onEdit]);
  return (
    <section aria-labelledby="payout-confirm-heading" className="action-panel">
      <h2 id="payout-confirm-heading">申込確認</h2>
      <div className="table-scroll">
        <table className="data payout-lines">
          <caption className="visually-hidden">申込確認: 払出を依頼する行</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">前払金を使用する項目</th>
              <th scope="col">支払先</th>
              <th scope="col">依頼額</th>
              <th scope="col">振込先</th>
              <th scope="col">依頼後の残額</th>
            </tr>
          </thead>
          <tbody>
            {confirmation.lines.map((l) => (
              <tr key={l.itemNo}>
                <td className="num">{l.itemNo}</td>
                <td>{usageCategoryLabel(l.category)}</td>
                <td>{l.payee}</td>
                <td className="num">{formatYen(BigInt(l.amount))}</td>
                <td>{l.account ?? PAYOUT_METHOD_LABEL[l.payoutMethod as PayoutMethod]}</td>
                <td className="num">{formatYen(BigInt(l.remainingAfter))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                合計
              </th>
              <td className="num">{formatYen(BigInt(confirmation.total))}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      <button type="button" className="button button--secondary" onClick={onEdit}>
        修正する
      </button>
    </section>
  );
}
