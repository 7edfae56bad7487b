// The verification request (page and API alike). Typing tolerance: full-width characters and
// surrounding spaces are normalised, a missing hyphen is added; a number whose check letter is
// wrong is refused here, before any lookup.
import { z } from "zod/mini";
import "./japanese-errors";
import { fieldErrorsOf } from "./parse-input";
import { isValidContractNumber, normaliseContractNumber, CONTRACT_NUMBER_PATTERN } from "@/lib/domain/contract-number";
import { isAuthKeyFormat, normaliseAuthKey } from "@/lib/domain/auth-key-format";

export const VERIFY_MESSAGES = {
  contractNumberRequired: "保証契約番号を入力してください。",
  contractNumberFormat: "保証契約番号は「37071-00000M」の形式で入力してください。",
  contractNumberCheck: "保証契約番号に誤りがあります。番号をもう一度ご確認ください。",
  authKeyRequired: "認証キーを入力してください。",
  authKeyFormat: "認証キーは英字（大文字・小文字）と数字の12文字です。",
} as const;

export const ZVerifyRequest = z.strictObject({
  contractNumber: z
    .pipe(z.string({ error: VERIFY_MESSAGES.contractNumberRequired }).check(z.maxLength(64, VERIFY_MESSAGES.contractNumberFormat)), z.transform(normaliseContractNumber))
    .check(
      z.superRefine((value, ctx) => {
        if (value === "") ctx.addIssue({ code: "custom", message: VERIFY_MESSAGES.contractNumberRequired });
        else if (!CONTRACT_NUMBER_PATTERN.test(value)) ctx.addIssue({ code: "custom", message: VERIFY_MESSAGES.contractNumberFormat });
        else if (!isValidContractNumber(value)) ctx.addIssue({ code: "custom", message: VERIFY_MESSAGES.contractNumberCheck });
      }),
    ),
  authKey: z
    .pipe(z.string({ error: VERIFY_MESSAGES.authKeyRequired }).check(z.maxLength(64, VERIFY_MESSAGES.authKeyFormat)), z.transform(normaliseAuthKey))
    .check(
      z.superRefine((value, ctx) => {
        if (value === "") ctx.addIssue({ code: "custom", message: VERIFY_MESSAGES.authKeyRequired });
        else if (!isAuthKeyFormat(value)) ctx.addIssue({ code: "custom", message: VERIFY_MESSAGES.authKeyFormat });
      }),
    ),
});

export type TVerifyRequest = z.output<typeof ZVerifyRequest>;

/** Field errors of a refused request; anything not about one of the two fields is about the body's shape. */
export function verifyFieldErrors(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  const { fieldErrors, formError } = fieldErrorsOf(error);
  if (formError) fields.body = "リクエストの形式が正しくありません。";
  for (const [key, message] of Object.entries(fieldErrors)) {
    if (key === "contractNumber" || key === "authKey") fields[key] = message;
    else fields.body = "リクエストの形式が正しくありません。";
  }
  return fields;
}
