"use client";
// The action panel of an application: 受付, 審査開始, 発行 and 差戻し. Buttons are disabled while an
// action runs (the server is idempotent anyway: a double click issues once).
import { useActionState } from "react";
import { ActionMessage, FieldError } from "@/components/action-message";
import { IDLE } from "@/lib/action-state";
import { submitWithoutReset } from "@/lib/client/submit-without-reset";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { applicationAction } from "./actions";

export function ApplicationActions({ applicationId, status }: { applicationId: string; status: ApplicationStatus }) {
  const [state, action, pending] = useActionState(applicationAction, IDLE);
  const canReturn = status === "SUBMITTED" || status === "ACCEPTED" || status === "UNDER_REVIEW";
  const canIssue = status === "ACCEPTED" || status === "UNDER_REVIEW";

  return (
    <section className="panel action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">処理</h2>
      <ActionMessage state={state} />
      <div className="action-panel__buttons">
        {status === "SUBMITTED" && (
          <form onSubmit={submitWithoutReset(action)}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="intent" value="accept" />
            <button className="button" type="submit" disabled={pending}>
              受付
            </button>
          </form>
        )}
        {status === "ACCEPTED" && (
          <form onSubmit={submitWithoutReset(action)}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="intent" value="review" />
            <button className="button button--secondary" type="submit" disabled={pending}>
              審査開始
            </button>
          </form>
        )}
        {canIssue && (
          <form onSubmit={submitWithoutReset(action, "この申込の保証を発行します。保証契約番号と認証キーが確定します。よろしいですか？")}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="intent" value="issue" />
            <button className="button" type="submit" disabled={pending}>
              発行
            </button>
          </form>
        )}
      </div>
      {!canReturn && !canIssue && <p className="muted">この申込に対して行える処理はありません。</p>}
      {canReturn && (
        <form onSubmit={submitWithoutReset(action)} className="return-form">
          <input type="hidden" name="intent" value="return" />
          <input type="hidden" name="applicationId" value={applicationId} />
          <div className="form-row">
            <label htmlFor="return-message">
              差戻し（弊社からお客様へのお知らせ）<span className="badge badge--required">必須</span>
            </label>
            <textarea
              id="return-message"
              name="message"
              rows={3}
              maxLength={2000}
              aria-invalid={state.fieldErrors?.message ? true : undefined}
              aria-describedby={state.fieldErrors?.message ? "return-message-error" : undefined}
              placeholder="例: 預託金融機関の支店名をご確認のうえ、再度送信してください。"
            />
            <FieldError id="return-message-error" message={state.fieldErrors?.message} />
          </div>
          <button className="button button--danger" type="submit" disabled={pending}>
            差戻し
          </button>
        </form>
      )}
    </section>
  );
}
