// 保証契約情報ダウンロード: every guarantee of the current 保証契約一覧 search as CSV (columns in README
// 「The CSV (保証契約情報ダウンロード)」). Amounts are plain integers and dates YYYY/MM/DD so Excel reads them as numbers and dates.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { toCsv } from "@/lib/domain/csv";
import { CERTIFICATE_FORM_LABEL, GUARANTEE_STATUS_LABEL, KIND_SHORT, PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst, formatSeireki } from "@/lib/domain/wareki";
import type { TGuaranteeListFilter } from "@/lib/schemas/guarantee-list-filter";
import { GUARANTEE_LIST_ORDER, GUARANTEE_LIST_SELECT, guaranteeListWhere } from "./guarantee-list-where";

export const GUARANTEE_CSV_HEADER = [
  "No.",
  "保証種類",
  "保証契約番号",
  "商品名",
  "保証証書の形式",
  "状態",
  "発注者名",
  "工事名",
  "請負金額（円）",
  "保証金額（円）",
  "保証期間（開始）",
  "保証期間（終了）",
  "発行日時",
] as const;

export async function exportContractorGuaranteesCsv(options: { actor: ContractorActor; filter: TGuaranteeListFilter }): Promise<string> {
  assertRole(options.actor, "CONTRACTOR");
  const guarantees = await getPrisma().guarantee.findMany({
    where: guaranteeListWhere(options.actor.companyId, options.filter),
    orderBy: GUARANTEE_LIST_ORDER,
    select: { ...GUARANTEE_LIST_SELECT, amount: true, termFrom: true, termTo: true },
  });
  const rows = guarantees.map((g, index) => [
    index + 1,
    KIND_SHORT[g.kind],
    g.contractNumber,
    PRODUCT_NAME[g.kind],
    CERTIFICATE_FORM_LABEL[g.form],
    GUARANTEE_STATUS_LABEL[g.status],
    g.orderingBody.name,
    g.projectName,
    g.contractAmount,
    g.amount,
    formatSeireki(g.termFrom),
    formatSeireki(g.termTo),
    formatDateTimeJst(g.issuedAt),
  ]);
  return toCsv(GUARANTEE_CSV_HEADER, rows);
}
