// Issues many applications with a fixed number of callers at once, as that many staff members
// pressing 発行 together would. Shared by the two-instance test's child processes and the issuance
// benchmark, so both exercise exactly the use case the 発行 button calls.
import { issueGuarantees, type IssuedGuarantee } from "@/lib/server/guarantees/issue-guarantees";
import type { StaffActor } from "@/lib/auth/actor";

export type IssueJob = { applicationId: string; staff: StaffActor };
export type IssueOutcome = { applicationId: string; alreadyIssued: boolean; guarantees: IssuedGuarantee[] };

export async function issueConcurrently(jobs: IssueJob[], callers: number): Promise<IssueOutcome[]> {
  const outcomes: IssueOutcome[] = [];
  let next = 0;
  const caller = async () => {
    // Single-threaded: taking `next` and incrementing it cannot interleave between callers.
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const result = await issueGuarantees({ applicationId: job.applicationId, actor: job.staff });
      outcomes.push({ applicationId: job.applicationId, ...result });
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  return outcomes;
}
