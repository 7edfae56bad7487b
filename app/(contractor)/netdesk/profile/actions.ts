"use server";
// お客様情報: the company's details and its users. The company comes from the session; another
// company's user is simply not found.
import { revalidatePath } from "next/cache";
import { deactivateColleague } from "@/lib/server/accounts/deactivate-colleague";
import { inviteColleague } from "@/lib/server/accounts/invite-colleague";
import { reactivateColleague } from "@/lib/server/accounts/reactivate-colleague";
import { requestCompanyDetailsChange } from "@/lib/server/accounts/request-company-details-change";
import { updateCompanyProfile } from "@/lib/server/accounts/update-company-profile";
import { setReminderDigest } from "@/lib/server/accounts/set-reminder-digest";
import { FORM, ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

const PATH = "/netdesk/profile";

export const updateCompanyProfileAction = serverAction({
  name: "contractor-company.update",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await updateCompanyProfile({ actor, input, request });
    revalidatePath(PATH);
    return "連絡先を保存しました。";
  },
});

/** 保証申込のお勧め: the weekly mail, on or off. */
export const setReminderDigestAction = serverAction({
  name: "contractor-company.reminder-digest",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    const wanted = await setReminderDigest({ actor, input, request });
    revalidatePath(PATH);
    return wanted ? "保証申込のお勧めを毎週メールでお送りします。" : "保証申込のお勧めのメールを停止しました。";
  },
});

/** 会社名・代表者・所在地: a request; the company row changes when staff approve it. */
export const requestCompanyDetailsChangeAction = serverAction({
  name: "contractor-company.request-change",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await requestCompanyDetailsChange({ actor, input, request });
    revalidatePath(PATH);
    return "登録情報の変更を申請しました。保証会社が確認のうえ反映します。";
  },
});

export const inviteColleagueAction = serverAction({
  name: "user.invite",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await inviteColleague({ actor, input, request });
    revalidatePath(PATH);
    return `${String(input.email).trim()} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  },
});

export const deactivateColleagueAction = serverAction({
  name: "user.deactivate",
  role: "CONTRACTOR",
  schema: formWith({ userId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await deactivateColleague({ actor, userId: input.userId, request });
    revalidatePath(PATH);
    return "無効にしました。";
  },
});

export const reactivateColleagueAction = serverAction({
  name: "user.reactivate",
  role: "CONTRACTOR",
  schema: formWith({ userId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await reactivateColleague({ actor, userId: input.userId, request });
    revalidatePath(PATH);
    return "有効に戻しました。";
  },
});
