// Field building blocks shared by the account and master-data schemas. Form values arrive as
// strings (or not at all); each helper cleans them the way a Japanese user expects: full-width
// digits and hyphens in codes, phone numbers and addresses are folded to half-width (NFKC).
// Telephone numbers follow the one rule of lib/domain/phone-number.ts, as in the application.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess, reject } from "./preprocess";
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
  preprocess(
    trimmed,
    z
      .string({ error: `${label}を入力してください。` })
      .check(z.minLength(1, `${label}を入力してください。`), z.maxLength(max, `${label}は${max}文字以内で入力してください。`)),
  );

export const optionalText = (label: string, max = 200) =>
  preprocess(emptyToNull, z.nullable(z.string().check(z.maxLength(max, `${label}は${max}文字以内で入力してください。`))));

export const emailAddress = (label = "メールアドレス") =>
  preprocess(
    (v) => (typeof v === "string" ? normaliseEmail(v) : ""),
    z.pipe(
      z.string().check(z.minLength(1, `${label}を入力してください。`), z.maxLength(254, `${label}が長すぎます。`)),
      z.email(`${label}の形式が正しくありません（例: taro@example.jp）。`),
    ),
  );

export const optionalEmailAddress = (label = "メールアドレス") =>
  preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? normaliseEmail(v) : null),
    z.nullable(z.email(`${label}の形式が正しくありません（例: taro@example.jp）。`).check(z.maxLength(254))),
  );

/** 〒 NNN-NNNN; seven digits without the hyphen are accepted and formatted. */
export const postalCode = preprocess(
  (v) => {
    const s = folded(v);
    return typeof s === "string" && /^\d{7}$/.test(s) ? `${s.slice(0, 3)}-${s.slice(3)}` : s;
  },
  z.string().check(z.regex(/^\d{3}-\d{4}$/, "郵便番号は 380-8537 の形式で入力してください。")),
);

const phoneText = (v: unknown) => (typeof v === "string" ? tidyPhoneInput(withoutNul(v)) : v ?? "");

/** A Japanese telephone number, by the one rule of lib/domain/phone-number.ts. */
export const phoneNumber = (label = "電話番号") =>
  preprocess(phoneText, z.string().check(z.refine(isPhoneNumber, applicationMessages.phone(label))));

export const optionalPhoneNumber = (label = "電話番号") =>
  preprocess((v) => (phoneText(v) === "" ? null : phoneText(v)), z.nullable(z.string().check(z.refine(isPhoneNumber, applicationMessages.phone(label)))));

/** An HTML checkbox: "on" when ticked, absent when not. */
export const checkbox = preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const smallInteger = (label: string, min: number, max: number) =>
  preprocess(
    (v) => {
      const s = folded(v);
      return typeof s === "string" && /^\d+$/.test(s) ? Number(s) : NaN;
    },
    z
      .number({ error: `${label}は半角数字で入力してください。` })
      .check(z.int(`${label}は整数で入力してください。`), z.gte(min, `${label}は${min}以上で入力してください。`), z.lte(max, `${label}は${max}以下で入力してください。`)),
  );

/** A setting with a default: empty or absent takes `fallback` (as typed), so older forms and scripts keep working. */
export const withDefault = <S extends z.ZodMiniType>(schema: S, fallback: string) => preprocess((v) => (v === undefined || v === null || v === "" ? fallback : v), schema);

/** Whole yen typed with or without separators (「100,000」「１０００００」), between min and max, as bigint. */
export const yenSetting = (label: string, min: bigint, max: bigint) =>
  preprocess(
    (v) => {
      const s = folded(v);
      return typeof s === "string" ? s.replace(/[,円]/g, "") : s;
    },
    z
      .pipe(
        z.string({ error: `${label}は半角数字で入力してください。` }).check(z.regex(/^\d+$/, `${label}は1円単位の整数で入力してください。`)),
        z.transform((s: string) => BigInt(s)),
      )
      .check(
        z.refine((n) => n >= min, `${label}は${min.toLocaleString("ja-JP")}円以上で入力してください。`),
        z.refine((n) => n <= max, `${label}は${max.toLocaleString("ja-JP")}円以下で入力してください。`),
      ),
  );

/**
 * Mail domains typed one per line or separated by commas or spaces (an array is accepted too):
 * normalised (lib/domain/key-submission-recipient.ts), duplicates dropped, each checked.
 */
export const mailDomainList = (label: string, max = 20) =>
  preprocess(
    (v) => {
      const text = Array.isArray(v) ? v.join("\n") : typeof v === "string" ? withoutNul(v) : "";
      return [...new Set(text.split(/[\s,、，]+/).map(normaliseMailDomain).filter(Boolean))];
    },
    z.array(z.string()).check(
      z.maxLength(max, `${label}は${max}件までにしてください。`),
      z.superRefine((domains, ctx) => {
        const bad = domains.find((d) => !isMailDomain(d));
        if (bad !== undefined) ctx.addIssue({ code: "custom", message: `${label}の「${bad}」はドメインの形式ではありません（例: city.mishima.shizuoka.jp）。` });
      }),
    ),
  );

/** A required whole-yen amount, read as the 保証申込 reads one (lib/domain/yen.ts, full-width digits and separators forgiven). */
export const requiredYen = (label: string) =>
  preprocess(
    // A JSON number is read as its digits; anything else that is not text (an object, whose String() may
    // throw) is left for z.string() to refuse.
    (v) => (typeof v === "string" ? withoutNul(v) : typeof v === "number" || typeof v === "bigint" ? String(v) : (v ?? "")),
    z.pipe(z.string(), z.transform((raw: string, ctx) => {
      if (raw.trim() === "") return reject(ctx, applicationMessages.required(label));
      const parsed = parseYenAmount(raw);
      return parsed.ok ? parsed.value : reject(ctx, applicationMessages.amount(label, parsed.problem));
    })),
  );
