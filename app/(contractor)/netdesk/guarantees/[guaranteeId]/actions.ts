"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { convertReservation } from "@/lib/server/bond/convert-reservation";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 発注者へ提出: the key notice by e-mail to the ordering body (queued in the outbox). */
export const submitKeyAction = serverAction({
  name: "guarantee.submit-key",
  role: "CONTRACTOR",
  schema: formWith({ guaranteeId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const result = await submitKeyToOrderingBody({ actor, guaranteeId: input.guaranteeId, input, request });
    revalidatePath(`/netdesk/guarantees/${input.guaranteeId}`);
    return `${result.to} への送信を受け付けました。送信状況は下の一覧でご確認いただけます。`;
  },
});

/** 「この予約から契約保証を申し込む」: the 保証申込 made from the reservation opens as a draft (the same one on a second click). */
export const convertReservationAction = serverAction({
  name: "reservation.convert",
  role: "CONTRACTOR",
  schema: formWith({ reservationId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const { applicationId } = await convertReservation({ actor, reservationId: input.reservationId, request });
    redirect(`/netdesk/applications/${applicationId}/edit`);
  },
});
