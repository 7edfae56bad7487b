// The restore drill: `npm run backup` of the running e2e portal (online, while it serves), `npm run restore`
// into a fresh data directory, `npm start` there, and the e-guarantee issued before the backup verifies on
// /verify with its key (the sealed keys and signatures came back with the demo secrets); one issued after the
// backup is not there. The browser reads the restored portal as an ordering body would.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { startPortal, type PortalProcess } from "../support/portal-process";
import { E2E_DATA_DIR } from "./support/e2e-env";
import { createContractorCompany, createIssuedGuarantees, uniqueProjectName } from "./support/factories";

test.describe.configure({ mode: "serial" });

let restored: PortalProcess | undefined;
let workDir = "";

test.afterAll(async () => {
  await restored?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

function npmRun(script: string, args: string[], env: Record<string, string>): string {
  return execFileSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, ...env, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 180_000,
  });
}

test("a backup of the running portal, restored into a fresh data directory, verifies its e-guarantees", async ({ browser }) => {
  test.setTimeout(420_000);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-drill-"));
  fs.chmodSync(workDir, 0o755); // the restored server runs as the OS user postgres when we are root
  const company = await createContractorCompany();
  const before = await createIssuedGuarantees({ company, projectName: uniqueProjectName("復元訓練工事") });

  const archive = path.join(workDir, "drill.tar.gz");
  const backupLog = npmRun("backup", ["--out", archive], { DATA_DIR: E2E_DATA_DIR });
  expect(backupLog).toContain("稼働中のポータルのデータベースをバックアップします");
  expect(fs.statSync(archive).mode & 0o077).toBe(0); // it holds the demo secrets
  const after = await createIssuedGuarantees({ company, projectName: uniqueProjectName("復元後に発行した工事") });

  const target = path.join(workDir, "restored");
  const restoreLog = npmRun("restore", [archive], { DATA_DIR: target });
  expect(restoreLog).toMatch(/復元しました: 保証 \d+ 件/);
  // Restoring over a database that is there is refused, and leaves it as it was.
  expect(() => npmRun("restore", [archive], { DATA_DIR: target })).toThrow();

  const port = await findFreePort();
  restored = await startPortal(port, { DATA_DIR: target, DEMO: "1", DATABASE_URL: "", MAIL_WORKER: "0" });
  const verify = (contractNumber: string, authKey: string) =>
    fetch(`${restored!.baseUrl}/api/v1/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ contractNumber, authKey }),
    });

  const kept = await verify(before.advance.contractNumber, before.advance.authKey!);
  expect(kept.status).toBe(200);
  const body = await kept.json();
  expect(body).toMatchObject({ contractNumber: before.advance.contractNumber, status: "ACTIVE" });
  expect(body.signature).toMatchObject({ algorithm: "Ed25519", valid: true });

  const missing = await verify(after.advance.contractNumber, after.advance.authKey!);
  expect(missing.status).toBeGreaterThanOrEqual(400);

  // And the page an ordering body uses shows the certificate of the restored portal, in Japanese.
  const page = await (await browser.newContext({ baseURL: restored.baseUrl })).newPage();
  await page.goto("/verify");
  await page.getByLabel("保証契約番号").fill(before.advance.contractNumber);
  await page.getByLabel("認証キー").fill(before.advance.authKey!);
  await page.getByRole("button", { name: "照会する" }).click();
  await expect(page.getByText(before.advance.contractNumber).first()).toBeVisible();
  await expect(page.getByText(/復元訓練工事/).first()).toBeVisible();
});
