"use client";
// An error in the root layout itself: it replaces the whole document, so it brings its own <html>.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import { ErrorPage } from "@/components/error-page";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="ja">
      <body>
        <ErrorPage
          role="alert"
          title="ただいま表示できません"
          message="システムが一時的に混み合っているか、停止しています。しばらく待ってから、もう一度お試しください。"
        >
          {error.digest ? <p className="muted">お問い合わせの際は参照番号 {error.digest} をお伝えください。</p> : null}
        </ErrorPage>
      </body>
    </html>
  );
}
