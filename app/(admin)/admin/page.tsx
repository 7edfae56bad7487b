import type { Metadata } from "next";
import { MenuGrid } from "@/components/menu-grid";
import { requireAdministrator } from "@/lib/auth/guards";
import { formatPercent } from "@/lib/domain/guarantee-ratio";
import { getVerificationFailureRate } from "@/lib/server/verification/verification-failure-rate";
import { ADMIN_MENU } from "./menu";

export const metadata: Metadata = { title: "本店管理トップ" };

export default async function AdministratorTopPage() {
  const actor = await requireAdministrator();
  const rate = await getVerificationFailureRate({ actor });
  return (
    <main>
      <h1>本店管理（{actor.headOfficeName}）</h1>
      <p className="muted">支店・発注者のマスタと、全支店の担当者・発注者・管理者のアカウントを管理します。</p>
      <h2>管理メニュー</h2>
      <MenuGrid label="管理メニュー" items={ADMIN_MENU} />
      {/* The throttle counts per source, so guessing spread over many addresses shows here instead of
          locking the ordering bodies out. */}
      <h2 id="verification-rate-heading">発注者の照会（直近24時間・全支店）</h2>
      <section className="panel" aria-labelledby="verification-rate-heading" data-testid="verification-failure-rate">
        <p>
          照会 {rate.attempts.toLocaleString("ja-JP")}件、うち失敗 {rate.failures.toLocaleString("ja-JP")}件（失敗率{" "}
          {formatPercent(BigInt(rate.failures), BigInt(rate.attempts))}）、失敗した送信元 {rate.failingSources.toLocaleString("ja-JP")}件
        </p>
        <p className="muted">失敗は、存在しない保証契約番号または誤った認証キーによる照会です。回数制限で受け付けなかった照会は含みません。</p>
      </section>
    </main>
  );
}
