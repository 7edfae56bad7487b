"use client";
// 発注者へ提出: the key notice (PDF) by e-mail to the ordering body's registered address, or to the
// department's address the contractor types, in one of the body's registered mail domains.
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, TextField } from "@/components/form/inputs";
import { ZKeySubmission } from "@/lib/schemas/key-submission";
import { submitKeyAction } from "./actions";

export function SubmitKeyForm(props: {
  guaranteeId: string;
  orderingBodyName: string;
  registeredAddress: string | null;
  registeredDomains: string[];
  subject: string;
  submissionToken: string;
  /** 前払金請求書 in the same mail: offered for 前払金 / 中間前払金, ticked where the body asks for it. */
  invoice: { offered: boolean; ready: boolean; wanted: boolean };
}) {
  const domains = props.registeredDomains.map((d) => `@${d}`).join("、");
  const otherAddresses = domains ? `担当課のアドレス（${domains}）を指定された場合は書き換えてください。` : "登録アドレス以外には送信できません。";
  return (
    <div className="panel">
      <ActionForm
        schema={ZKeySubmission}
        action={submitKeyAction}
        hidden={{ guaranteeId: props.guaranteeId }}
        defaultValues={{ to: props.registeredAddress ?? "", submissionToken: props.submissionToken, attachInvoice: props.invoice.ready && props.invoice.wanted }}
        submitLabel="認証キーのお知らせを発注者へ送信する"
        idPrefix="submit-key-"
        aria-label="発注者へ提出"
      >
        <TextField
          name="to"
          label="送信先メールアドレス"
          type="email"
          size="l"
          placeholder={props.registeredAddress ?? "keiyaku@city.example.jp"}
          hint={
            props.registeredAddress
              ? `${props.orderingBodyName}の登録アドレスです。${otherAddresses}`
              : domains
                ? `${props.orderingBodyName}の提出先アドレスは登録されていません。担当課のアドレス（${domains}）を入力してください。`
                : `${props.orderingBodyName}の提出先が登録されていないため送信できません。保証会社にお問い合わせください。`
          }
        />
        <div className="field">
          <div className="field__label">
            <span id="submit-key-subject">件名</span>
          </div>
          <div className="field__control">
            <p aria-labelledby="submit-key-subject">{props.subject}</p>
          </div>
        </div>
        <p className="muted">「電子保証にかかる「認証キー」のお知らせ」（PDF）を添付して送信します。</p>
        {props.invoice.offered && (
          <CheckboxField
            name="attachInvoice"
            label="前払金請求書（PDF）も添付する"
            hint={
              props.invoice.ready ? (
                `${props.orderingBodyName}${props.invoice.wanted ? "は認証キーのお知らせと前払金請求書を1通のメールで受け付けています。" : "に前払金請求書も送る場合に選んでください。"}`
              ) : (
                <>
                  振込先が未登録です。<a href={`/netdesk/invoices/${props.guaranteeId}`}>前払金請求書</a>で登録すると添付できます。
                </>
              )
            }
          />
        )}
      </ActionForm>
    </div>
  );
}
