import type { Metadata } from "next";
import { headers } from "next/headers";
// The one stylesheet, by concern; the order is the cascade (see app/styles/tokens.css).
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/forms.css";
import "./styles/screens.css";

export const metadata: Metadata = {
  title: { default: "Net Desk インターネット保証サービス", template: "%s | Net Desk" },
  description: "公共工事の前払金保証・契約保証の申込と電子保証（認証キー）",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so each gets the nonce proxy.ts put in its CSP.
  await headers();
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
