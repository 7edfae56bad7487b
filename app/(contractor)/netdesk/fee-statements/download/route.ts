// 保証料計算書一覧 as CSV (UTF-8 BOM) for the current search.
import { requireContractor } from "@/lib/auth/guards";
import { jstParts } from "@/lib/domain/wareki";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { parseGuaranteeListQuery } from "@/lib/schemas/guarantee-list-filter";
import { exportContractorFeeStatementsCsv } from "@/lib/server/fees/export-contractor-fee-statements-csv";

export async function GET(request: Request): Promise<Response> {
  const actor = await requireContractor();
  const query = parseGuaranteeListQuery(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(query.errors).length > 0) {
    return new Response(`検索条件に誤りがあります: ${Object.values(query.errors).join(" ")}`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const csv = await exportContractorFeeStatementsCsv({ actor, filter: query.filter });
  const { year, month, day } = jstParts(new Date());
  const stamp = `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachmentDisposition(`保証料計算書一覧_${stamp}.csv`, `fee-statements_${stamp}.csv`), "Cache-Control": "private, no-store" },
  });
}
