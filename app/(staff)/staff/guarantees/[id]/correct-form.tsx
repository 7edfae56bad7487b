"use client";
// 訂正: replaces the version in force with corrected content; the replaced one leaves the contractor's history.
import { useActionState } from "react";
import { ActionMessage, FieldError } from "@/components/action-message";
import { IDLE } from "@/lib/action-state";
import { submitWithoutReset } from "@/lib/client/submit-without-reset";
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
  const [state, action, pending] = useActionState(correctAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof CorrectableContent | "reason", label: string, value: string | null, type = "text", required = false) => (
    <div className="form-row">
      <label htmlFor={`correct-${name}`}>
        {label}
        {required && <span className="badge badge--required">必須</span>}
      </label>
      <input
        // Keyed by the stored value: after a correction or change the field shows the new content.
        key={`${name}:${value ?? ""}`}
        id={`correct-${name}`}
        name={name}
        type={type}
        defaultValue={value ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `correct-${name}-error` : undefined}
      />
      <FieldError id={`correct-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form onSubmit={submitWithoutReset(action)} className="panel" aria-labelledby="correct-heading">
      <h3 id="correct-heading">訂正</h3>
      <p className="muted">現在の電子保証の記載に誤りがある場合に、正しい内容の電子保証で置き換えます。</p>
      <ActionMessage state={state} />
      <input type="hidden" name="guaranteeId" value={guaranteeId} />
      <div className="form-grid">
        {field("projectName", "工事名", content.projectName, "text", true)}
        {field("projectLocation", "工事場所", content.projectLocation)}
        {field("jvName", "JV名", content.jvName)}
        {advance ? field("depositBank", "預託金融機関", content.depositBank) : <input type="hidden" name="depositBank" value="" />}
        {field("guaranteeAmount", "保証金額（円）", content.guaranteeAmount, "text", true)}
        {field("termFrom", "保証期間（開始日）", content.termFrom, "date", true)}
        {field("termTo", "保証期間（終了日）", content.termTo, "date", true)}
        {field("reason", "訂正の理由", "", "text", true)}
      </div>
      <button className="button" type="submit" disabled={pending}>
        訂正する
      </button>
    </form>
  );
}
