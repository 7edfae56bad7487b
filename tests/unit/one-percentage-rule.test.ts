// 割合 is one rule on every screen: 39,996円 of 100,000円 reads 39.9% on the contractor's 申込確認 and on
// the staff's 申込の詳細 alike (the staff page rounded half-up to 40.0% before).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApplicationSummary } from "@/app/(contractor)/netdesk/applications/_form/application-summary";
import { ApplicationDetails } from "@/app/(staff)/staff/applications/[id]/application-details";
import { flyerApplicationData } from "@/lib/db/seed-demo-application";
import { EMPTY_APPLICATION_FORM, ZApplicationDraft } from "@/lib/schemas/application";
import type { BranchApplication } from "@/lib/server/applications/get-branch-application";

const company = { id: "c", name: "〇〇建設 株式会社", email: "soumu@example.jp", postalCode: "380-8537", address: "長野市", contactDepartment: null, contactTitle: null, contactName: null, contactPhone: null };

function staffPage(amounts: { contractAmount: bigint; advanceAmount: bigint; advanceFiscalYearAmount: bigint | null; contractGuaranteeAmount: bigint }) {
  const application = {
    ...flyerApplicationData({ company: company as never, contractor: { id: "u" }, orderingBody: { id: "o" }, branch: { id: "b" } }),
    ...amounts,
    company,
    orderingBody: { name: "長野県△△建設事務所長" },
    branch: { name: "長野支店" },
    createdBy: { name: "佐藤 花子", email: "contractor@example.jp" },
    companyMessage: null,
    jvName: null,
    visitDate: null,
    visitHour: null,
    secondBidder: null, secondBidAmountThousand: null, highestBidder: null, highestBidAmountThousand: null,
    bidRounds: null, bidderCount: null, disqualifiedCount: null,
  } as unknown as BranchApplication;
  return renderToStaticMarkup(createElement(ApplicationDetails, { application }));
}

function confirmationPage(raw: Record<string, string | boolean>) {
  const data = ZApplicationDraft.parse({ ...EMPTY_APPLICATION_FORM, advanceRequested: true, contractGuaranteeRequested: true, ...raw });
  return renderToStaticMarkup(createElement(ApplicationSummary, { data, orderingBodyName: null, branchName: null }));
}

describe("one percentage rule on every screen", () => {
  it("39,996円 / 100,000円 is 39.9% on the staff's 申込の詳細 and on 申込確認", () => {
    const staff = staffPage({ contractAmount: 100_000n, advanceAmount: 39_996n, advanceFiscalYearAmount: null, contractGuaranteeAmount: 10_000n });
    expect(staff).toContain("39,996円（請負金額の39.9%）");
    expect(staff).toContain("10,000円（請負金額の10.0%）");
    const confirmation = confirmationPage({ contractAmount: "100,000", advanceAmount: "39,996", contractGuaranteeAmount: "10,000" });
    expect(confirmation).toContain("39.9%（請負金額に対する前払金保証金額の割合）");
    expect(confirmation).toContain("10.0%（請負金額に対する契約保証金額の割合）");
  });

  it("measures the advance against 今年度対象額 when one is given, and names it", () => {
    const staff = staffPage({ contractAmount: 200_000n, advanceAmount: 39_996n, advanceFiscalYearAmount: 100_000n, contractGuaranteeAmount: 20_000n });
    expect(staff).toContain("39,996円（今年度対象額の39.9%）");
  });
});
