"use client";
// The action panel of an application: 受付, 審査開始, 発行 and 差戻し. Buttons are disabled while their
// action runs (the server is idempotent anyway: a double click issues once).
import { useActionState } from "react";
import { ActionMessage, FieldError } from "@/components/action-message";
import { IDLE } from "@/lib/action-state";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { acceptAction, issueAction, returnAction, startReviewAction } from "./actions";

export function ApplicationActions({ applicationId, status }: { applicationId: string; status: ApplicationStatus }) {
  const [acceptState, accept, accepting] = useActionState(acceptAction, IDLE);
  const [reviewState, review, reviewing] = useActionState(startReviewAction, IDLE);
  const [issueState, issue, issuing] = useActionState(issueAction, IDLE);
  const [returnState, sendBack, returning] = useActionState(returnAction, IDLE);
  const canReturn = status === "SUBMITTED" || status === "ACCEPTED" || status === "UNDER_REVIEW";
  const canIssue = status === "ACCEPTED" || status === "UNDER_REVIEW";

  return (
    <section className="panel action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">処理</h2>
      {[acceptState, reviewState, issueState, returnState].map((s, i) => (
        <ActionMessage key={i} state={s} />
      ))}
      <div className="action-panel__buttons">
        {status === "SUBMITTED" && (
          <form action={accept}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <button className="button" type="submit" disabled={accepting}>
              受付
            </button>
          </form>
        )}
        {status === "ACCEPTED" && (
          <form action={review}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <button className="button button--secondary" type="submit" disabled={reviewing}>
              審査開始
            </button>
          </form>
        )}
        {canIssue && (
          <form
            action={issue}
            onSubmit={(e) => {
              if (!window.confirm("この申込の保証を発行します。保証契約番号と認証キーが確定します。よろしいですか？")) e.preventDefault();
            }}
          >
            <input type="hidden" name="applicationId" value={applicationId} />
            <button className="button" type="submit" disabled={issuing}>
              {issuing ? "発行しています…" : "発行"}
            </button>
          </form>
        )}
      </div>
      {!canReturn && !canIssue && <p className="muted">この申込に対して行える処理はありません。</p>}
      {canReturn && (
        <form action={sendBack} className="return-form">
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
              aria-invalid={returnState.fieldErrors?.message ? true : undefined}
              aria-describedby={returnState.fieldErrors?.message ? "return-message-error" : undefined}
              placeholder="例: 預託金融機関の支店名をご確認のうえ、再度送信してください。"
            />
            <FieldError id="return-message-error" message={returnState.fieldErrors?.message} />
          </div>
          <button className="button button--danger" type="submit" disabled={returning}>
            差戻し
          </button>
        </form>
      )}
    </section>
  );
}
