// The 予約 and 中間 forms check their rules even when a field failed to read (so every problem shows at once);
// a field that failed or was not sent is empty to those rules. Found by the fuzz tests: an unreadable
// 入札予定金額 beside a readable 契約保証金額 threw (bigint compared with text) instead of naming the field, and a
// 中間 form without 認定日 threw too — the browser's check and the server's 送信 alike.
import { describe, expect, it } from "vitest";
import { DEFAULT_BID_BOND_RULES } from "@/lib/domain/bid-bond";
import { DEFAULT_INTERMEDIATE_RULES, intermediateEligibility } from "@/lib/domain/intermediate-advance";
import { makeZIntermediateSubmit } from "@/lib/schemas/intermediate-application";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import { makeZReservationSubmit } from "@/lib/schemas/reservation-application";

const BODY = "6f1c2a4e-16a0-4d7e-9a51-00000000b0d1";
const BRANCH = "6f1c2a4e-16a0-4d7e-9a51-00000000b2a1";
const today = { year: 2026, month: 12, day: 2 };

const reservation = (over: Record<string, unknown>) => ({
  orderingBodyId: BODY, projectName: "市道改良工事", projectLocation: "佐久市地内", bidNoticeNumber: "公告第1号", bidDate: "2026/12/22",
  bidAmount: "62,000,000", reservedAmount: "3,100,000", branchId: BRANCH, notificationEmail: "soumu@example.jp",
  contactDepartment: "", contactTitle: "", contactName: "", contactPhone: "", customerMessage: "", ...over,
});

const intermediate = (over: Record<string, unknown>) => ({
  intermediateAmount: "10,000,000", certificationDate: "2023/01/20", certificationNumber: "認定第123号", depositBank: "〇〇銀行　××支店",
  intermediateForm: "ELECTRONIC", intermediateFeePaymentMethod: "LUMP_SUM", intermediateFeeBillTo: "〇〇建設 株式会社", intermediateFeeStatementWanted: "NO",
  completionMailWanted: "NO", notificationEmail: "soumu@example.jp", contactDepartment: "", contactTitle: "", contactName: "", contactPhone: "", customerMessage: "", ...over,
});

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never).fieldErrors);

describe("予約 and 中間 forms with a field that failed to read", () => {
  const reservationSchema = makeZReservationSubmit({ orderingBodies: [{ id: BODY, name: "佐久市", bidBond: DEFAULT_BID_BOND_RULES }], branchIds: [BRANCH], today });

  it("an unreadable 入札予定金額 is named, and the 契約保証金額 is not measured against it", () => {
    const errors = errorsOf(reservationSchema.safeParse(reservation({ bidAmount: "<script>alert(1)</script>" })));
    expect(Object.keys(errors)).toEqual(["bidAmount"]);
    expect(errors.bidAmount).toMatch(/入札予定金額/);
  });

  it("a missing 入札予定金額 or 契約保証金額 is asked for", () => {
    const { bidAmount: _b, ...withoutBid } = reservation({});
    expect(Object.keys(errorsOf(reservationSchema.safeParse(withoutBid)))).toEqual(["bidAmount"]);
    const { reservedAmount: _r, ...withoutReserved } = reservation({});
    expect(Object.keys(errorsOf(reservationSchema.safeParse(withoutReserved)))).toEqual(["reservedAmount"]);
  });

  it("a 中間 form without 認定日, or with an unreadable one, names it", () => {
    const eligibility = intermediateEligibility({ contractAmount: 50_000_000n, advanceAmount: 20_000_000n, periodFrom: { year: 2022, month: 11, day: 1 }, periodTo: { year: 2023, month: 3, day: 17 }, rules: DEFAULT_INTERMEDIATE_RULES });
    const schema = makeZIntermediateSubmit({ eligibility, rules: DEFAULT_INTERMEDIATE_RULES, orderingBody: { name: "長野県", eGuaranteeEnabled: true }, today });
    const { certificationDate: _c, ...withoutDate } = intermediate({});
    expect(Object.keys(errorsOf(schema.safeParse(withoutDate)))).toEqual(["certificationDate"]);
    expect(Object.keys(errorsOf(schema.safeParse(intermediate({ certificationDate: "令和五年", intermediateAmount: "十万円" }))))).toEqual(["intermediateAmount", "certificationDate"]);
    expect(schema.safeParse(intermediate({})).success).toBe(true);
  });
});
