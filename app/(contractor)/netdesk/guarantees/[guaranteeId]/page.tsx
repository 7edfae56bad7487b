import type { Metadata } from "next";
import { HelpLink } from "@/components/help-link";
import Link from "next/link";
import { requireContractor } from "@/lib/auth/guards";
import { CHANGE_TYPE_LABEL, VERSION_KIND_LABEL } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorEGuarantee } from "@/lib/server/guarantees/get-contractor-e-guarantee";
import { getKeySubmissionDefaults } from "@/lib/server/guarantees/get-key-submission-defaults";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { lastOrderingBodyCheck } from "@/lib/server/guarantees/last-ordering-body-check";
import { listMailStatus } from "@/lib/server/mail/list-mail-status";
import { MailStatusTable } from "@/components/mail-status-table";
import { CertificateLink } from "./certificate-link";
import { CopyKeyButton } from "./copy-key-button";
import { SubmitKeyForm } from "./submit-key-form";
import { HistoryTabs } from "../history-tabs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RESERVATION_WORDS } from "@/lib/domain/bond-labels";
import { RESERVATION_STATE_LABEL } from "@/lib/domain/bid-bond";
import { formatDateBoth } from "@/lib/domain/wareki";
import { ConvertReservationButton } from "./convert-reservation-button";

export const metadata: Metadata = { title: "電子保証概要" };

