"use client";
// The action panel of an application: 受付, 審査開始, 発行 and 差戻し. Buttons are disabled while an
// action runs (the server is idempotent anyway: a double click issues once).
import { useState } from "react";
import { ActionButton } from "@/components/action-button";
import { FormMessage } from "@/components/form/form-message";
import { IDLE, type ActionResult } from "@/lib/action-result";
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField } from "@/components/form/inputs";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { ZReturnApplication } from "@/lib/schemas/return-application";
import { acceptApplicationAction, issueGuaranteesAction, returnApplicationAction, startReviewAction } from "./actions";

export function ApplicationActions({ applicationId, status }: { applicationId: string; status: ApplicationStatus }) {
  const canReturn = status === "SUBMITTED" || status === "ACCEPTED" || status === "UNDER_REVIEW";
  const canIssue = status === "ACCEPTED" || status === "UNDER_REVIEW";
  const hidden = { applicationId };
  // One message for the panel: the latest step's, which stays when the step's button goes away.
  const [result, setResult] = useState<ActionResult<unknown>>(IDLE);

  return (
    <section className="panel action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">処理</h2>
      <FormMessage result={result} />
      <div className="action-panel__buttons">
        {status === "SUBMITTED" && <ActionButton action={acceptApplicationAction} hidden={hidden} label="受付" onResult={setResult} />}
        {status === "ACCEPTED" && <ActionButton action={startReviewAction} hidden={hidden} label="審査開始" buttonClassName="button button--secondary" onResult={setResult} />}
        {canIssue && (
          <ActionButton
            action={issueGuaranteesAction}
            hidden={hidden}
            label="発行"
            onResult={setResult}
            confirmText="この申込の保証を発行します。保証契約番号と認証キーが確定します。よろしいですか？"
          />
        )}
      </div>
      {!canReturn && !canIssue && <p className="muted">この申込に対して行える処理はありません。</p>}
      {canReturn && (
        <ActionForm
          schema={ZReturnApplication}
          action={returnApplicationAction}
          hidden={hidden}
          defaultValues={{ message: "" }}
          submitLabel="差戻し"
          buttonClassName="button button--danger"
          idPrefix="return-"
          className="return-form"
          aria-label="差戻し"
          onResult={setResult}
          hideMessage
        >
          <TextAreaField
            name="message"
            label="差戻し（弊社からお客様へのお知らせ）"
            required
            rows={3}
            maxLength={2000}
            placeholder="例: 預託金融機関の支店名をご確認のうえ、再度送信してください。"
          />
        </ActionForm>
      )}
    </section>
  );
}
