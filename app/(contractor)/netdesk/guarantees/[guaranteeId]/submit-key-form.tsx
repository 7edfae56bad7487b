"use client";

import { useActionState, useId } from "react";
import { submitKeyAction } from "./actions";

export function SubmitKeyForm(props: { guaranteeId: string; orderingBodyName: string; registeredAddress: string | null; subject: string; submissionToken: string }) {
  const [state, action, pending] = useActionState(submitKeyAction, null);
  const ids = { to: useId(), subject: useId() };
  const toError = state?.fieldErrors?.to;
  return (
    <form action={action} className="panel" noValidate>
      <input type="hidden" name="guaranteeId" value={props.guaranteeId} />
      <input type="hidden" name="submissionToken" value={props.submissionToken} />
      {state && !toError && (
        <div className={state.ok ? "alert alert--info" : "alert alert--error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </div>
      )}
      <div className="form-row">
        <label htmlFor={ids.to}>送信先メールアドレス</label>
        <input
          id={ids.to}
          name="to"
          type="email"
          autoComplete="off"
          defaultValue={state?.to ?? props.registeredAddress ?? ""}
          placeholder={props.registeredAddress ?? "keiyaku@city.example.jp"}
          aria-invalid={Boolean(toError)}
          aria-describedby={`${ids.to}-hint${toError ? ` ${ids.to}-error` : ""}`}
        />
        <p id={`${ids.to}-hint`} className="field-hint">
          {props.registeredAddress
            ? `${props.orderingBodyName}の登録アドレスです。担当課のアドレスを指定された場合は書き換えてください。`
            : `${props.orderingBodyName}の提出先アドレスは登録されていません。担当課のアドレスを入力してください。`}
        </p>
        {toError && (
          <p id={`${ids.to}-error`} className="field-error" role="alert">
            {toError}
          </p>
        )}
      </div>
      <div className="form-row">
        <span id={ids.subject} className="form-row__label">件名</span>
        <p aria-labelledby={ids.subject}>{props.subject}</p>
      </div>
      <p className="muted">「電子保証にかかる「認証キー」のお知らせ」（PDF）を添付して送信します。</p>
      <button type="submit" className="button" disabled={pending}>
        認証キーのお知らせを発注者へ送信する
      </button>
    </form>
  );
}
