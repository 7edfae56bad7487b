"use client";
// Any error a page did not expect (PostgreSQL unreachable, a bug): a Japanese page with the reference
// the server logged, never a stack trace (production sends only the digest). The layout stays.
import { ErrorPage } from "@/components/error-page";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPage
      role="alert"
      title="ただいま表示できません"
      message="システムが一時的に混み合っているか、停止しています。しばらく待ってから、もう一度お試しください。"
    >
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          もう一度表示する
        </button>
      </p>
      {error.digest ? <p className="muted">お問い合わせの際は参照番号 {error.digest} をお伝えください。</p> : null}
    </ErrorPage>
  );
}
