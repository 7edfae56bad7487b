// Nobody chooses their own client address (issue 14, item 9), and the demo mailbox answers only a client
// on this machine (item 19). Real HTTP requests carrying a forged x-netdesk-client-ip:
//   - through the portal's own server (the e2e portal, `npm start`): the address recorded is the one the
//     socket showed, whatever the request claimed, a forged proof header included;
//   - through `next start` on the same build and database (no server of ours in front): the claim is not
//     believed either — the address is "unknown" — and /dev/mailbox is 404 even in demo mode, a forged
//     loopback claim included.
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER } from "@/lib/auth/client-ip";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { formatContractNumber } from "@/lib/domain/contract-number";
import { demoDataDirConnection } from "../support/portal-process";

const E2E_DATA_DIR = path.resolve(`.data/e2e-${process.env.E2E_PORT ?? 3100}`);
const FORGED = "203.0.113.77";

test.describe.configure({ mode: "serial" });

let nextStart: ChildProcess | undefined;
let nextStartUrl = "";
let databaseUrl = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const connection = demoDataDirConnection(E2E_DATA_DIR);
  databaseUrl = connection.databaseUrl;
  const port = await findFreePort();
  nextStartUrl = `http://127.0.0.1:${port}`;
  nextStart = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...connection.secrets, DATABASE_URL: databaseUrl, DEMO: "1", DATA_DIR: E2E_DATA_DIR, APP_URL: nextStartUrl, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${nextStartUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not answer");
});

test.afterAll(async () => {
  if (nextStart && nextStart.exitCode === null) {
    const exited = new Promise((resolve) => nextStart!.once("exit", resolve));
    nextStart.kill("SIGTERM");
    await exited;
  }
});

/** A well-formed 保証契約番号 no branch has issued (office codes 99xxx do not exist). */
const unknownNumber = () => formatContractNumber(`99${randomInt(100, 1000)}`, randomInt(0, 100_000));

/** One wrong-key verification with forged headers; answers the address the attempt was recorded under. */
async function recordedAddress(baseUrl: string, headers: Record<string, string>): Promise<string> {
  const contractNumber = unknownNumber();
  const response = await fetch(`${baseUrl}/api/v1/verify`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ contractNumber, authKey: "AAAAAAAAAAAA" }),
  });
  expect(response.status).toBe(404);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ ipAddress: string }>(`SELECT "ipAddress" FROM "VerificationAttempt" WHERE "contractNumber" = $1`, [contractNumber]);
    expect(rows).toHaveLength(1);
    return rows[0]!.ipAddress;
  } finally {
    await db.end();
  }
}

test("through the portal's own server a forged address (and a forged proof) is replaced by the socket's", async ({ baseURL }) => {
  const address = await recordedAddress(baseURL!, { [CLIENT_IP_HEADER]: FORGED, [CLIENT_IP_PROOF_HEADER]: "guessed" });
  expect(address).not.toBe(FORGED);
  expect(["127.0.0.1", "::1", "::ffff:127.0.0.1"]).toContain(address);
});

test("under next start a forged address is not believed: the attempt is recorded as unknown", async () => {
  expect(await recordedAddress(nextStartUrl, { [CLIENT_IP_HEADER]: FORGED })).toBe("unknown");
  expect(await recordedAddress(nextStartUrl, { [CLIENT_IP_HEADER]: FORGED, [CLIENT_IP_PROOF_HEADER]: "guessed" })).toBe("unknown");
});

test("/dev/mailbox answers only a loopback client: 200 from here through our server, 404 where the address is not known", async ({ baseURL }) => {
  expect((await fetch(`${baseURL}/dev/mailbox`)).status).toBe(200);
  // Demo mode (DEMO=1) under next start: nobody vouches that the client is on this machine.
  expect((await fetch(`${nextStartUrl}/dev/mailbox`)).status).toBe(404);
  expect((await fetch(`${nextStartUrl}/dev/mailbox`, { headers: { [CLIENT_IP_HEADER]: "127.0.0.1" } })).status).toBe(404);
  expect((await fetch(`${nextStartUrl}/dev/mailbox/none.eml/0`, { headers: { [CLIENT_IP_HEADER]: "127.0.0.1" } })).status).toBe(404);
});
