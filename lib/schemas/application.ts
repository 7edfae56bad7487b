// The one schema of the 保証申込 form. The browser form (react-hook-form + zodResolver) and the
// server actions parse the same raw values (strings, as inputs hold them):
// - ZApplicationDraft (一時保存): every field may be empty, but what is filled in must be readable;
// - makeZApplicationSubmit(rules) (申込確認 / 送信): also what a sent application must hold, and the
//   rules that depend on the chosen ordering body (limits, 電子保証), which are data, not constants.
import { z } from "zod/mini";
import "./japanese-errors";
import { reject } from "./preprocess";
import { parseDateInput } from "@/lib/domain/date-input";
import { CERTIFICATE_FORMS, FEE_PAYMENT_METHODS, ORDER_TYPES, RECEIVE_METHODS } from "@/lib/domain/enums";
import { nonFullWidthChars } from "@/lib/domain/full-width";
import { withoutNul } from "@/lib/domain/without-nul";
import { isPhoneNumber, tidyPhoneInput } from "@/lib/domain/phone-number";
import { isPostalCode, tidyPostalCodeInput } from "@/lib/domain/postal-code";
import type { YMD } from "@/lib/domain/wareki";
import { parseCount } from "@/lib/domain/whole-number";
import { parseYenAmount } from "@/lib/domain/yen";
import { APPLICATION_LABELS as L, type ApplicationField } from "@/lib/domain/application-labels";
import { applicationMessages as M } from "./application-messages";
import { addSubmitRuleIssues, type ApplicationRuleContext } from "./application-rules";

type Ctx = z.core.ParsePayload;

/** A text input: trimmed, empty → null, then read by `read` (which reports its own problems). */
function textInput<T>(label: string, read: (text: string, ctx: Ctx) => T | typeof z.NEVER) {
  return z.pipe(
    z.string({ error: M.invalid(label) }),
    z.transform((raw: string, ctx): T | null => {
      const text = withoutNul(raw).trim();
      return text === "" ? null : read(text, ctx);
    }),
  );
}

const fail = reject;

const plainText = (label: string, max: number) =>
  textInput(label, (text, ctx) => (text.length > max ? fail(ctx, M.tooLong(label, max)) : text));

const yenAmount = (label: string) =>
  textInput(label, (text, ctx) => {
    const parsed = parseYenAmount(text);
    return parsed.ok ? parsed.value : fail(ctx, M.amount(label, parsed.problem));
  });

const count = (label: string) =>
  textInput(label, (text, ctx) => {
    const parsed = parseCount(text);
    return parsed.ok ? parsed.value : fail(ctx, M.count(label, parsed.problem));
  });

const date = (label: string) =>
  textInput<YMD>(label, (text, ctx) => {
    const parsed = parseDateInput(text);
    return parsed.ok ? parsed.value : fail(ctx, M.date(label, parsed.problem));
  });

const fullWidthText = (label: string, max: number) =>
  textInput(label, (text, ctx) => {
    const bad = nonFullWidthChars(text);
    if (bad.length > 0) return fail(ctx, M.notFullWidth(label, bad));
    return text.length > max ? fail(ctx, M.tooLong(label, max)) : text;
  });

const postalCode = textInput(L.shipToPostalCode, (text, ctx) => {
  const tidy = tidyPostalCodeInput(text);
  return isPostalCode(tidy) ? tidy : fail(ctx, M.postalCode);
});

const phone = (label: string) =>
  textInput(label, (text, ctx) => (isPhoneNumber(text) ? tidyPhoneInput(text) : fail(ctx, M.phone(label))));

const EMAIL = z.email();
const UUID = z.uuid();

const email = textInput(L.notificationEmail, (text, ctx) => {
  const normalised = text.normalize("NFKC").trim();
  const ok = EMAIL.safeParse(normalised).success && normalised.length <= 254;
  return ok ? normalised : fail(ctx, M.email);
});

/** A radio group or select: "" (or null, a radio group with nothing checked) means nothing chosen yet. */
const choice = <const T extends readonly [string, ...string[]]>(label: string, options: T) => {
  const picked = z.nullable(z.enum(["", ...options], { error: M.choose(label) }));
  return z.pipe(picked, z.transform((v: z.output<typeof picked>) => (v === "" || v === null ? null : (v as T[number]))));
};

const yesNo = (label: string) => z.pipe(choice(label, ["YES", "NO"]), z.transform((v: "YES" | "NO" | null) => (v === null ? null : v === "YES")));

// Ids are checked against the database rows on the server (and the lists in the browser).
const id = (label: string, message: string) =>
  textInput(label, (text, ctx) => (UUID.safeParse(text).success ? text : fail(ctx, message)));

const visitHour = textInput(L.visitHour, (text, ctx) => {
  const hour = Number(text);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : fail(ctx, M.choose(L.visitHour));
});

