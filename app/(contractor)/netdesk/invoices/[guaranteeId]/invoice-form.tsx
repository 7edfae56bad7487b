"use client";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextField } from "@/components/form/inputs";
import { ACCOUNT_TYPES, ZAdvanceInvoice } from "@/lib/schemas/advance-invoice";
import { saveAdvanceInvoiceAction } from "./actions";

export function AdvanceInvoiceForm({ guaranteeId, defaults, bank }: { guaranteeId: string; bank: string; defaults: Record<string, string> }) {
  return (
    <div className="panel">
      <ActionForm schema={ZAdvanceInvoice} action={saveAdvanceInvoiceAction} hidden={{ guaranteeId }} defaultValues={defaults} submitLabel="保存する" layout="wide" aria-label="前払金請求書の振込先" idPrefix="invoice-">
        <TextField name="invoiceDate" label="請求日" required size="s" placeholder="20260105" hint="例: 20260105 または 2026/01/05" />
        <div className="field">
          <div className="field__label">
            <span id="invoice-bank">金融機関</span>
          </div>
          <div className="field__control">
            <p aria-labelledby="invoice-bank">{bank || "（保証の預託金融機関が登録されていません）"}</p>
          </div>
        </div>
        <SelectField name="accountType" label="預金種別" required options={ACCOUNT_TYPES.map((t) => ({ value: t, label: t }))} />
        <TextField name="accountNumber" label="口座番号" required size="s" inputMode="numeric" maxLength={7} placeholder="1234567" />
        <TextField name="accountHolder" label="口座名義（カナ）" required size="l" maxLength={60} placeholder="マルマルケンセツ（カ" hint="前払金専用口座の名義" />
      </ActionForm>
    </div>
  );
}
