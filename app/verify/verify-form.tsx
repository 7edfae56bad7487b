"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { ZVerifyRequest, verifyFieldErrors } from "@/lib/schemas/verify-request";
import { verifyAction, type VerifyActionState } from "./actions";
import { CertificateView } from "./certificate-view";

/** Reads 保証契約番号 and 認証キー from the URL fragment (the QR code of the key notice), then drops it from the address bar. */
function valuesFromFragment(): { contractNumber: string; authKey: string } | null {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const contractNumber = params.get("contractNumber");
  const authKey = params.get("authKey");
  if (!contractNumber && !authKey) return null;
  window.history.replaceState(null, "", window.location.pathname);
  return { contractNumber: contractNumber ?? "", authKey: authKey ?? "" };
}

export function VerifyForm() {
  const [contractNumber, setContractNumber] = useState("");
  const [authKey, setAuthKey] = useState("");
  const [state, setState] = useState<VerifyActionState>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  const ids = { number: useId(), key: useId() };

  // On load, and again when a QR link is opened while this page is already open (only the hash changes).
  useEffect(() => {
    const fillFromFragment = () => {
      const fromFragment = valuesFromFragment();
      if (!fromFragment) return;
      setContractNumber(fromFragment.contractNumber);
      setAuthKey(fromFragment.authKey);
      setState({ kind: "idle" });
    };
    fillFromFragment();
    window.addEventListener("hashchange", fillFromFragment);
    return () => window.removeEventListener("hashchange", fillFromFragment);
  }, []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { contractNumber, authKey };
    const checked = ZVerifyRequest.safeParse(input);
    if (!checked.success) {
      setState({ kind: "error", message: "入力内容をご確認ください。", fieldErrors: verifyFieldErrors(checked.error) });
      return;
    }
    startTransition(async () => setState(await verifyAction(input)));
  }

  const fieldErrors = state.kind === "error" ? state.fieldErrors ?? {} : {};
  return (
    <>
      <form onSubmit={submit} noValidate className="panel no-print" aria-describedby={state.kind === "error" ? "verify-error" : undefined}>
        {state.kind === "error" && (
          <div id="verify-error" className="alert alert--error" role="alert">
            {state.message}
          </div>
        )}
        <div className="form-row">
          <label htmlFor={ids.number}>保証契約番号</label>
          <input
            id={ids.number}
            type="text"
            inputMode="text"
            autoComplete="off"
            placeholder="例: 37071-00000M"
            value={contractNumber}
            onChange={(e) => setContractNumber(e.target.value)}
            aria-invalid={Boolean(fieldErrors.contractNumber)}
            aria-describedby={fieldErrors.contractNumber ? `${ids.number}-error` : undefined}
          />
          {fieldErrors.contractNumber && (
            <span id={`${ids.number}-error`} className="field-error">
              {fieldErrors.contractNumber}
            </span>
          )}
        </div>
        <div className="form-row">
          <label htmlFor={ids.key}>認証キー</label>
          <input
            id={ids.key}
            type="text"
            autoComplete="off"
            spellCheck={false}
            className="key-input"
            placeholder="英字・数字12文字"
            value={authKey}
            onChange={(e) => setAuthKey(e.target.value)}
            aria-invalid={Boolean(fieldErrors.authKey)}
            aria-describedby={fieldErrors.authKey ? `${ids.key}-error` : undefined}
          />
          {fieldErrors.authKey && (
            <span id={`${ids.key}-error`} className="field-error">
              {fieldErrors.authKey}
            </span>
          )}
        </div>
        <button type="submit" className="button" disabled={pending}>
          照会する
        </button>
      </form>
      {state.kind === "verified" && <CertificateView result={state.result} />}
    </>
  );
}
