// Schemas of the account forms: company profile (お客様情報), inviting a user, registering a
// contractor, and the password forms. The password rules that need the e-mail address and the
// common-password list are checked by the use case (lib/auth/password-rules.ts).
import { z } from "zod/mini";
import "./japanese-errors";
import { emailAddress, optionalPhoneNumber, optionalText, phoneNumber, postalCode, requiredText } from "./fields";

/** 会社名・代表者・所在地: the registered details (lib/domain/company-details.ts). A contractor asks for a
 * change of them (変更の申請); staff approve it. */
export const ZCompanyRegisteredDetails = z.object({
  name: requiredText("会社名", 100),
  representativeName: requiredText("代表者", 100),
  postalCode,
  address: requiredText("住所", 200),
});
export type TCompanyRegisteredDetails = z.infer<typeof ZCompanyRegisteredDetails>;

/** 電話番号, 代表メールアドレス and 連絡先: the contractor changes these directly in お客様情報. */
export const ZCompanyContact = z.object({
  phone: phoneNumber(),
  email: emailAddress(),
  contactDepartment: optionalText("担当部署", 100),
  contactTitle: optionalText("役職", 100),
  contactName: optionalText("担当者名", 100),
  contactPhone: optionalPhoneNumber("連絡先電話番号"),
});
export type TCompanyContact = z.infer<typeof ZCompanyContact>;

/** Every detail of a company: 請負者の登録 by staff. */
export const ZCompanyProfile = z.extend(ZCompanyRegisteredDetails, ZCompanyContact.shape);
export type TCompanyProfile = z.infer<typeof ZCompanyProfile>;

/** 却下 of a change request: the reason is shown to the contractor. */
export const ZRejectCompanyDetailsChange = z.object({
  reason: requiredText("却下の理由", 500),
});

export const ZInviteUser = z.object({
  name: requiredText("氏名", 100),
  email: emailAddress(),
});
export type TInviteUser = z.infer<typeof ZInviteUser>;

/** 請負者の登録: the company and its first user. */
export const ZRegisterContractor = z.extend(ZCompanyProfile, {
  userName: requiredText("最初のユーザーの氏名", 100),
  userEmail: emailAddress("最初のユーザーのメールアドレス"),
});
export type TRegisterContractor = z.infer<typeof ZRegisterContractor>;

const newPassword = z.string({ error: "パスワードを入力してください。" }).check(z.maxLength(200, "パスワードが長すぎます。"));

export const ZSetPassword = z.object({ password: newPassword, passwordConfirm: z._default(z.string(), "") }).check(
  z.refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "確認用のパスワードが一致しません。",
  }),
);

export const ZChangePassword = z
  .object({
    currentPassword: z.string().check(z.minLength(1, "現在のパスワードを入力してください。"), z.maxLength(200)),
    newPassword,
    newPasswordConfirm: z._default(z.string(), ""),
  })
  .check(
    z.refine((v) => v.newPassword === v.newPasswordConfirm, {
      path: ["newPasswordConfirm"],
      message: "確認用のパスワードが一致しません。",
    }),
  );

export const ZForgotPassword = z.object({ email: emailAddress() });
