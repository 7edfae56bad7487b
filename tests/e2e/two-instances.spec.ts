// Two more app instances, started as `npm start` starts production (DATABASE_URL given, secrets in the
// environment, TRUST_PROXY=1, MAIL_WORKER=0), on the database of the e2e portal, behind an imagined
// load balancer: verification attempts sent to both at once are counted together, because the
// throttle's state and locks live in PostgreSQL. (Issuing through two instances at once is
// tests/integration/two-instances.test.ts.)
import { randomInt } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { formatContractNumber } from "@/lib/domain/contract-number";
import { ADDRESS_MAX_ATTEMPTS, NUMBER_MAX_FAILURES } from "@/lib/server/verification/throttle";
import { demoDataDirConnection, startPortal, type PortalProcess } from "../support/portal-process";

const E2E_DATA_DIR = path.resolve(`.data/e2e-${process.env.E2E_PORT ?? 3100}`);

test.describe.configure({ mode: "serial" });

let instances: PortalProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const { databaseUrl, secrets } = demoDataDirConnection(E2E_DATA_DIR);
  const env = { ...secrets, DATABASE_URL: databaseUrl, DEMO: "0", MAIL_WORKER: "0", TRUST_PROXY: "1", SMTP_URL: "" };
  const first = await findFreePort();
  let second = await findFreePort();
  while (second === first) second = await findFreePort();
  // Started together, as a deploy starts them: both run the start-up migrations at once.
  const started = await Promise.allSettled([first, second].map((port) => startPortal(port, env)));
  instances = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  for (const s of started) if (s.status === "rejected") throw s.reason;
});

test.afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
});

/** A well-formed 保証契約番号 no branch has issued (office codes 99xxx do not exist). */
const unknownNumber = () => formatContractNumber(`99${randomInt(100, 1000)}`, randomInt(0, 100_000));
const randomAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(0, 256)}`;

/** A wrong-key attempt through instance `i % 2`, from `address` as the load balancer reports it. */
async function attempt(i: number, contractNumber: string, address: string) {
  const response = await fetch(`${instances[i % 2]!.baseUrl}/api/v1/verify`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ contractNumber, authKey: "AAAAAAAAAAAA" }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after") };
}

const countStatuses = (results: { status: number }[]) =>
  results.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

test("failures for one 保証契約番号 sent to both instances at once are counted together", async () => {
  const contractNumber = unknownNumber();
  const results = await Promise.all(Array.from({ length: 2 * NUMBER_MAX_FAILURES }, (_, i) => attempt(i, contractNumber, randomAddress())));
  // Exactly ten failures are let through, whichever instance they reached; the rest are refused.
  expect(countStatuses(results)).toEqual({ 404: NUMBER_MAX_FAILURES, 429: NUMBER_MAX_FAILURES });
  for (const i of [0, 1]) {
    const refused = await attempt(i, contractNumber, randomAddress());
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  }
});

test("attempts from one address sent to both instances at once are counted together (60 a minute)", async () => {
  const address = randomAddress();
  const extra = 10;
  const results = await Promise.all(Array.from({ length: ADDRESS_MAX_ATTEMPTS + extra }, (_, i) => attempt(i, unknownNumber(), address)));
  expect(countStatuses(results)).toEqual({ 404: ADDRESS_MAX_ATTEMPTS, 429: extra });
  for (const i of [0, 1]) expect((await attempt(i, unknownNumber(), address)).status).toBe(429);
  // Another address is not affected.
  expect((await attempt(0, unknownNumber(), randomAddress())).status).toBe(404);
});
