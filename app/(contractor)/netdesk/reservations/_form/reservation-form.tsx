"use client";
// 契約保証予約申込（入札ボンド）: 申込作成 → 申込確認 → 送信完了 with 一時保存, in the shared controls. The
// 契約保証金額 the ordering body asks for (its share of the 入札予定金額) is shown as it is typed, and the
// browser refuses what the server would, in the same words.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { CONNECTION_ERROR } from "@/components/form/action-form";
import { FormSection } from "@/components/form/form-section";
import { SelectField, TextAreaField, TextField } from "@/components/form/inputs";
import { DetailTable } from "@/components/detail-table";
import type { ActionResult } from "@/lib/action-result";
import { RESERVATION_LABELS as L, type ReservationField } from "@/lib/domain/bond-labels";
import { requiredBondAmount } from "@/lib/domain/bid-bond";
import { formatFraction } from "@/lib/domain/guarantee-ratio";
import { formatWareki, todayInJapan } from "@/lib/domain/wareki";
import { formatYen, parseYenAmount } from "@/lib/domain/yen";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import { makeZReservationSubmit, ZReservationDraft, type ReservationOrderingBody, type TReservationData, type TReservationFormValues } from "@/lib/schemas/reservation-application";
import { ConfirmActions } from "../../applications/_form/confirm-actions";
import { FlowSteps } from "../../applications/_form/flow-steps";
import { saveReservationDraftAction, submitReservationAction } from "./actions";

type Props = {
  initialValues: TReservationFormValues;
  applicationId: string | null;
  submissionKey: string;
  orderingBodies: ReservationOrderingBody[];
  branches: { id: string; name: string }[];
};

function RequiredBond({ orderingBodies }: { orderingBodies: ReservationOrderingBody[] }) {
  const [bodyId, bid] = useWatch({ name: ["orderingBodyId", "bidAmount"] }) as [string, string];
  const body = orderingBodies.find((b) => b.id === bodyId);
  const parsed = parseYenAmount(bid ?? "");
  if (!body) return <p className="field-note muted" aria-live="polite">発注者を選ぶと、必要な契約保証金額を表示します。</p>;
  return (
    <p className="field-note" aria-live="polite" data-testid="required-bond">
      {body.name}の定め: 入札予定金額の{formatFraction(body.bidBond.bondShare)}以上
      {parsed.ok && `（${formatYen(requiredBondAmount(parsed.value, body.bidBond))}以上）`}、有効期限は入札日から{body.bidBond.validityDays}日
    </p>
  );
}

