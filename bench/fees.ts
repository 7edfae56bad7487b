// 保証料: median time of one fee computation (the rule every screen and 発行 use) and of one 保証料計算書 PDF,
// warm. Goals: fee ≤ 1 ms, statement ≤ 50 ms, statement ≤ 200 KB.
import { computeFee, computeRefund, DEMO_FEE_RULES } from "@/lib/domain/fee-calculation";
import { buildFeeStatementPdf } from "@/lib/pdf/fee-statement";
import { median } from "./machine";

const day = (n: number) => new Date(Date.UTC(2026, 3, 1 + n));

export async function benchFees(): Promise<string> {
  const kinds = ["ADVANCE", "CONTRACT"] as const;
  const rows: string[] = [];
  for (const kind of kinds) {
    const rules = DEMO_FEE_RULES[kind];
    for (let i = 0; i < 2_000; i++) computeFee(rules, { amount: BigInt(1_000_000 + i * 997_003), termFrom: day(0), termTo: day(30 + (i % 900)) }); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const input = { amount: BigInt(1_000_000 + i * 99_991_307), termFrom: day(i % 200), termTo: day(200 + (i % 1_500)) };
      const start = performance.now();
      computeFee(rules, input);
      times.push(performance.now() - start);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const m = median(times);
    rows.push(`| ${kind === "ADVANCE" ? "前払金保証 (累進 3区分, 日数)" : "契約保証 (金額の区分, 月数)"} | ${(m * 1000).toFixed(1)} µs | ${(sorted[Math.floor(sorted.length * 0.99)]! * 1000).toFixed(1)} µs | ≤ 1 ms | ${m <= 1 ? "yes" : "NO"} |`);
  }
  const refundTimes: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const start = performance.now();
    computeRefund(DEMO_FEE_RULES.ADVANCE, { amount: 20_000_000n, termFrom: day(0), termTo: day(365) }, 80_000n, { type: "DECREASE", newAmount: BigInt(1_000_000 + i), on: day(i % 365) });
    refundTimes.push(performance.now() - start);
  }
  const refund = median(refundTimes);

  const result = computeFee(DEMO_FEE_RULES.ADVANCE, { amount: 20_000_000n, termFrom: day(0), termTo: day(364) });
  const sample = {
    title: "保証料計算書", statementNumber: "37071-00000M-01", billTo: "〇〇建設 株式会社", contractNumber: "37071-00000M", productName: "前払金保証",
    projectName: "令和○年度 県単河川維持工事", guaranteeAmount: 20_000_000n, termFrom: day(0), termTo: day(364), reason: "新規", breakdown: result.breakdown,
    amount: result.fee, tax: 0n, paymentLine: "一括納付（令和8年4月分としてご請求）", tableLine: "令和元年5月1日から適用の料率表（デモ用の料率（実際の料率ではありません））",
    issuedOn: day(0), suretyName: "ネットデスク建設業保証 株式会社 長野支店",
  };
  const coldStart = performance.now();
  const first = await buildFeeStatementPdf(sample);
  const cold = performance.now() - coldStart;
  for (let i = 0; i < 10; i++) await buildFeeStatementPdf(sample);
  const pdfTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await buildFeeStatementPdf({ ...sample, statementNumber: `37071-00000M-${String(i).padStart(2, "0")}` });
    pdfTimes.push(performance.now() - start);
  }
  const warm = median(pdfTimes);
  const kb = first.length / 1024;
  return [
    "## 6. 保証料 (fee calculation and 保証料計算書)",
    "",
    "`computeFee` (lib/domain/fee-calculation.ts) is the one rule of 保証料計算, 申込確認, 発行 and the statements; 10,000 calls per table, each with another amount and term, after 2,000 warm-up calls.",
    "",
    "| computation | median | p99 | goal | met |",
    "|---|---|---|---|---|",
    ...rows,
    `| 保証料返還 (減額, computeRefund) | ${(refund * 1000).toFixed(1)} µs | – | – | – |`,
    "",
    "| 保証料計算書 PDF | value | goal | met |",
    "|---|---|---|---|",
    `| median warm generation (50 runs) | ${warm.toFixed(1)} ms | ≤ 50 ms | ${warm <= 50 ? "yes" : "NO"} |`,
    `| first generation in the process (fonts read and parsed) | ${cold.toFixed(0)} ms | – | – |`,
    `| size of one statement | ${kb.toFixed(1)} KB | ≤ 200 KB | ${kb <= 200 ? "yes" : "NO"} |`,
    "",
  ].join("\n");
}
