"use client";
// 登録情報の変更申請 (staff): each open request with what is registered and what is asked for, and its
// 承認 / 却下. Branch staff decide today; the administrator role will take this over.
import { useState } from "react";
import type { z } from "zod/mini";
import { ActionButton } from "@/components/action-button";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { FormMessage } from "@/components/form/form-message";
import type { ActionResult } from "@/lib/action-result";
import { TextAreaField } from "@/components/form/inputs";
import { REGISTERED_DETAIL_LABEL, type RegisteredDetailField, type RegisteredDetails } from "@/lib/domain/company-details";
import { ZRejectCompanyDetailsChange } from "@/lib/schemas/account";

type OpenRequest = {
  id: string;
  companyName: string;
  requestedAt: string; // formatted on the server (JST)
  requestedBy: { name: string; email: string };
  current: RegisteredDetails;
  requested: RegisteredDetails;
  changed: RegisteredDetailField[];
};

const REJECT_DEFAULTS: z.input<typeof ZRejectCompanyDetailsChange> = { reason: "" };

export function DetailsChangeRequests({ requests, approve, reject }: { requests: OpenRequest[]; approve: FormAction; reject: FormAction }) {
  // One message for the list: a decided request leaves it, its answer stays.
  const [result, setResult] = useState<ActionResult<unknown>>({ status: "idle" });
  return (
    <>
      <FormMessage result={result} />
      {requests.length === 0 && <p className="muted">申請中の変更はありません。</p>}
      {requests.map((r) => (
        <section key={r.id} className="panel" aria-label={`${r.companyName} の登録情報の変更申請`}>
          <h3>
            {r.companyName}（申請 {r.requestedAt}、{r.requestedBy.name}）
          </h3>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">項目</th>
                <th scope="col">現在の登録内容</th>
                <th scope="col">申請された内容</th>
              </tr>
            </thead>
            <tbody>
              {r.changed.map((field) => (
                <tr key={field}>
                  <th scope="row">{REGISTERED_DETAIL_LABEL[field]}</th>
                  <td>{r.current[field]}</td>
                  <td>{r.requested[field]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ActionButton
            action={approve}
            hidden={{ requestId: r.id }}
            label="承認する"
            aria-label={`${r.companyName} の変更を承認する`}
            confirmText="登録情報を申請された内容に変更します。これから発行する保証証書に反映されます。よろしいですか？"
            onResult={setResult}
          />
          <ActionForm
            schema={ZRejectCompanyDetailsChange}
            action={reject}
            hidden={{ requestId: r.id }}
            defaultValues={REJECT_DEFAULTS}
            submitLabel="却下する"
            submitAriaLabel={`${r.companyName} の変更を却下する`}
            buttonClassName="button button--secondary"
            aria-label={`${r.companyName} の変更の却下`}
            idPrefix={`reject-${r.id}-`}
            onResult={setResult}
            hideMessage
          >
            <TextAreaField name="reason" label="却下の理由（お客様に表示されます）" required maxLength={500} />
          </ActionForm>
        </section>
      ))}
    </>
  );
}