export function ReservationForm({ initialValues, applicationId, submissionKey, orderingBodies, branches }: Props) {
  const router = useRouter();
  const schema = useMemo(() => makeZReservationSubmit({ orderingBodies, branchIds: branches.map((b) => b.id), today: todayInJapan() }), [orderingBodies, branches]);
  const form = useForm<TReservationFormValues, unknown, TReservationData>({ resolver: zodResolver(schema), defaultValues: initialValues, mode: "onSubmit", reValidateMode: "onChange" });
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [confirmed, setConfirmed] = useState<TReservationData | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [draftId, setDraftId] = useState(applicationId);
  const [pending, setPending] = useState<null | "draft" | "send">(null);
  const sending = useRef(false);

  const showErrors = (fieldErrors: Record<string, string>, text: string) => {
    setStep("edit");
    for (const [field, m] of Object.entries(fieldErrors)) form.setError(field as ReservationField, { type: "server", message: m });
    setMessage({ kind: "error", text });
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.reservation-form [aria-invalid="true"]')?.focus());
  };
  const call = async <T,>(kind: "draft" | "send", run: () => Promise<ActionResult<T>>) => {
    setPending(kind);
    try {
      const result = await run();
      if (result.status === "error") showErrors(result.fieldErrors, result.message);
      return result.status === "ok" ? result : null;
    } catch {
      showErrors({}, CONNECTION_ERROR);
      return null;
    } finally {
      setPending(null);
    }
  };

  const toConfirm = form.handleSubmit(
    (data) => {
      setMessage(null);
      setConfirmed(data);
      setStep("confirm");
      window.scrollTo(0, 0);
    },
    () => {
      setMessage({ kind: "error", text: "入力内容に誤りがあります。各項目のメッセージをご確認ください。" });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.reservation-form [aria-invalid="true"]')?.focus());
    },
  );

  const saveDraft = async () => {
    form.clearErrors();
    const parsed = ZReservationDraft.safeParse(form.getValues());
    if (!parsed.success) return showErrors(fieldErrorsOf(parsed.error).fieldErrors, "一時保存できませんでした。入力内容をご確認ください。");
    const result = await call("draft", () => saveReservationDraftAction({ values: form.getValues(), applicationId: draftId }));
    if (!result) return;
    setDraftId(result.data.applicationId);
    setMessage({ kind: "info", text: `一時保存しました（${new Date().toLocaleTimeString("ja-JP", { hour: "2-digit", minute: "2-digit" })}）。契約保証予約の一覧からいつでも再開できます。` });
    window.history.replaceState(null, "", `/netdesk/reservations/${result.data.applicationId}/edit`);
  };

  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    const result = await call("send", () => submitReservationAction({ values: form.getValues(), submissionKey, applicationId: draftId }));
    if (result) {
      router.push(`/netdesk/applications/${result.data.applicationId}/sent`);
      return;
    }
    sending.current = false;
  };

  if (step === "confirm" && confirmed) {
    const body = orderingBodies.find((b) => b.id === confirmed.orderingBodyId);
    return (
      <div className="reservation-form">
        <FlowSteps current="申込確認" />
        <h2 className="page-subtitle">申込確認</h2>
        <p>以下の内容で契約保証予約を申し込みます。内容をご確認のうえ「送信する」を押してください。</p>
        <DetailTable
          caption="申込内容"
          rows={[
            [L.orderingBodyId, body?.name],
            [L.projectName, confirmed.projectName],
            [L.projectLocation, confirmed.projectLocation],
            [L.bidNoticeNumber, confirmed.bidNoticeNumber],
            [L.bidDate, confirmed.bidDate ? formatWareki(confirmed.bidDate) : ""],
            [L.bidAmount, formatYen(confirmed.bidAmount)],
            [L.reservedAmount, formatYen(confirmed.reservedAmount)],
            [L.branchId, branches.find((b) => b.id === confirmed.branchId)?.name],
            [L.notificationEmail, confirmed.notificationEmail],
            [L.contactName, [confirmed.contactDepartment, confirmed.contactTitle, confirmed.contactName].filter(Boolean).join(" ")],
            [L.contactPhone, confirmed.contactPhone],
            [L.customerMessage, confirmed.customerMessage],
          ]}
        />
        <p className="muted">予約手数料（消費税を含む）は、審査の後に弊社からお知らせします。</p>
        {message && <p className={`alert alert--${message.kind}`} role="alert">{message.text}</p>}
        <ConfirmActions onEdit={() => setStep("edit")} onSend={send} sending={pending === "send"} />
      </div>
    );
  }

  return (
    <FormProvider {...form}>
      <FlowSteps current="申込作成" />
      <form className="reservation-form form--wide" noValidate onSubmit={toConfirm} aria-label="契約保証予約申込">
        {message && (
          <p className={`alert alert--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </p>
        )}
        <FormSection id="rs-project" title="入札する工事">
          <SelectField name="orderingBodyId" label={L.orderingBodyId} required options={orderingBodies.map((b) => ({ value: b.id, label: b.name }))} />
          <TextField name="projectName" label={L.projectName} required size="l" />
          <TextField name="projectLocation" label={L.projectLocation} required size="l" />
          <TextField name="bidNoticeNumber" label={L.bidNoticeNumber} required size="m" />
          <TextField name="bidDate" label={L.bidDate} required inputMode="numeric" size="s" placeholder="20260115" hint="例: 20260115" />
        </FormSection>
        <FormSection id="rs-amount" title="予約する契約保証">
          <TextField name="bidAmount" label={L.bidAmount} required inputMode="numeric" size="m" hint="円" />
          <TextField name="reservedAmount" label={L.reservedAmount} required inputMode="numeric" size="m" hint={<RequiredBond orderingBodies={orderingBodies} />} />
        </FormSection>
        <FormSection id="rs-information" title="インフォメーション">
          <SelectField name="branchId" label={L.branchId} required options={branches.map((b) => ({ value: b.id, label: b.name }))} />
          <TextField name="notificationEmail" label={L.notificationEmail} required type="email" inputMode="email" size="l" />
          <TextField name="contactDepartment" label={L.contactDepartment} size="m" />
          <TextField name="contactTitle" label={L.contactTitle} size="m" />
          <TextField name="contactName" label={L.contactName} size="m" />
          <TextField name="contactPhone" label={L.contactPhone} type="tel" inputMode="tel" size="m" />
          <TextAreaField name="customerMessage" label={L.customerMessage} rows={3} />
        </FormSection>
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={saveDraft} disabled={pending !== null}>
            {pending === "draft" ? "保存しています…" : "一時保存"}
          </button>
          <button type="submit" className="button" disabled={pending !== null}>
            申込確認へ
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
