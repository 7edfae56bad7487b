// npm run bench: measures the speed goals side by side with their baselines and writes
// docs/BENCHMARKS.md. Separate from `npm test`: no timing is ever asserted in tests.
import fs from "node:fs";
import path from "node:path";
import { benchFormPageJs } from "@/bench/form-page-js";
import { benchGuaranteeList } from "@/bench/guarantee-list";
import { benchIssuance } from "@/bench/issuance";
import { benchKeyNoticePdf } from "@/bench/key-notice-pdf";
import { describeMachine, loadAverage } from "@/bench/machine";
import { benchVerifyApi } from "@/bench/verify-api";

const SECTIONS: { name: string; run: () => Promise<string> }[] = [
  { name: "verification API (builds and starts the production server)", run: benchVerifyApi },
  { name: "key-notice PDF", run: benchKeyNoticePdf },
  { name: "保証契約一覧 (fills 1,000,000 guarantees)", run: benchGuaranteeList },
  { name: "issuance", run: benchIssuance },
  { name: "JavaScript of the form page", run: benchFormPageJs },
];

async function main() {
  const sections: string[] = [];
  const loadAtStart = loadAverage();
  for (const section of SECTIONS) {
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
  const file = path.join(process.cwd(), "docs", "BENCHMARKS.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, report);
  console.log(report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
