// Key-notice PDF: median warm generation time and size. Goals: ≤ 50 ms, ≤ 200 KB.
import { buildKeyNoticePdf, type KeyNoticeData } from "@/lib/pdf/key-notice";
import { median } from "./machine";

const sample: KeyNoticeData = {
  orderingBodyName: "長野県△△建設事務所長",
  contractorName: "〇〇建設 株式会社",
  jvName: null,
  contractNumber: "37071-00000M",
  productName: "前払金保証",
  projectName: "令和○年度 県単河川維持工事",
  contractAmount: 50_000_000n,
  guaranteeAmount: 20_000_000n,
  depositBank: "〇〇銀行 ××支店",
  issuedAt: new Date("2022-11-01T06:00:00Z"),
  authKey: "Z28YUE4J3Bux",
  suretyName: "東日本建設業保証株式会社 長野支店",
  verifyPageUrl: "http://localhost:3000/verify",
  createdAt: new Date(),
};

export async function benchKeyNoticePdf(): Promise<string> {
  const coldStart = performance.now();
  const first = await buildKeyNoticePdf(sample);
  const cold = performance.now() - coldStart;
  for (let i = 0; i < 10; i++) await buildKeyNoticePdf(sample); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await buildKeyNoticePdf({ ...sample, authKey: `Z28YUE4J3B${String(i).padStart(2, "0")}` });
    times.push(performance.now() - start);
  }
  const warm = median(times);
  const kb = first.length / 1024;
  return [
    "## 2. Key-notice PDF (認証キーのお知らせ)",
    "",
    "| measure | value | goal | met |",
    "|---|---|---|---|",
    `| median warm generation (50 runs) | ${warm.toFixed(1)} ms | ≤ 50 ms | ${warm <= 50 ? "yes" : "NO"} |`,
    `| first generation in the process (fonts read and parsed) | ${cold.toFixed(0)} ms | – | – |`,
    `| size of one notice | ${kb.toFixed(1)} KB | ≤ 200 KB | ${kb <= 200 ? "yes" : "NO"} |`,
    "",
  ].join("\n");
}
