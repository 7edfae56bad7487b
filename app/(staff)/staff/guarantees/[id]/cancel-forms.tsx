"use client";
// 取消: of the change in force (back to the version before it) or of the whole guarantee. Both ask
// for a reason and a confirmation, because neither can be undone.
import { useActionState } from "react";
import { ActionMessage, FieldError } from "@/components/action-message";
import { IDLE, type ActionState } from "@/lib/action-state";
import { submitWithoutReset } from "@/lib/client/submit-without-reset";
import { cancelChangeAction, cancelGuaranteeAction } from "./actions";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function CancelForm({ guaranteeId, id, title, note, confirmText, button, serverAction }: { guaranteeId: string; id: string; title: string; note: string; confirmText: string; button: string; serverAction: Action }) {
  const [state, action, pending] = useActionState(serverAction, IDLE);
  const error = state.fieldErrors?.reason;
  return (
    <form onSubmit={submitWithoutReset(action, confirmText)} className="panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p className="muted">{note}</p>
      <ActionMessage state={state} />
      <input type="hidden" name="guaranteeId" value={guaranteeId} />
      <div className="form-row">
        <label htmlFor={`${id}-reason`}>
          取消の理由<span className="badge badge--required">必須</span>
        </label>
        <input id={`${id}-reason`} name="reason" type="text" maxLength={500} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-reason-error` : undefined} />
        <FieldError id={`${id}-reason-error`} message={error} />
      </div>
      <button className="button button--danger" type="submit" disabled={pending}>
        {button}
      </button>
    </form>
  );
}

export function CancelChangeForm({ guaranteeId }: { guaranteeId: string }) {
  return (
    <CancelForm
      guaranteeId={guaranteeId}
      id="cancel-change"
      title="変更の取消"
      note="現在の電子保証が変更によるものの場合、その変更を取り消して変更前の内容に戻します。"
      confirmText="直前の変更を取り消します。よろしいですか？"
      button="変更を取り消す"
      serverAction={cancelChangeAction}
    />
  );
}

export function CancelGuaranteeForm({ guaranteeId }: { guaranteeId: string }) {
  return (
    <CancelForm
      guaranteeId={guaranteeId}
      id="cancel-guarantee"
      title="保証の取消"
      note="保証全体を取り消します。お客様・発注者の画面でも取消として表示され、以後は変更・訂正できません。"
      confirmText="この保証を取り消します。元に戻せません。よろしいですか？"
      button="保証を取り消す"
      serverAction={cancelGuaranteeAction}
    />
  );
}
