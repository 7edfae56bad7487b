// The certificate window (電子証書) opened by 「選択」 on 電子保証概要: everything the chosen version
// states, on a clean A4 sheet that prints as it is shown. Outside the contractor layout on purpose
// (no site header in the window), so it calls the guard itself.
import type { Metadata } from "next";
import { requireContractor } from "@/lib/auth/guards";
import { certificateRows } from "@/lib/domain/certificate-content";
import { CERTIFICATE_STATEMENT } from "@/lib/domain/guarantee-labels";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorCertificate } from "@/lib/server/guarantees/get-contractor-certificate";
import { CERTIFICATE_NOTE } from "./certificate-messages";
import { PrintButtons } from "./print-buttons";

export const metadata: Metadata = { title: "電子証書", robots: { index: false } };

export default async function CertificatePage({ params }: { params: Promise<{ guaranteeId: string; versionNo: string }> }) {
  const actor = await requireContractor();
  const { guaranteeId, versionNo } = await params;
  const certificate = await orNotFound(getContractorCertificate({ actor, guaranteeId, versionNo }));
  const { content } = certificate;

  return (
    <div className="certificate-window">
      <PrintButtons />
      <article className="certificate-sheet" aria-labelledby="certificate-title">
        <header className="certificate-sheet__head">
          <p className="certificate-sheet__kicker">電子保証（電子証書）</p>
          <h1 id="certificate-title">{content.productName}証書</h1>
          <p className="certificate-sheet__number">保証契約番号 {content.contractNumber}</p>
          {content.status === "CANCELLED" && <p className="certificate-sheet__cancelled">この保証は取消されています</p>}
        </header>
        <p className="certificate-sheet__addressee">{content.orderingBody} 様</p>
        <p className="certificate-sheet__statement">{CERTIFICATE_STATEMENT[content.guaranteeKind]}</p>
        <p className="certificate-sheet__ki">記</p>
        <table className="certificate-sheet__rows">
          <tbody>
            {certificateRows(content).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.value === "" ? "―" : row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <footer className="certificate-sheet__foot">
          <p className="certificate-sheet__issuer">
            {content.suretyCompany}
            <br />
            {content.suretyBranch}
          </p>
          {certificate.signed && (
            <p className="certificate-sheet__signature">
              この電子証書は保証会社の電子署名付きで発行されています（署名鍵ID: {certificate.signingKeyId ?? "―"}）。
            </p>
          )}
          <p className="certificate-sheet__note">{CERTIFICATE_NOTE}</p>
        </footer>
      </article>
    </div>
  );
}
