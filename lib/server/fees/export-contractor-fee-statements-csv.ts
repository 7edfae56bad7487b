// 保証料計算書一覧 as CSV (UTF-8 BOM, as 保証契約情報ダウンロード): every statement of the search, not only a page.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { toCsv } from "@/lib/domain/csv";
import { FEE_STATEMENT_KIND_LABEL } from "@/lib/domain/fee-labels";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { formatSeireki } from "@/lib/domain/wareki";
import type { TGuaranteeListFilter } from "@/lib/schemas/guarantee-list-filter";
import { paymentLineOf } from "./build-fee-statement-file";
import { FEE_STATEMENT_LIST_INCLUDE, FEE_STATEMENT_LIST_ORDER, feeStatementListWhere } from "./list-contractor-fee-statements";

export const FEE_STATEMENT_CSV_HEADER = ["計算書番号", "計算書", "事由", "保証契約番号", "保証種類", "工事名", "金額（円）", "消費税（円）", "作成日", "納付方法", "状態"] as const;

export async function exportContractorFeeStatementsCsv(options: { actor: ContractorActor; filter: TGuaranteeListFilter }): Promise<string> {
  assertRole(options.actor, "CONTRACTOR");
  const rows = await getPrisma().feeStatement.findMany({ where: feeStatementListWhere(options.actor.companyId, options.filter), orderBy: FEE_STATEMENT_LIST_ORDER, include: FEE_STATEMENT_LIST_INCLUDE, take: 10_000 });
  return toCsv(
    FEE_STATEMENT_CSV_HEADER,
    rows.map((s) => [
      s.statementNumber, FEE_STATEMENT_KIND_LABEL[s.kind], s.reason, s.guarantee.contractNumber, KIND_SHORT[s.guarantee.kind], s.guarantee.projectName,
      s.amount, s.tax, formatSeireki(s.issuedOn), paymentLineOf(s), s.replacedById ? "訂正により差替え" : "有効",
    ]),
  );
}
