import type { MenuItem } from "@/components/menu-grid";

// The top menu of the real Net Desk (docs/DOMAIN.md, 「The screens」). Items without href are not built yet (準備中).
export const CONTRACTOR_MENU: { heading: string; items: MenuItem[] }[] = [
  {
    heading: "申し込む",
    items: [
      { label: "保証申込（前払・中間・契約）", href: "/netdesk/applications" },
      { label: "契約保証予約申込（入札ボンド）", href: "/netdesk/reservations/new" },
      { label: "前払金使途内訳明細書", href: "/netdesk/usage-plans" },
      { label: "預託金払出依頼書", href: "/netdesk/payout-requests" },
      { label: "前払金請求書", href: "/netdesk/invoices" },
      { label: "保証申込のお勧め", href: "/netdesk/reminders" },
      { label: "書類送信", href: "/netdesk/documents" },
    ],
  },
  {
    heading: "確認する",
    items: [
      { label: "保証契約一覧", href: "/netdesk/guarantees" },
      { label: "保証料計算書一覧", href: "/netdesk/fee-statements" },
      { label: "保証契約情報ダウンロード", href: "/netdesk/guarantees#guarantee-download" },
      { label: "前払金払出予定", href: "/netdesk/payout-schedule" },
      { label: "保証料計算", href: "/netdesk/fees" },
      { label: "Q&A", href: "/netdesk/qa" },
    ],
  },
  { heading: "便利にする", items: [{ label: "お客様情報", href: "/netdesk/profile" }] },
];
