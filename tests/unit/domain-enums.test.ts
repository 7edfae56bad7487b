// lib/domain/enums.ts lists the values prisma/schema.prisma declares, so the domain needs no import
// from lib/db. The two must not drift: same values, same order, same types.
import { describe, expect, it } from "vitest";
import * as Prisma from "@/lib/db/generated/enums";
import * as Domain from "@/lib/domain/enums";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(_: T) => _;
same<Same<Domain.Role, Prisma.Role>>(true);
same<Same<Domain.GuaranteeKind, Prisma.GuaranteeKind>>(true);
same<Same<Domain.CertificateForm, Prisma.CertificateForm>>(true);
same<Same<Domain.ApplicationStatus, Prisma.ApplicationStatus>>(true);
same<Same<Domain.GuaranteeStatus, Prisma.GuaranteeStatus>>(true);
same<Same<Domain.CertificateVersionKind, Prisma.CertificateVersionKind>>(true);
same<Same<Domain.ChangeType, Prisma.ChangeType>>(true);
same<Same<Domain.OrderType, Prisma.OrderType>>(true);
same<Same<Domain.ReceiveMethod, Prisma.ReceiveMethod>>(true);
same<Same<Domain.FeePaymentMethod, Prisma.FeePaymentMethod>>(true);
same<Same<Domain.ChangeRequestStatus, Prisma.ChangeRequestStatus>>(true);
same<Same<Domain.FeeKind, Prisma.FeeKind>>(true);
same<Same<Domain.FeeRateTableStatus, Prisma.FeeRateTableStatus>>(true);
same<Same<Domain.FeeReceiptMethod, Prisma.FeeReceiptMethod>>(true);
same<Same<Domain.FeeStatementKind, Prisma.FeeStatementKind>>(true);
same<Same<Domain.ApplicationKind, Prisma.ApplicationKind>>(true);
same<Same<Domain.UsagePlanStatus, Prisma.UsagePlanStatus>>(true);
same<Same<Domain.UsagePlanVersionKind, Prisma.UsagePlanVersionKind>>(true);
same<Same<Domain.UsageWorkType, Prisma.UsageWorkType>>(true);
same<Same<Domain.PayoutMethod, Prisma.PayoutMethod>>(true);
same<Same<Domain.PayeeKind, Prisma.PayeeKind>>(true);
same<Same<Domain.DocumentKind, Prisma.DocumentKind>>(true);
same<Same<Domain.DocumentStatus, Prisma.DocumentStatus>>(true);
same<Same<Domain.PayoutLineStatus, Prisma.PayoutLineStatus>>(true);
same<Same<Domain.MailKind, Prisma.MailKind>>(true);

describe("the domain's enums are the database's", () => {
  it.each([
    ["Role", Domain.ROLES, Prisma.Role],
    ["GuaranteeKind", Domain.GUARANTEE_KINDS, Prisma.GuaranteeKind],
    ["ApplicationKind", Domain.APPLICATION_KINDS, Prisma.ApplicationKind],
    ["CertificateForm", Domain.CERTIFICATE_FORMS, Prisma.CertificateForm],
    ["ApplicationStatus", Domain.APPLICATION_STATUSES, Prisma.ApplicationStatus],
    ["GuaranteeStatus", Domain.GUARANTEE_STATUSES, Prisma.GuaranteeStatus],
    ["CertificateVersionKind", Domain.CERTIFICATE_VERSION_KINDS, Prisma.CertificateVersionKind],
    ["ChangeType", Domain.CHANGE_TYPES, Prisma.ChangeType],
    ["OrderType", Domain.ORDER_TYPES, Prisma.OrderType],
    ["ReceiveMethod", Domain.RECEIVE_METHODS, Prisma.ReceiveMethod],
    ["FeePaymentMethod", Domain.FEE_PAYMENT_METHODS, Prisma.FeePaymentMethod],
    ["ChangeRequestStatus", Domain.CHANGE_REQUEST_STATUSES, Prisma.ChangeRequestStatus],
    ["FeeKind", Domain.FEE_KINDS, Prisma.FeeKind],
    ["FeeRateTableStatus", Domain.FEE_RATE_TABLE_STATUSES, Prisma.FeeRateTableStatus],
    ["FeeReceiptMethod", Domain.FEE_RECEIPT_METHODS, Prisma.FeeReceiptMethod],
    ["FeeStatementKind", Domain.FEE_STATEMENT_KINDS, Prisma.FeeStatementKind],
    ["UsagePlanStatus", Domain.USAGE_PLAN_STATUSES, Prisma.UsagePlanStatus],
    ["UsagePlanVersionKind", Domain.USAGE_PLAN_VERSION_KINDS, Prisma.UsagePlanVersionKind],
    ["UsageWorkType", Domain.USAGE_WORK_TYPES, Prisma.UsageWorkType],
    ["PayoutMethod", Domain.PAYOUT_METHODS, Prisma.PayoutMethod],
    ["PayeeKind", Domain.PAYEE_KINDS, Prisma.PayeeKind],
    ["DocumentKind", Domain.DOCUMENT_KINDS, Prisma.DocumentKind],
    ["DocumentStatus", Domain.DOCUMENT_STATUSES, Prisma.DocumentStatus],
    ["PayoutLineStatus", Domain.PAYOUT_LINE_STATUSES, Prisma.PayoutLineStatus],
    ["MailKind", Domain.MAIL_KINDS, Prisma.MailKind],
  ] as const)("%s", (_name, domain, prisma) => {
    expect([...domain]).toEqual(Object.values(prisma));
  });
});
