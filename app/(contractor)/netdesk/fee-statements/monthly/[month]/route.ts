// 一括納付 monthly statement PDF of the contractor's company (month as YYYY-MM); a month without one → 404.
import { requireContractor } from "@/lib/auth/guards";
import { pdfAttachment } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildMonthlyStatementFile } from "@/lib/server/fees/build-monthly-statement-file";

export async function GET(_request: Request, { params }: { params: Promise<{ month: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { month } = await params;
  return responseOrNotFound(async () => pdfAttachment(await buildMonthlyStatementFile({ actor, month })));
}
