// Field building blocks shared by the account and master-data schemas. Form values arrive as
// strings (or not at all); each helper cleans them the way a Japanese user expects: full-width
// digits and hyphens in codes, phone numbers and addresses are folded to half-width (NFKC).
// Telephone numbers follow the one rule of lib/domain/phone-number.ts, as in the application.
import { z } from "zod";
import "./japanese-errors";
import { normaliseEmail } from "@/lib/domain/email";
import { isMailDomain, normaliseMailDomain } from "@/lib/domain/key-submission-recipient";
import { isPhoneNumber, tidyPhoneInput } from "@/lib/domain/phone-number";
import { withoutNul } from "@/lib/domain/without-nul";
import { parseYenAmount } from "@/lib/domain/yen";
import { applicationMessages } from "./application-messages";

const trimmed = (v: unknown) => (typeof v === "string" ? withoutNul(v).trim() : v ?? "");
const folded = (v: unknown) => (typeof v === "string" ? withoutNul(v).normalize("NFKC").trim() : v ?? "");
const emptyToNull = (v: unknown) => {
  const s = trimmed(v);
  return s === "" ? null : s;
};

export const requiredText = (label: string, max = 200) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: `${label}を入力してください。` })
      .min(1, `${label}を入力してください。`)
      .max(max, `${label}は${max}文字以内で入力してください。`),
  );

export const optionalText = (label: string, max = 200) =>
  z.preprocess(emptyToNull, z.string().max(max, `${label}は${max}文字以内で入力してください。`).nullable());

export const emailAddress = (label = "メールアドレス") =>
  z.preprocess(
    (v) => (typeof v === "string" ? normaliseEmail(v) : ""),
    z
      .string()
      .min(1, `${label}を入力してください。`)
      .max(254, `${label}が長すぎます。`)
      .pipe(z.email(`${label}の形式が正しくありません（例: taro@example.jp）。`)),
  );

export const optionalEmailAddress = (label = "メールアドレス") =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? normaliseEmail(v) : null),
    z.email(`${label}の形式が正しくありません（例: taro@example.jp）。`).max(254).nullable(),
  );

/** 〒 NNN-NNNN; seven digits without the hyphen are accepted and formatted. */
export const postalCode = z.preprocess(
  (v) => {
    const s = folded(v);
    return typeof s === "string" && /^\d{7}$/.test(s) ? `${s.slice(0, 3)}-${s.slice(3)}` : s;
  },
  z.string().regex(/^\d{3}-\d{4}$/, "郵便番号は 380-8537 の形式で入力してください。"),
);

const phoneText = (v: unknown) => (typeof v === "string" ? tidyPhoneInput(withoutNul(v)) : v ?? "");

/** A Japanese telephone number, by the one rule of lib/domain/phone-number.ts. */
export const phoneNumber = (label = "電話番号") =>
  z.preprocess(phoneText, z.string().refine(isPhoneNumber, applicationMessages.phone(label)));

export const optionalPhoneNumber = (label = "電話番号") =>
  z.preprocess((v) => (phoneText(v) === "" ? null : phoneText(v)), z.string().refine(isPhoneNumber, applicationMessages.phone(label)).nullable());

/** An HTML checkbox: "on" when ticked, absent when not. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const smallInteger = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => {
      const s = folded(v);
      return typeof s === "string" && /^\d+$/.test(s) ? Number(s) : NaN;
    },
    z
      .number({ error: `${label}は半角数字で入力してください。` })
      .int(`${label}は整数で入力してください。`)
      .min(min, `${label}は${min}以上で入力してください。`)
      .max(max, `${label}は${max}以下で入力してください。`),
  );

/** A setting with a default: empty or absent takes `fallback` (as typed), so older forms and scripts keep working. */
export const withDefault = <S extends z.ZodType>(schema: S, fallback: string) => z.preprocess((v) => (v === undefined || v === null || v === "" ? fallback : v), schema);

/** Whole yen typed with or without separators (「100,000」「１０００００」), between min and max, as bigint. */
export const yenSetting = (label: string, min: bigint, max: bigint) =>
  z.preprocess(
    (v) => {
      const s = folded(v);
      return typeof s === "string" ? s.replace(/[,円]/g, "") : s;
    },
    z
      .string({ error: `${label}は半角数字で入力してください。` })
      .regex(/^\d+$/, `${label}は1円単位の整数で入力してください。`)
      .transform((s) => BigInt(s))
      .refine((n) => n >= min, `${label}は${min.toLocaleString("ja-JP")}円以上で入力してください。`)
      .refine((n) => n <= max, `${label}は${max.toLocaleString("ja-JP")}円以下で入力してください。`),
  );

/**
 * Mail domains typed one per line or separated by commas or spaces (an array is accepted too):
 * normalised (lib/domain/key-submission-recipient.ts), duplicates dropped, each checked.
 */
export const mailDomainList = (label: string, max = 20) =>
  z.preprocess(
    (v) => {
      const text = Array.isArray(v) ? v.join("\n") : typeof v === "string" ? withoutNul(v) : "";
      return [...new Set(text.split(/[\s,、，]+/).map(normaliseMailDomain).filter(Boolean))];
    },
    z
      .array(z.string())
      .max(max, `${label}は${max}件までにしてください。`)
      .superRefine((domains, ctx) => {
        const bad = domains.find((d) => !isMailDomain(d));
        if (bad !== undefined) ctx.addIssue({ code: "custom", message: `${label}の「${bad}」はドメインの形式ではありません（例: city.mishima.shizuoka.jp）。` });
      }),
  );

/** A required whole-yen amount, read as the 保証申込 reads one (lib/domain/yen.ts, full-width digits and separators forgiven). */
export const requiredYen = (label: string) =>
  z.preprocess(
    // A JSON number is read as its digits; anything else that is not text (an object, whose String() may
    // throw) is left for z.string() to refuse.
    (v) => (typeof v === "string" ? withoutNul(v) : typeof v === "number" || typeof v === "bigint" ? String(v) : (v ?? "")),
    z.string().transform((raw, ctx) => {
      if (raw.trim() === "") {
        ctx.addIssue({ code: "custom", message: applicationMessages.required(label) });
        return z.NEVER;
      }
      const parsed = parseYenAmount(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: applicationMessages.amount(label, parsed.problem) });
      return z.NEVER;
    }),
  );
