"use client";
import { ActionButton } from "@/components/action-button";
import { convertReservationAction } from "./actions";

/** 「この予約から契約保証を申し込む」: opens the 保証申込 made from the reservation (once: a second click opens the same). */
export function ConvertReservationButton({ reservationId }: { reservationId: string }) {
  return <ActionButton action={convertReservationAction} hidden={{ reservationId }} label="この予約から契約保証を申し込む" className="inline-form" buttonClassName="button" />;
}
