import type { MenuItem } from "@/components/menu-grid";

// 本店の管理者: the company-wide master data and accounts. Branch work (申込, 保証, 請負者) is the
// branches' own, under /staff.
export const ADMIN_MENU: MenuItem[] = [
  { label: "支店マスタ（支店の担当者アカウント）", href: "/admin/branches" },
  { label: "発注者マスタ（発注者のアカウント）", href: "/admin/ordering-bodies" },
  { label: "預託金融機関マスタ（担当者アカウント・記載の対応付け）", href: "/admin/bank-branches" },
  { label: "管理者アカウント", href: "/admin/administrators" },
  { label: "保証料の料率表", href: "/admin/fee-rate-tables" },
  { label: "Q&Aの編集", href: "/admin/qa" },
];
