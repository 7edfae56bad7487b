// The 契約保証予約申込 page's frame (新規 and 修正): the ordering bodies' 入札ボンド rules, the branches and a
// fresh send key.
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import type { TReservationFormValues } from "@/lib/schemas/reservation-application";
import { loadBranchChoices } from "@/lib/server/applications/application-rule-context";
import { loadReservationRuleContext } from "@/lib/server/bond/reservation-context";
import { ReservationForm } from "./reservation-form";

export async function ReservationFormPage({ initialValues, applicationId }: { initialValues: TReservationFormValues; applicationId: string | null }) {
  const prisma = getPrisma();
  const [rules, branches] = await Promise.all([loadReservationRuleContext(prisma), loadBranchChoices(prisma)]);
  return <ReservationForm initialValues={initialValues} applicationId={applicationId} submissionKey={randomUUID()} orderingBodies={rules.orderingBodies} branches={branches} />;
}
