import autocannon from "autocannon";
import { issueTestGuarantees } from "@/tests/support/issued-guarantees";
import { getPrisma } from "@/lib/db/client";
import { startBenchServer } from "./app-server";
async function main() {
  const server = await startBenchServer({ TRUST_PROXY: "1" });
  const { guarantees } = await issueTestGuarantees({ projectName: "ベンチマーク用工事" });
  const g = guarantees[0]!;
  let n = 0;
  const path = process.argv[2] ?? "verify";
  const r = await autocannon({ url: `${server.baseUrl}/api/${path === "verify" ? "v1/verify" : "health"}`, connections: 32, duration: 10,
    requests: [{ method: path === "verify" ? "POST" : "GET", body: path === "verify" ? JSON.stringify({ contractNumber: g.contractNumber, authKey: g.authKey }) : undefined,
      setupRequest: (req) => { n = (n + 1) & 0xffff; return { ...req, headers: { "content-type": "application/json", "x-forwarded-for": `10.1.${n >> 8}.${n & 255}` } }; } }] });
  console.log(path, r.requests.average, r.latency.p50, r.non2xx);
  await getPrisma().$disconnect();
  await server.stop();
}
main();
