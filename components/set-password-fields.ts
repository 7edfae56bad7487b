import type { FieldSpec } from "./action-form";

/** The two fields of every form where a user chooses a password (invitation, reset). */
export const SET_PASSWORD_FIELDS: FieldSpec[] = [
  {
    name: "password",
    label: "新しいパスワード",
    type: "password",
    required: true,
    autoComplete: "new-password",
    hint: "12文字以上。メールアドレスや、よく使われているパスワードは使えません。",
  },
  { name: "passwordConfirm", label: "新しいパスワード（確認）", type: "password", required: true, autoComplete: "new-password" },
];
