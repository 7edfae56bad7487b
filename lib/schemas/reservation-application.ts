// The 契約保証予約申込（入札ボンド）form. The browser and the use case parse the same raw values; the submit
// rules read the ordering body's share of the bid (e.g. 5/100) from 発注者マスタ.
import { z } from "zod/mini";
import "./japanese-errors";
import { RESERVATION_LABELS as L, type ReservationField } from "@/lib/domain/bond-labels";
import { reservedAmountMessage, type BidBondRules } from "@/lib/domain/bid-bond";
import { compareYmd, type YMD } from "@/lib/domain/wareki";
import { contactFieldSchemas, fieldReaders as R } from "./application";
import { applicationMessages as M } from "./application-messages";
import { readableFields } from "./readable-fields";

export const reservationFieldSchemas = {
  orderingBodyId: R.id(L.orderingBodyId, M.unknownOrderingBody),
  projectName: R.plainText(L.projectName, 200),
  projectLocation: R.plainText(L.projectLocation, 200),
  bidNoticeNumber: R.plainText(L.bidNoticeNumber, 50),
  bidDate: R.date(L.bidDate),
  bidAmount: R.yenAmount(L.bidAmount),
  reservedAmount: R.yenAmount(L.reservedAmount),
  branchId: R.id(L.branchId, M.unknownBranch),
  notificationEmail: R.email,
  ...contactFieldSchemas,
} satisfies Record<ReservationField, z.ZodMiniType>;

const RESERVATION_FIELDS = Object.keys(reservationFieldSchemas);

export const ZReservationDraft = z.object(reservationFieldSchemas, { error: M.unreadable });
export type TReservationFormValues = z.input<typeof ZReservationDraft>;
export type TReservationData = z.output<typeof ZReservationDraft>;

export const EMPTY_RESERVATION_FORM = Object.fromEntries(Object.keys(reservationFieldSchemas).map((f) => [f, ""])) as TReservationFormValues;

export type ReservationOrderingBody = { id: string; name: string; bidBond: BidBondRules };
export type ReservationRuleContext = {
  orderingBodies: ReservationOrderingBody[];
  branchIds: string[];
  today: YMD | null; // null at 発行: the 入札日 was checked against the day of sending
};

const REQUIRED: ReservationField[] = ["orderingBodyId", "projectName", "projectLocation", "bidNoticeNumber", "bidDate", "bidAmount", "reservedAmount", "branchId", "notificationEmail"];
const CHOICES = new Set<ReservationField>(["orderingBodyId", "branchId"]);

export const BID_DATE_PAST = "入札日（開札日）に過去の日付は入力できません。予約は入札の前に申し込んでください。";

export function reservationRuleIssues(d: TReservationData, ctx: ReservationRuleContext, failed: Set<string>): { field: ReservationField; message: string }[] {
  const issues: { field: ReservationField; message: string }[] = [];
  for (const field of REQUIRED) {
    if (d[field] === null || d[field] === undefined) issues.push({ field, message: CHOICES.has(field) ? M.choose(L[field]) : M.required(L[field]) });
  }
  const body = ctx.orderingBodies.find((b) => b.id === d.orderingBodyId);
  if (d.orderingBodyId && !body) issues.push({ field: "orderingBodyId", message: M.unknownOrderingBody });
  if (d.branchId && !ctx.branchIds.includes(d.branchId)) issues.push({ field: "branchId", message: M.unknownBranch });
  if (body && d.bidAmount !== null && d.reservedAmount !== null) {
    const message = reservedAmountMessage(d.reservedAmount, d.bidAmount, body.bidBond);
    if (message) issues.push({ field: "reservedAmount", message });
  }
  if (ctx.today && d.bidDate && compareYmd(d.bidDate, ctx.today) < 0) issues.push({ field: "bidDate", message: BID_DATE_PAST });
  return issues.filter((issue) => !failed.has(issue.field));
}

/** 申込確認 and 送信 of a 契約保証予約. */
export function makeZReservationSubmit(ctx: ReservationRuleContext) {
  return ZReservationDraft.check(
    z.superRefine(
      (data, zctx) => {
        const failed = new Set(zctx.issues.map((issue) => String(issue.path?.[0])));
        for (const issue of reservationRuleIssues(readableFields(data, RESERVATION_FIELDS, failed), ctx, failed)) zctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ),
  );
}
