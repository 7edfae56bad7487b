import type { MenuItem } from "@/components/menu-grid";

// Items without href are not built yet and show 準備中. 支店マスタ and 発注者マスタ are the
// administrators' (/admin): a branch's staff manage neither.
export const STAFF_MENU: MenuItem[] = [
  { label: "申込一覧（受付・審査・発行）", href: "/staff/applications" },
  { label: "発行済みの保証（変更・訂正・取消）", href: "/staff/guarantees" },
  { label: "監査ログ", href: "/staff/audit" },
  { label: "請負者の登録・招待", href: "/staff/contractors" },
  { label: "保証料の業務（計算書の郵送・一括納付）", href: "/staff/fees" },
  { label: "前払金使途内訳明細書（承認・差戻し）", href: "/staff/usage-plans" },
  { label: "送信された書類（受付）", href: "/staff/documents" },
  { label: "預託金の払出（払出依頼・払出報告）", href: "/staff/payouts" },
];
