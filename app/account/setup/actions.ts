"use server";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { formWith, serverAction } from "@/lib/server/server-action";
import { z } from "zod";

/** The invitation link's page: the invited user chooses a password (no session yet: the token says who). */
export const acceptInvitationAction = serverAction({
  name: "user.accept-invitation",
  role: "PUBLIC",
  schema: formWith({ token: z.string().max(200) }),
  run: async ({ input, request }) => {
    await setPasswordWithToken({ token: input.token, purpose: "INVITATION", input, request });
    return "パスワードを設定しました。メールアドレスと新しいパスワードでログインしてください。";
  },
});
