"use client";
// 照会する: 保証契約番号 and 認証キー, checked in the browser by the API's own schema, answered with the
// certificate below the form.
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import { ZVerifyRequest } from "@/lib/schemas/verify-request";
import type { VerificationResult } from "@/lib/server/verification/verification-result";
import { verifyAction } from "./actions";
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

/** On load, and again when a QR link is opened while this page is already open (only the hash changes). */
function FillFromFragment({ onFill }: { onFill: () => void }) {
  const { reset } = useFormContext();
  useEffect(() => {
    const fill = () => {
      const values = valuesFromFragment();
      if (!values) return;
      reset(values);
      onFill();
    };
    fill();
    window.addEventListener("hashchange", fill);
    return () => window.removeEventListener("hashchange", fill);
  }, [reset, onFill]);
  return null;
}

export function VerifyForm() {
  const [verified, setVerified] = useState<VerificationResult | null>(null);
  return (
    <>
      <div className="panel no-print">
        <ActionForm
          schema={ZVerifyRequest}
          action={verifyAction}
          defaultValues={{ contractNumber: "", authKey: "" }}
          submitLabel="照会する"
          aria-label="電子保証の照会"
          onSuccess={(result) => setVerified(result.data)}
        >
          <FillFromFragment onFill={() => setVerified(null)} />
          <TextField name="contractNumber" label="保証契約番号" placeholder="例: 37071-00000M" hint="契約保証予約証書（入札ボンド）は、予約番号を入力してください。" />
          <TextField name="authKey" label="認証キー" placeholder="英字・数字12文字" size="m" className="key-input" />
        </ActionForm>
      </div>
      {verified && <CertificateView result={verified} />}
    </>
  );
}
