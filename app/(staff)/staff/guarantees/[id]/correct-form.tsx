"use client";
// 訂正: replaces the version in force with corrected content; the replaced one leaves the contractor's history.
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZCorrectGuarantee } from "@/lib/schemas/guarantee-amendment";
import { correctAction } from "./actions";

export type CorrectableContent = {
  projectName: string;
  projectLocation: string | null;
  jvName: string | null;
  depositBank: string | null;
  guaranteeAmount: string;
  termFrom: string;
  termTo: string;
};

export function CorrectForm({ guaranteeId, content, advance }: { guaranteeId: string; content: CorrectableContent; advance: boolean }) {
  // The stored values: after a correction or change the form shows the new content.
  const defaults = {
    projectName: content.projectName, projectLocation: content.projectLocation ?? "", jvName: content.jvName ?? "",
    depositBank: content.depositBank ?? "", guaranteeAmount: content.guaranteeAmount, termFrom: content.termFrom, termTo: content.termTo, reason: "",
  };
  return (
    <section className="panel" aria-labelledby="correct-heading">
      <h3 id="correct-heading">訂正</h3>
      <p className="muted">現在の電子保証の記載に誤りがある場合に、正しい内容の電子保証で置き換えます。</p>
      <ActionForm schema={ZCorrectGuarantee} action={correctAction} hidden={{ guaranteeId }} defaultValues={defaults} submitLabel="訂正する" idPrefix="correct-" aria-label="訂正">
        <div className="form-grid">
        <TextField name="projectName" label="工事名" required />
        <TextField name="projectLocation" label="工事場所" />
        <TextField name="jvName" label="JV名" />
        {advance && <TextField name="depositBank" label="預託金融機関" />}
        <TextField name="guaranteeAmount" label="保証金額（円）" required inputMode="numeric" />
        <TextField name="termFrom" label="保証期間（開始日）" type="date" required />
        <TextField name="termTo" label="保証期間（終了日）" type="date" required />
        <TextField name="reason" label="訂正の理由" required />
        </div>
      </ActionForm>
    </section>
  );
}
