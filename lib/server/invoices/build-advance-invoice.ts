// The 前払金請求書 PDF of one guarantee, for its own company (the page's download and the 発注者へ提出
// attachment). Without a saved 振込先 there is no invoice yet: NOT_FOUND.
import type { ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { SURETY_COMPANY_NAME } from "@/lib/domain/guarantee-labels";
import { ymdOfDate } from "@/lib/domain/wareki";
import { notFound } from "@/lib/errors";
import { DEFAULT_INVOICE_STATEMENT, advanceInvoiceFileName, buildAdvanceInvoicePdf } from "@/lib/pdf/advance-invoice";
import { findInvoiceGuarantee } from "./invoice-guarantee";

export type AdvanceInvoiceFile = { fileName: string; asciiFileName: string; bytes: Uint8Array };

export async function buildAdvanceInvoice(options: { actor: Pick<ContractorActor, "companyId">; guaranteeId: string }): Promise<AdvanceInvoiceFile> {
  const g = await findInvoiceGuarantee(getPrisma(), options.actor.companyId, options.guaranteeId);
  const invoice = g.advanceInvoice;
  if (!invoice) throw notFound();
  const productName = g.kind === "INTERMEDIATE" ? "中間前払金" : "前払金";
  const bytes = await buildAdvanceInvoicePdf({
    addressee: g.orderingBody.invoiceAddressee ?? `${g.orderingBody.name}　様`,
    statement: g.orderingBody.invoiceStatement ?? DEFAULT_INVOICE_STATEMENT.replace("前払金", productName),
    invoiceDate: ymdOfDate(invoice.invoiceDate),
    amount: g.amount,
    productName,
    projectName: g.projectName,
    projectLocation: g.application.projectLocation,
    contractDate: g.application.contractDate ? ymdOfDate(g.application.contractDate) : null,
    contractAmount: g.contractAmount,
    contractNumber: g.contractNumber,
    suretyName: `${SURETY_COMPANY_NAME} ${g.branch.name}`,
    bank: g.depositBank ?? "",
    accountType: invoice.accountType,
    accountNumber: invoice.accountNumber,
    accountHolder: invoice.accountHolder,
    companyAddress: `〒${g.company.postalCode} ${g.company.address}`,
    companyName: g.company.name,
    representativeName: g.company.representativeName,
  });
  return { fileName: advanceInvoiceFileName(g.contractNumber), asciiFileName: `advance-invoice_${g.contractNumber}.pdf`, bytes };
}
