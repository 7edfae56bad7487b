// 6. Issue 19's reads on every top page and list: 保証申込のお勧め (every reminder source, computed per request),
//    電子保証履歴一覧 (one page + count), the Q&A search and the staff dashboard, for a company with 100 issued
//    applications (200 e-guarantees, none sent to its body: 200 reminders), in a throw-away embedded PostgreSQL.
//    Baseline: 保証契約一覧's first page for the same company. Issue 19 sets no speed goal; this shows what the
//    top page now adds.
import { performance } from "node:perf_hooks";
import { getPrisma } from "@/lib/db/client";
import { seedQaEntries } from "@/lib/db/seed-qa";
import { parseGuaranteeListQuery } from "@/lib/schemas/guarantee-list-filter";
import { getStaffDashboard } from "@/lib/server/dashboard/get-staff-dashboard";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { listContractorCertificateHistory } from "@/lib/server/guarantees/list-contractor-certificate-history";
import { listContractorGuarantees } from "@/lib/server/guarantees/list-contractor-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { listPublishedQaEntries } from "@/lib/server/qa/list-published-qa-entries";
import { listContractorReminders } from "@/lib/server/reminders/list-contractor-reminders";
import { copyOfFlyerApplication, seedAndStaff } from "@/tests/support/issue-fixtures";
import { ensureTestSecrets } from "@/tests/support/test-secrets";
import { withScratchDatabase } from "./scratch-database";

const APPLICATIONS = 100;
const RUNS = 60;

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function benchHelpReminders(): Promise<string> {
  ensureTestSecrets();
  return withScratchDatabase("bench_help", async () => {
    const { nagano } = await seedAndStaff();
    await seedQaEntries(getPrisma());
    for (let i = 0; i < APPLICATIONS; i++) {
      const applicationId = await copyOfFlyerApplication({ projectName: `ベンチ工事 ${i}`, completionMailWanted: false });
      await issueGuarantees({ applicationId, actor: nagano });
    }
    const contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
    const filter = parseGuaranteeListQuery({}).filter;
    const reminders = (await listContractorReminders({ actor: contractor })).length;
    const rows: [string, number][] = [
      ["baseline: 保証契約一覧, first page + count", await median(() => listContractorGuarantees({ actor: contractor, filter, page: 1 }))],
      [`保証申込のお勧め (${reminders} reminders, six sources, dismissals)`, await median(() => listContractorReminders({ actor: contractor }))],
      ["電子保証履歴一覧, first page + count", await median(() => listContractorCertificateHistory({ actor: contractor, filter, page: 1 }))],
      ["Q&A search 「印鑑」 over the published entries", await median(() => listPublishedQaEntries({ query: "印鑑" }))],
      ["staff dashboard (8 counts of 長野支店)", await median(() => getStaffDashboard({ actor: nagano }))],
    ];
    return [
      "## 6. 保証申込のお勧め, 電子保証履歴一覧, Q&A, staff dashboard",
      "",
      `Median of ${RUNS} calls (after 5 warm-up) of each read use case, for a company with ${APPLICATIONS} issued applications (${APPLICATIONS * 2} e-guarantees, ${APPLICATIONS * 2} versions), embedded PostgreSQL 18 on the same cores. Issue 19 sets no speed goal; the baseline is 保証契約一覧's page for the same company.`,
      "",
      "| read | median server time |",
      "|---|---|",
      ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} ms |`),
      "",
    ].join("\n");
  });
}
