"use client";
// 取消: of the change in force (back to the version before it) or of the whole guarantee. Both ask
// for a reason and a confirmation, because neither can be undone.
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZCancelGuarantee } from "@/lib/schemas/guarantee-amendment";
import { cancelChangeAction, cancelGuaranteeAction } from "./actions";

function CancelForm(props: { guaranteeId: string; id: string; title: string; note: string; confirmText: string; button: string; action: FormAction }) {
  return (
    <section className="panel" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      <p className="muted">{props.note}</p>
      <ActionForm
        schema={ZCancelGuarantee}
        action={props.action}
        hidden={{ guaranteeId: props.guaranteeId }}
        defaultValues={{ reason: "" }}
        submitLabel={props.button}
        confirmText={props.confirmText}
        buttonClassName="button button--danger"
        idPrefix={`${props.id}-`}
        aria-label={props.title}
      >
        <TextField name="reason" label="取消の理由" required maxLength={500} size="l" />
      </ActionForm>
    </section>
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
      action={cancelChangeAction}
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
      action={cancelGuaranteeAction}
    />
  );
}
