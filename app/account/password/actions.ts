"use server";
import { changePassword } from "@/lib/server/accounts/change-password";
import { FORM, serverAction } from "@/lib/server/server-action";

/** パスワード変更, for any signed-in user (the current password is required). */
export const changePasswordAction = serverAction({
  name: "user.password-change",
  role: "SIGNED_IN",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await changePassword({ actor, input, request });
    return "パスワードを変更しました。";
  },
});
