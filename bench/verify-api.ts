// 1. Verification API at 32 concurrent connections beside GET /api/health (the framework's floor),
//    against the production build on loopback. Goal (issue 20): ≥ 85 % of the baseline's
//    throughput, p99 within 2× of the baseline's.
//    Each request comes from its own client address (X-Forwarded-For, TRUST_PROXY=1), as many
//    ordering bodies would; otherwise the per-address limit (60/min) would answer 429.
// Also: the two "no match" paths (unknown number, wrong key) timed in-process with a moved clock,
// to show they cost the same.
import autocannon from "autocannon";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { contractNumberCheckLetter } from "@/lib/domain/contract-number";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueTestGuarantees } from "@/tests/support/issued-guarantees";
import { startBenchServer } from "./app-server";
import { median } from "./machine";

type Figures = { rps: number; p50: number; p99: number; non2xx: number };

const ROUNDS = 3;
const ROUND_SECONDS = 8;

async function load(url: string, options: { method?: "GET" | "POST"; body?: string }, duration = ROUND_SECONDS): Promise<Figures> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: 32,
    duration,
    requests: [
      {
        method: options.method ?? "GET",
        body: options.body,
        // Every request from its own address (a /16 of them): at this rate one address per
        // connection would reach the per-address limit of 60 a minute and measure 429s instead.
        setupRequest: (request) => {
          n = (n + 1) & 0xffff;
          return { ...request, headers: { "content-type": "application/json", "x-forwarded-for": `10.1.${n >> 8}.${n & 255}` } };
        },
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

function medianFigures(runs: Figures[]): Figures {
  return { rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), non2xx: runs.reduce((n, r) => n + r.non2xx, 0) };
}

function unknownNumber(i: number): string {
  const digits = `99999${String(i).padStart(5, "0")}`;
  return `99999-${digits.slice(5)}${contractNumberCheckLetter(digits)}`;
}

/** A no-match answer is the AppError NOT_FOUND (the one message); anything else is a broken bench. */
async function expectNoMatch(call: Promise<unknown>): Promise<void> {
  const error = await call.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError) || error.code !== "NOT_FOUND") throw new Error(`expected the no-match answer, got ${String(error)}`);
}

async function noMatchTimings(contractNumber: string): Promise<{ unknown: number; wrongKey: number }> {
  const unknown: number[] = [];
  const wrongKey: number[] = [];
  const base = Date.now() + 24 * 60 * 60 * 1000;
  for (let i = 0; i < 400; i++) {
    // 16 minutes apart: no attempt is ever throttled, so both paths do their full work.
    const now = new Date(base + i * 16 * 60 * 1000);
    const ipAddress = `172.16.${i >> 8}.${i & 255}`;
    let t = performance.now();
    await expectNoMatch(verifyGuarantee({ input: { contractNumber: unknownNumber(i), authKey: "AAAAAAAAAAAA" }, ipAddress, now }));
    unknown.push(performance.now() - t);
    t = performance.now();
    await expectNoMatch(verifyGuarantee({ input: { contractNumber, authKey: "AAAAAAAAAAAA" }, ipAddress, now }));
    wrongKey.push(performance.now() - t);
  }
  return { unknown: median(unknown.slice(50)), wrongKey: median(wrongKey.slice(50)) };
}

export async function benchVerifyApi(): Promise<string> {
  const server = await startBenchServer({ TRUST_PROXY: "1" });
  try {
    const { guarantees } = await issueTestGuarantees({ projectName: "ベンチマーク用工事" });
    const g = guarantees[0]!;
    const healthLoad = (duration?: number) => load(`${server.baseUrl}/api/health`, {}, duration);
    const verifyBody = JSON.stringify({ contractNumber: g.contractNumber, authKey: g.authKey });
    const verifyLoad = (duration?: number) => load(`${server.baseUrl}/api/v1/verify`, { method: "POST", body: verifyBody }, duration);
    // Both paths warmed up (JIT, pools), then alternated, so a slower minute of the shared machine
    // falls on both sides; each side is the median of its rounds.
    await healthLoad(3);
    await verifyLoad(3);
    const rounds: { health: Figures; verify: Figures }[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push({ health: await healthLoad(), verify: await verifyLoad() });
    const health = medianFigures(rounds.map((r) => r.health));
    const verify = medianFigures(rounds.map((r) => r.verify));
    const timing = await noMatchTimings(g.contractNumber);
    await getPrisma().$disconnect();
    const ratio = verify.rps / health.rps;
    return [
      "## 1. Verification API (POST /api/v1/verify)",
      "",
      `autocannon, 32 connections, after a 3 s warm-up of each: ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s (health, verify, health, …), each figure the median of its rounds (non-2xx summed); production build on loopback, one process (app + embedded PostgreSQL on the same machine), every request from its own client address (X-Forwarded-For).`,
      "A verification is one database round trip (the SQL function record_verification_attempt); the proxy does not run for it (proxy.ts). Signature outcomes are remembered per key + signature + content digest, so a row altered by hand is still checked afresh.",
      "",
      "| endpoint | requests/s | p50 | p99 | non-2xx |",
      "|---|---|---|---|---|",
      `| GET /api/health (baseline: framework + one SELECT 1) | ${health.rps.toFixed(0)} | ${health.p50} ms | ${health.p99} ms | ${health.non2xx} |`,
      `| POST /api/v1/verify (right key: throttle, attempt recorded, full certificate, signatures checked) | ${verify.rps.toFixed(0)} | ${verify.p50} ms | ${verify.p99} ms | ${verify.non2xx} |`,
      "",
      `Throughput ratio: ${(ratio * 100).toFixed(0)} % of the baseline (goal ≥ 85 %: ${ratio >= 0.85 ? "met" : "NOT met"}); p99 ${(verify.p99 / health.p99).toFixed(2)}× the baseline's (goal ≤ 2×: ${verify.p99 <= 2 * health.p99 ? "met" : "NOT met"}).`,
      "",
      `No-match paths, in-process median of 350 calls each: unknown number ${timing.unknown.toFixed(2)} ms, wrong key ${timing.wrongKey.toFixed(2)} ms (difference ${Math.abs(timing.unknown - timing.wrongKey).toFixed(2)} ms).`,
      "",
    ].join("\n");
  } finally {
    await server.stop();
  }
}
