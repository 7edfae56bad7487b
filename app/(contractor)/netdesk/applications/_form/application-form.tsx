"use client";
// 申込作成 → 申込確認 → 送信. One react-hook-form holds every value from the first key press to the
// send, so going back from 申込確認, a refused send or a server error never loses what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { todayInJapan } from "@/lib/domain/wareki";
import { CONNECTION_ERROR } from "@/components/form/action-form";
import type { ActionResult } from "@/lib/action-result";
import {
  ZApplicationDraft, makeZApplicationSubmit, type ApplicationFieldErrors, type TApplicationData, type TApplicationFormValues,
} from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import { APPLICATION_LABELS, type ApplicationField } from "@/lib/domain/application-labels";
import type { OrderingBodyRule } from "@/lib/schemas/application-rules";
import { checkApplicationAction } from "../_actions/check-application-action";
import { saveDraftAction } from "../_actions/save-draft-action";
import { submitApplicationAction } from "../_actions/submit-application-action";
import type { FeeTablesInForce } from "./application-summary";
import { BiddingSection } from "./bidding-section";
import { ContractSection } from "./contract-section";
import { ErrorSummary } from "./error-summary";
import { ConfirmActions } from "./confirm-actions";
import { FlowSteps } from "./flow-steps";
import { GuaranteeSection } from "./guarantee-section";
import { InformationSection } from "./information-section";

type Props = {
  initialValues: TApplicationFormValues;
  applicationId: string | null; // the draft or returned application being edited
  submissionKey: string;
  orderingBodies: OrderingBodyRule[];
  branches: { id: string; name: string }[];
  /** A returned application's branch: shown read-only, the application goes back there. */
  lockedBranch: { id: string; name: string } | null;
  /** 保証料（概算） on 申込確認: the rate tables in force today. */
  feeTables?: FeeTablesInForce;
};

const FIELD_ORDER = Object.keys(APPLICATION_LABELS) as ApplicationField[];

// 申込確認's summary (with the 保証料 estimate and its rate rules) is not needed to fill in the form: it is
// fetched when 申込確認へ is pressed, alongside the server's check, and the step changes once both are in.
const loadSummary = () => import("./application-summary");
const ApplicationSummary = lazy(() => loadSummary().then((m) => ({ default: m.ApplicationSummary })));

/** Focus the first field marked invalid, in the order the page shows them. */
function focusFirstError() {
  requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('.application-form [aria-invalid="true"]');
    first?.focus();
    first?.scrollIntoView({ block: "center" });
  });
}