export default async function EGuaranteeSummaryPage({ params }: { params: Promise<{ guaranteeId: string }> }) {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  const guarantee = await orNotFound(getContractorEGuarantee({ actor, guaranteeId }));
  const { content } = guarantee;
  const [check, submissions, submission] = await Promise.all([
    lastOrderingBodyCheck(guarantee.id),
    listMailStatus({ guaranteeIds: [guarantee.id], kinds: ["KEY_SUBMISSION"] }),
    getKeySubmissionDefaults(guarantee.id, content),
  ]);
  const active = guarantee.status === "ACTIVE";
  const reservation = guarantee.reservation;
  const W = RESERVATION_WORDS;
  // Issued for this user and guarantee, spent by the one submission it allows.
  const submissionToken = active ? await issueKeySubmissionToken({ actor, guaranteeId: guarantee.id }) : "";

  return (
    <main className="guarantees">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証契約一覧", href: "/netdesk/guarantees" }, { label: "電子保証概要" }]} />
      <HelpLink href="/netdesk/help/guarantees" label="保証契約一覧のヘルプ" />
      <HistoryTabs current="summary" />
      <h1>
        電子保証概要（{content.productName}）<small className="gd-latest">※最新の情報を表示しています。</small>
      </h1>
      {!active && (
        <div className="alert alert--error" role="status">
          この保証は取消されています。認証キーのお知らせは印刷できません。
        </div>
      )}
      {guarantee.kind === "ADVANCE" && active && (
        <p className="form-actions form-actions--start">
          <Link className="button" href={`/netdesk/guarantees/${guarantee.id}/intermediate`}>
            中間前払金保証を申し込む
          </Link>
        </p>
      )}
      {reservation && (
        <div className="panel" id="gd-reservation">
          <p>
            予約の状態: <strong data-testid="reservation-state">{RESERVATION_STATE_LABEL[reservation.state]}</strong>（{W.validUntil} {formatDateBoth(new Date(`${content.termTo}T00:00:00Z`))}）
          </p>
          <p className="form-actions form-actions--start">
            <a className="button button--secondary" href={`/netdesk/reservations/certificate/${guarantee.id}`} download>
              {W.certificate}（PDF）
            </a>
            {reservation.state === "VALID" && <ConvertReservationButton reservationId={guarantee.id} />}
            {reservation.convertedApplicationId && (
              <Link className="button button--secondary" href={`/netdesk/applications/${reservation.convertedApplicationId}`}>
                移行先の保証申込を見る
              </Link>
            )}
          </p>
        </div>
      )}

      <table className="data gd-summary">
        <caption className="visually-hidden">電子保証の概要</caption>
        <tbody>
          <tr>
            <th scope="row">{reservation ? W.number : "保証契約番号"}</th>
            <td className="gl-number">{content.contractNumber}</td>
            <th scope="row">{reservation ? W.bidder : "請負契約者"}</th>
            <td>{content.contractor} 様</td>
            <th scope="row">JV名</th>
            <td>{content.jvName ?? ""}</td>
          </tr>
          <tr>
            <th scope="row">工事名</th>
            <td colSpan={5}>{content.projectName}</td>
          </tr>
          <tr>
            <th scope="row">発注者名</th>
            <td colSpan={5}>{content.orderingBody}</td>
          </tr>
          <tr>
            <th scope="row">{reservation ? W.bidAmount : "請負金額"}</th>
            <td className="num">{formatYen(BigInt(content.contractAmount), " 円")}</td>
            <th scope="row">{reservation ? W.amount : "保証金額"}</th>
            <td className="num" colSpan={3}>
              {formatYen(BigInt(content.guaranteeAmount), " 円")}
            </td>
          </tr>
          {content.parentContractNumber && (
            <tr>
              <th scope="row">前払金保証の保証契約番号</th>
              <td colSpan={5} className="gl-number">{content.parentContractNumber}</td>
            </tr>
          )}
          <tr>
            <th scope="row">商品名</th>
            <td>{content.productName}</td>
            <th scope="row">預託金融機関</th>
            <td colSpan={3}>{content.depositBank ?? ""}</td>
          </tr>
        </tbody>
      </table>

      <section aria-labelledby="gd-key-heading">
        <h2 id="gd-key-heading">
          認証キー <small className="gd-note">※発注者にお知らせください。（印刷ボタンをクリックして、PDFデータを発注者に提出することをお奨めします。）</small>
        </h2>
        <div className="panel gd-key">
          <span className="gd-key__label" id="gd-key-label">
            認証キー
          </span>
          <code className="gd-key__value" id="gd-key-value" aria-labelledby="gd-key-label" data-testid="auth-key">
            {guarantee.authKey}
          </code>
          <CopyKeyButton authKey={guarantee.authKey} />
          {active && (
            <a className="button" href={`/netdesk/guarantees/${guarantee.id}/key-notice`} download>
              印刷
            </a>
          )}
        </div>
        <details className="gd-howto">
          <summary>印刷方法について</summary>
          <p>
            「印刷」を押すと「電子保証にかかる「認証キー」のお知らせ」（PDF）がダウンロードされます。PDFを電子メールに添付するか、印刷して、発注者へ提出してください。発注者は保証契約番号と認証キーで電子保証の内容を確認します。
          </p>
          <p>英字の大文字・小文字は区別されます。数字の「0」と英字の「O」、数字の「1」と英字の「l」「I」にご注意ください。</p>
          <p>
            <Link href="/netdesk/qa?screen=GUARANTEES">電子保証と認証キーについてのQ&amp;A</Link>
          </p>
        </details>
        <p className="gd-check">
          発注者による確認:{" "}
          {check.confirmedAt ? (
            <strong className="gd-check--done">{formatDateTimeJst(check.confirmedAt)} 確認済み</strong>
          ) : (
            <strong className="gd-check--none">未確認</strong>
          )}
        </p>
        {check.lookedUpAt && (
          <p className="gd-check">
            その他の照会: <strong>{formatDateTimeJst(check.lookedUpAt)} 照会あり</strong>{" "}
            <small className="muted">（発注者のアカウント以外からの照会です。発注者による確認には数えません。）</small>
          </p>
        )}
      </section>

      {content.guaranteeKind !== "CONTRACT" && active && (
        <section aria-labelledby="gd-advance-heading">
          <h2 id="gd-advance-heading">前払金の手続</h2>
          <p className="button-row">
            <Link className="button button--secondary" href={`/netdesk/usage-plans/guarantee/${guarantee.id}`}>
              前払金使途内訳明細書
            </Link>
            <Link className="button button--secondary" href={`/netdesk/invoices/${guarantee.id}`}>
              前払金請求書
            </Link>
            <Link className="button button--secondary" href={`/netdesk/documents?target=guarantee:${guarantee.id}`}>
              書類送信
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="gd-submit-heading">
        <h2 id="gd-submit-heading">発注者へ提出</h2>
        {active ? (
          <SubmitKeyForm guaranteeId={guarantee.id} submissionToken={submissionToken} {...submission} />
        ) : (
          <p className="muted">取消された保証の認証キーは提出できません。</p>
        )}
        <h3>送信状況</h3>
        <MailStatusTable rows={submissions} label="発注者への提出の送信状況" />
      </section>

      <section aria-labelledby="gd-history-heading">
        <h2 id="gd-history-heading">
          電子保証情報（履歴情報） <small className="gd-note">※訂正、変更取消された履歴は表示されません。</small>
        </h2>
        <p className="muted">電子保証発行日時とは、発注者が保証証書を確認するシステム（プラットフォーム）に保証証書が到着した日時のことです。</p>
        <table className="data gd-history">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">電子保証発行日時</th>
              <th scope="col">対象</th>
              <th scope="col">電子保証</th>
            </tr>
          </thead>
          <tbody>
            {guarantee.history.map((version, index) => (
              <tr key={version.versionNo}>
                <td className="num">{index + 1}</td>
                <td className="nowrap">{formatDateTimeJst(version.issuedAt)}</td>
                <td>
                  {VERSION_KIND_LABEL[version.kind]}
                  {version.changeType && `（${CHANGE_TYPE_LABEL[version.changeType]}）`}
                </td>
                <td>
                  <CertificateLink href={`/netdesk/guarantees/${guarantee.id}/certificates/${version.versionNo}`} label={`No.${index + 1} の電子証書を別ウィンドウで表示`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <Link href="/netdesk/guarantees">‹ 保証契約一覧へ戻る</Link>
      </p>
    </main>
  );
}
