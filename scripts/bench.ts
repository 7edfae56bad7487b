// npm run bench: measures the speed goals side by side with their baselines and writes
// docs/BENCHMARKS.md. Separate from `npm test`: no timing is ever asserted in tests.
// `npm run bench -- verify pdf` runs only the named sections and prints them without writing the file.
import fs from "node:fs";
import path from "node:path";
import { benchAuditTrail } from "@/bench/audit-trail";
import { benchBranchSearch } from "@/bench/branch-search";
import { benchFees } from "@/bench/fees";
import { benchFormPageJs } from "@/bench/form-page-js";
import { benchGuaranteeList } from "@/bench/guarantee-list";
import { benchHelpReminders } from "@/bench/help-reminders";
import { benchIssuance } from "@/bench/issuance";
import { benchKeyNoticePdf } from "@/bench/key-notice-pdf";
import { benchMailWorker } from "@/bench/mail-worker";
import { describeMachine, loadAverage } from "@/bench/machine";
import { benchVerifyApi } from "@/bench/verify-api";
import { benchPayouts } from "@/bench/payouts";
import { benchSoak } from "@/bench/soak";
import { benchStartUp } from "@/bench/start-up";

const SECTIONS: { key: string; name: string; run: () => Promise<string> }[] = [
  { key: "start", name: "npm start on a fresh clone (build included) and idle memory", run: benchStartUp },
  { key: "verify", name: "verification API (builds and starts the production server)", run: benchVerifyApi },
  { key: "pdf", name: "key-notice PDF", run: benchKeyNoticePdf },
  { key: "list", name: "保証契約一覧 (fills 1,000,000 guarantees)", run: benchGuaranteeList },
  { key: "issuance", name: "issuance", run: benchIssuance },
  { key: "js", name: "JavaScript sent to the browser (/login and the form page)", run: benchFormPageJs },
  { key: "search", name: "staff searches (fills 1,000,000 guarantees in one branch)", run: benchBranchSearch },
  { key: "audit", name: "監査ログ (fills 10,000,000 audit entries)", run: benchAuditTrail },
  { key: "mail", name: "mail worker (two worker processes into a local SMTP server)", run: benchMailWorker },
  { key: "fees", name: "保証料 (fee calculation and 保証料計算書 PDF)", run: benchFees },
  { key: "help", name: "保証申込のお勧め, 電子保証履歴一覧, Q&A, staff dashboard", run: benchHelpReminders },
  { key: "payouts", name: "預託金払出依頼書 (fills 100,000 guarantees × 10 lines × 3 払出)", run: benchPayouts },
  { key: "soak", name: "soak: mixed traffic at half the capacity for SOAK_MINUTES (10) minutes", run: benchSoak },
];

async function main() {
  const only = process.argv.slice(2);
  const unknown = only.filter((key) => !SECTIONS.some((s) => s.key === key));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.key).join(", ")}`);
  const sections: string[] = [];
  const loadAtStart = loadAverage();
  for (const section of SECTIONS.filter((s) => only.length === 0 || only.includes(s.key))) {
    console.log(`[bench] ${section.name}…`);
    sections.push(await section.run());
  }

  const report = [
    "# Benchmarks",
    "",
    `Measured ${new Date().toISOString()} with \`npm run bench\` on:`,
    "",
    describeMachine(),
    `- Load average (1 / 5 / 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}. The machine is shared with other work, so absolute figures are noisy; compare each figure with its baseline from the same run.`,
    "",
    ...sections,
  ].join("\n");
  if (only.length > 0) {
    console.log(report);
    return;
  }
  const file = path.join(process.cwd(), "docs", "BENCHMARKS.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, report);
  console.log(report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
