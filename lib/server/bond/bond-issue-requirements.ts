// What a 中間前払金保証 or a 契約保証予約 application must hold before 発行, read again from what is stored
// with the rules of its form (the ordering body's data as 発注者マスタ holds it now), and the guarantee it
// asks for. Like the 保証申込 (application-issue-requirements.ts), a refusal names the rule in Japanese.
//
// Fee seam (the fee branch): the 中間前払金保証料 follows the INTERMEDIATE table, the 予約手数料 + 消費税 the
// BID_BOND_RESERVATION table; where 入金確認 must precede 発行, its check belongs at the top of
// bondRequestedGuarantees (and requestedGuarantees), before any number is taken.
import type { Application, OrderingBody, Prisma } from "@/lib/db/client";
import { reservationValidUntil } from "@/lib/domain/bid-bond";
import { dateOfYmd, isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { AppError } from "@/lib/errors";
import { makeZIntermediateSubmit } from "@/lib/schemas/intermediate-application";
import { makeZReservationSubmit } from "@/lib/schemas/reservation-application";
import type { RequestedGuarantee } from "@/lib/server/applications/application-issue-requirements";
import { assertIntermediateParent, findIntermediateParent, intermediateRuleContext } from "./intermediate-context";
import { toIntermediateFormValues } from "./intermediate-record";
import { bidBondRulesOf, reservationOrderingBodyOf } from "./reservation-context";
import { toReservationFormValues } from "./reservation-record";

const RETURN_HINT = "差戻しでお客様に修正を依頼してください。";

function refuse(issues: { message: string }[]): never {
  throw new AppError("VALIDATION", `申込内容が申込の条件を満たしていないため発行できません。${[...new Set(issues.map((i) => i.message))].join("")}${RETURN_HINT}`);
}

export async function bondRequestedGuarantees(tx: Prisma.TransactionClient, app: Application & { orderingBody: OrderingBody | null }): Promise<RequestedGuarantee[]> {
  if (app.kind === "INTERMEDIATE") {
    const parent = app.parentGuaranteeId ? await findIntermediateParent(tx, app.companyId, app.parentGuaranteeId) : null;
    if (!parent) throw new AppError("CONFLICT", `中間前払金保証の元になる前払金保証が見つかりません。${RETURN_HINT}`);
    assertIntermediateParent(parent);
    const parsed = makeZIntermediateSubmit(intermediateRuleContext(parent, null)).safeParse(toIntermediateFormValues(app));
    if (!parsed.success) refuse(parsed.error.issues);
    return [
      {
        kind: "INTERMEDIATE",
        form: parsed.data.intermediateForm!,
        amount: parsed.data.intermediateAmount!,
        depositBank: parsed.data.depositBank,
        // The same 保証期限 as the 前払金保証 (as it stands now, after any 保証期限変更).
        term: { from: parent.termFrom, to: parent.termTo },
        parent: { id: parent.id, contractNumber: parent.contractNumber },
      },
    ];
  }
  if (app.kind === "RESERVATION") {
    if (!app.orderingBody) refuse([{ message: "発注者名を選択してください。" }]);
    const parsed = makeZReservationSubmit({ orderingBodies: [reservationOrderingBodyOf(app.orderingBody)], branchIds: app.branchId ? [app.branchId] : [], today: null })
      .safeParse(toReservationFormValues(app));
    if (!parsed.success) refuse(parsed.error.issues);
    const bidDate = parsed.data.bidDate!;
    return [
      {
        kind: "BID_BOND_RESERVATION",
        form: "ELECTRONIC", // 予約番号 + 認証キー on /verify, and the 予約証書 PDF
        amount: parsed.data.reservedAmount!,
        depositBank: null,
        contractAmount: parsed.data.bidAmount!,
        // 有効: from the day of issue until the 入札日 plus the body's days.
        term: { from: dateOfYmd(todayInJapan()), to: dateOfYmd(reservationValidUntil(bidDate, bidBondRulesOf(app.orderingBody))) },
        bid: { noticeNumber: parsed.data.bidNoticeNumber, date: isoOfYmd(bidDate) },
      },
    ];
  }
  throw new Error(`bondRequestedGuarantees: not a bond application (${app.kind})`);
}

