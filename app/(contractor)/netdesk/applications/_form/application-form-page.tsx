// The form page's frame, shared by 新規作成 and 修正 (a draft resumed, a returned application,
// a copy): the choices the form needs and a fresh send key.
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { loadBranchChoices, loadOrderingBodyRules } from "@/lib/server/applications/application-rule-context";
import { feeDateToday, rateTablesInForce } from "@/lib/server/fees/rate-table-in-force";
import { ApplicationForm } from "./application-form";

type Props = {
  initialValues: TApplicationFormValues;
  applicationId: string | null;
  /** A returned application's branch (申込送信先 is locked once sent: isBranchLocked). */
  lockedBranch?: { id: string; name: string } | null;
};

export async function ApplicationFormPage({ initialValues, applicationId, lockedBranch = null }: Props) {
  const prisma = getPrisma();
  const [orderingBodies, branches, feeTables] = await Promise.all([loadOrderingBodyRules(prisma), loadBranchChoices(prisma), rateTablesInForce(prisma, feeDateToday())]);
  return (
    <ApplicationForm
      initialValues={initialValues}
      applicationId={applicationId}
      // One key per opened form: every send of this form is the same send (exactly once).
      submissionKey={randomUUID()}
      orderingBodies={orderingBodies}
      branches={branches}
      lockedBranch={lockedBranch}
      feeTables={feeTables}
    />
  );
}
