"use server";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { FORM, serverAction } from "@/lib/server/server-action";

/** パスワードをお忘れの方: the same answer whether or not the address exists. */
export const requestPasswordResetAction = serverAction({
  name: "user.request-password-reset",
  role: "PUBLIC",
  schema: FORM,
  run: async ({ input }) => (await requestPasswordReset({ input })).message,
});
