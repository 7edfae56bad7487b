"use client";
// 変更: 増額 / 減額 (an amount of yen) or 保証期限変更 (a new end date). Errors show next to the field.
import { useActionState, useState } from "react";
import { ActionMessage, FieldError } from "@/components/action-message";
import { IDLE } from "@/lib/action-state";
import { CHANGE_TYPES, type ChangeType } from "@/lib/domain/enums";
import { CHANGE_TYPE_LABEL } from "@/lib/domain/guarantee-labels";
import { submitWithoutReset } from "@/lib/client/submit-without-reset";
import { amendAction } from "./actions";

export function AmendForm({ guaranteeId, termTo }: { guaranteeId: string; termTo: string }) {
  const [state, action, pending] = useActionState(amendAction, IDLE);
  const [changeType, setChangeType] = useState<ChangeType>("INCREASE");
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={submitWithoutReset(action)} className="panel amend-form" aria-labelledby="amend-heading">
      <h3 id="amend-heading">変更（増額・減額・保証期限変更）</h3>
      <ActionMessage state={state} />
      <input type="hidden" name="guaranteeId" value={guaranteeId} />
      <fieldset className="radio-row">
        <legend>変更の種類</legend>
        {CHANGE_TYPES.map((value) => (
          <label key={value}>
            <input type="radio" name="changeType" value={value} checked={changeType === value} onChange={() => setChangeType(value)} /> {CHANGE_TYPE_LABEL[value]}
          </label>
        ))}
      </fieldset>
      {changeType === "TERM_CHANGE" ? (
        <div className="form-row">
          <label htmlFor="amend-termTo">
            変更後の保証期限<span className="badge badge--required">必須</span>
          </label>
          <input key={termTo} id="amend-termTo" name="termTo" type="date" defaultValue={termTo} aria-invalid={errors.termTo ? true : undefined} aria-describedby={errors.termTo ? "amend-termTo-error" : undefined} />
          <FieldError id="amend-termTo-error" message={errors.termTo} />
        </div>
      ) : (
        <div className="form-row">
          <label htmlFor="amend-amount">
            {changeType === "INCREASE" ? "増額する金額（円）" : "減額する金額（円）"}
            <span className="badge badge--required">必須</span>
          </label>
          <input id="amend-amount" name="amount" type="text" inputMode="numeric" placeholder="例: 1,000,000" aria-invalid={errors.amount ? true : undefined} aria-describedby={errors.amount ? "amend-amount-error" : undefined} />
          <FieldError id="amend-amount-error" message={errors.amount} />
        </div>
      )}
      <div className="form-row">
        <label htmlFor="amend-reason">変更の理由</label>
        <input id="amend-reason" name="reason" type="text" maxLength={500} />
        <FieldError id="amend-reason-error" message={errors.reason} />
      </div>
      <button className="button" type="submit" disabled={pending}>
        変更する
      </button>
    </form>
  );
}
