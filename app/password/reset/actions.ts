"use server";
import { z } from "zod";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { formWith, serverAction } from "@/lib/server/server-action";

/** The reset link's page: a new password (no session: the token says who). */
export const resetPasswordAction = serverAction({
  name: "user.password-reset",
  role: "PUBLIC",
  schema: formWith({ token: z.string().max(200) }),
  run: async ({ input, request }) => {
    await setPasswordWithToken({ token: input.token, purpose: "PASSWORD_RESET", input, request });
    return "パスワードを再設定しました。新しいパスワードでログインしてください。";
  },
});