/** The readers of the form's kinds of input, for the forms built on this one (中間前払金保証, 契約保証予約). */
export const fieldReaders = { textInput, plainText, yenAmount, count, date, fullWidthText, phone, email, choice, yesNo, id };

/** 担当者 and 通信欄, the same on every form a contractor sends (保証申込, 中間前払金, 予約). */
export const contactFieldSchemas = {
  contactDepartment: plainText(L.contactDepartment, 100),
  contactTitle: plainText(L.contactTitle, 100),
  contactName: plainText(L.contactName, 100),
  contactPhone: phone(L.contactPhone),
  customerMessage: plainText(L.customerMessage, 2000),
};

export const applicationFieldSchemas = {
  orderingBodyId: id(L.orderingBodyId, M.unknownOrderingBody),
  projectName: plainText(L.projectName, 200),
  projectLocation: plainText(L.projectLocation, 200),
  contractAmount: yenAmount(L.contractAmount),
  periodFrom: date(L.periodFrom),
  periodTo: date(L.periodTo),
  contractDate: date(L.contractDate),
  jvName: plainText(L.jvName, 200),

  advanceRequested: z.boolean({ error: M.invalid(L.advanceRequested) }),
  advanceForm: choice(L.advanceForm, CERTIFICATE_FORMS),
  advanceFiscalYearAmount: yenAmount(L.advanceFiscalYearAmount),
  advanceAmount: yenAmount(L.advanceAmount),
  depositBank: fullWidthText(L.depositBank, 60),
  redeposit: yesNo(L.redeposit),
  advanceFeePaymentMethod: choice(L.advanceFeePaymentMethod, FEE_PAYMENT_METHODS),
  advanceFeeBillTo: plainText(L.advanceFeeBillTo, 100),
  advanceFeeStatementWanted: yesNo(L.advanceFeeStatementWanted),
  intermediateAdvance: yesNo(L.intermediateAdvance),
  intermediateAdvancePlanned: yesNo(L.intermediateAdvancePlanned),

  contractGuaranteeRequested: z.boolean({ error: M.invalid(L.contractGuaranteeRequested) }),
  contractForm: choice(L.contractForm, CERTIFICATE_FORMS),
  contractGuaranteeAmount: yenAmount(L.contractGuaranteeAmount),
  contractFeePaymentMethod: choice(L.contractFeePaymentMethod, FEE_PAYMENT_METHODS),
  contractFeeBillTo: plainText(L.contractFeeBillTo, 100),
  contractFeeStatementWanted: yesNo(L.contractFeeStatementWanted),

  orderType: choice(L.orderType, ORDER_TYPES),
  awardDate: date(L.awardDate),
  bidRounds: count(L.bidRounds),
  bidderCount: count(L.bidderCount),
  disqualifiedCount: count(L.disqualifiedCount),
  secondBidder: plainText(L.secondBidder, 100),
  secondBidAmountThousand: yenAmount(L.secondBidAmountThousand),
  highestBidder: plainText(L.highestBidder, 100),
  highestBidAmountThousand: yenAmount(L.highestBidAmountThousand),

  branchId: id(L.branchId, M.unknownBranch),
  receiveMethod: choice(L.receiveMethod, RECEIVE_METHODS),
  receiveDesiredDate: date(L.receiveDesiredDate),
  visitDate: date(L.visitDate),
  visitHour,
  completionMailWanted: yesNo(L.completionMailWanted),
  notificationEmail: email,
  shipToName: plainText(L.shipToName, 100),
  shipToPostalCode: postalCode,
  shipToAddress: plainText(L.shipToAddress, 200),
  ...contactFieldSchemas,
} satisfies Record<ApplicationField, z.ZodMiniType>;

/** 一時保存: whatever is filled in must be readable; nothing is required yet. */
export const ZApplicationDraft = z.object(applicationFieldSchemas, { error: M.unreadable });

/** 申込確認 and 送信: the draft rules plus what a sent application must hold. */
export function makeZApplicationSubmit(rules: ApplicationRuleContext) {
  return ZApplicationDraft.check(
    z.superRefine((data, ctx) => addSubmitRuleIssues(data, rules, ctx), {
      // Run even when some fields already failed, so the user sees every problem at once.
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    }),
  );
}

/** The raw values of the form, as the inputs hold them. */
export type TApplicationFormValues = z.input<typeof ZApplicationDraft>;
/** The values read from them: amounts in bigint yen, dates as YMD, choices as enums or booleans. */
export type TApplicationData = z.output<typeof ZApplicationDraft>;

/** Every field empty (checkboxes unticked): the start of a form, and what a section's クリア restores. */
export const EMPTY_APPLICATION_FORM = Object.fromEntries(
  Object.keys(applicationFieldSchemas).map((field) => [field, field === "advanceRequested" || field === "contractGuaranteeRequested" ? false : ""]),
) as TApplicationFormValues;

export type ApplicationFieldErrors = Partial<Record<ApplicationField, string>>;