export function ApplicationForm({ initialValues, applicationId, submissionKey, orderingBodies, branches, lockedBranch, feeTables }: Props) {
  const router = useRouter();
  const rules = useMemo(
    () => ({ orderingBodies, branchIds: branches.map((b) => b.id), today: todayInJapan() }),
    [orderingBodies, branches],
  );
  const form = useForm<TApplicationFormValues, unknown, TApplicationData>({
    resolver: zodResolver(makeZApplicationSubmit(rules)),
    defaultValues: initialValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false, // focusFirstError follows the page order, server errors included
    shouldUnregister: false, // a guarantee unticked and ticked again keeps its values
  });
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [confirmed, setConfirmed] = useState<TApplicationData | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [draftId, setDraftId] = useState(applicationId);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [pending, setPending] = useState<null | "draft" | "check" | "send">(null);
  const sending = useRef(false);

  const errors = FIELD_ORDER.flatMap((field): [ApplicationField, string][] => {
    const message = form.formState.errors[field]?.message;
    return message ? [[field, message]] : [];
  });

  const showErrors = (fieldErrors: ApplicationFieldErrors, message: string | null) => {
    setStep("edit");
    for (const [field, text] of Object.entries(fieldErrors)) form.setError(field as ApplicationField, { type: "server", message: text });
    setFormError(message);
    if (Object.keys(fieldErrors).length > 0) focusFirstError();
    else requestAnimationFrame(() => document.querySelector<HTMLElement>(".error-summary")?.focus());
  };

  const call = async <T,>(kind: "draft" | "check" | "send", run: () => Promise<ActionResult<T>>) => {
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

  const onInvalid = (_errors: FieldErrors<TApplicationFormValues>) => {
    setFormError(null);
    focusFirstError();
  };

  const toConfirm = form.handleSubmit(async (data) => {
    setFormError(null);
    const summaryLoaded = loadSummary().then(() => true, () => false);
    const result = await call("check", () => checkApplicationAction(form.getValues()));
    if (!result) return;
    if (!(await summaryLoaded)) return showErrors({}, CONNECTION_ERROR);
    setConfirmed(data);
    setStep("confirm");
  }, onInvalid);

  // Each step starts at its top: keyboard and screen-reader users land on the step's heading.
  useEffect(() => {
    if (step !== "confirm") return;
    window.scrollTo(0, 0);
    document.getElementById("confirm-heading")?.focus();
  }, [step]);

  const saveDraft = async () => {
    form.clearErrors();
    setFormError(null);
    const parsed = ZApplicationDraft.safeParse(form.getValues());
    if (!parsed.success) return showErrors(fieldErrorsOf(parsed.error).fieldErrors, "一時保存できませんでした。入力内容をご確認ください。");
    const result = await call("draft", () => saveDraftAction({ values: form.getValues(), applicationId: draftId }));
    if (!result) return;
    setDraftId(result.data.applicationId);
    setSavedAt(new Date().toLocaleTimeString("ja-JP", { hour: "2-digit", minute: "2-digit" }));
    // The address now names the draft, so a reload resumes it.
    window.history.replaceState(null, "", `/netdesk/applications/${result.data.applicationId}/edit`);
  };

  const send = async () => {
    if (sending.current) return; // a double click sends once (the server would answer the same anyway)
    sending.current = true;
    const result = await call("send", () => submitApplicationAction({ values: form.getValues(), submissionKey, applicationId: draftId }));
    if (result) {
      router.push(`/netdesk/applications/${result.data.applicationId}/sent`);
      return; // stay disabled while leaving
    }
    sending.current = false;
  };

  if (step === "confirm" && confirmed) {
    return (
      <div className="application-form">
        <FlowSteps current="申込確認" />
        <h2 id="confirm-heading" tabIndex={-1} className="page-subtitle">
          申込確認
        </h2>
        <p>以下の内容で申し込みます。内容をご確認のうえ「送信する」を押してください。</p>
        <Suspense fallback={null}>
          <ApplicationSummary
            data={confirmed}
            orderingBodyName={orderingBodies.find((b) => b.id === confirmed.orderingBodyId)?.name ?? null}
            branchName={branches.find((b) => b.id === confirmed.branchId)?.name ?? null}
            feeTables={feeTables}
          />
        </Suspense>
        <ConfirmActions onEdit={() => setStep("edit")} onSend={send} sending={pending === "send"} />
      </div>
    );
  }

  return (
    <FormProvider {...form}>
      <FlowSteps current="申込作成" />
      <form className="application-form" noValidate onSubmit={toConfirm} aria-label="保証申込">
        <ErrorSummary errors={errors} formError={formError} />
        {savedAt && (
          <p className="alert alert--info" role="status">
            一時保存しました（{savedAt}）。申込一覧からいつでも再開できます。
          </p>
        )}
        <ContractSection orderingBodies={orderingBodies} />
        <GuaranteeSection orderingBodies={orderingBodies} />
        <BiddingSection />
        <InformationSection branches={branches} lockedBranch={lockedBranch} />
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={saveDraft} disabled={pending !== null}>
            {pending === "draft" ? "保存しています…" : "一時保存"}
          </button>
          <button type="submit" className="button" disabled={pending !== null}>
            {pending === "check" ? "確認しています…" : "申込確認へ"}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
