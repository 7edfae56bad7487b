"use client";
import Link from "next/link";
import { E_GUARANTEE_ORDERING_BODIES_HREF, isEGuaranteeNotEnabledMessage } from "@/lib/schemas/application-messages";

/** After 「電子保証に対応していません」: a link to the list of ordering bodies that are. */
export function EGuaranteeListLink({ message }: { message: string | undefined }) {
  if (!message || !isEGuaranteeNotEnabledMessage(message)) return null;
  return (
    <>
      {" "}
      <Link href={E_GUARANTEE_ORDERING_BODIES_HREF}>電子保証対応の発注者一覧</Link>
    </>
  );
}
