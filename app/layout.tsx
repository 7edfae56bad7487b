import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Net Desk インターネット保証サービス", template: "%s | Net Desk" },
  description: "公共工事の前払金保証・契約保証の申込と電子保証（認証キー）",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
