// npm run bench: measures the speed goals side by side with their baselines and writes
// docs/BENCHMARKS.md. Separate from `npm test`: no timing is ever asserted in tests.
import fs from "node:fs";
import path from "node:path";
import { benchKeyNoticePdf } from "@/bench/key-notice-pdf";
import { describeMachine } from "@/bench/machine";
import { benchVerifyApi } from "@/bench/verify-api";

async function main() {
  const sections: string[] = [];
  console.log("[bench] verification API (builds and starts the production server)…");
  sections.push(await benchVerifyApi());
  console.log("[bench] key-notice PDF…");
  sections.push(await benchKeyNoticePdf());

  const report = [
    "# Benchmarks",
    "",
    `Measured ${new Date().toISOString()} with \`npm run bench\` on:`,
    "",
    describeMachine(),
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
