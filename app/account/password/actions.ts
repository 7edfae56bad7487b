"use server";
import { reissueSession } from "@/lib/auth/reissue-session";
import { changePassword } from "@/lib/server/accounts/change-password";
import { FORM, serverAction } from "@/lib/server/server-action";

/** パスワード変更, for any signed-in user (the current password is required). Every other session ends; this one is re-issued. */
export const changePasswordAction = serverAction({
  name: "user.password-change",
  role: "SIGNED_IN",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    const { sessionVersion } = await changePassword({ actor, input, request });
    await reissueSession({ id: actor.userId, sessionVersion });
    return "パスワードを変更しました。ほかの端末やブラウザーのログインは終了しました。";
  },
});
