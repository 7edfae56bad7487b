import fs from "node:fs";
import os from "node:os";
import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATA_DIR_RELATIVE, E2E_PORT } from "./tests/e2e/support/e2e-env";

// Debian's Chromium (installed by .ci/run); Playwright's own browser only where it is absent.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PORT = E2E_PORT;
export { E2E_BASE_URL };

// Specs that start more portal processes (each a whole `npm start`): one at a time, beside the others.
//
// Throttles shared by side-by-side tests: every browser request reaches the portal from 127.0.0.1.
// Sign-in locks an address after 10 FAILED sign-ins in 15 minutes (lib/auth/login-throttle.ts): the
// suite makes one (sign-in.spec.ts), and each factory account has its own e-mail and password.
// Verification allows 60 attempts a minute per address (lib/server/verification/throttle.ts): the
// browser specs make about ten; the factories verify from TEST-NET addresses; the limits themselves are
// tested through extra instances with TRUST_PROXY=1, from random X-Forwarded-For addresses.
const EXTRA_INSTANCES = ["**/two-instances.spec.ts", "**/https-deployment.spec.ts", "**/restore-drill.spec.ts", "**/database-outage.spec.ts", "**/process-kill.spec.ts"];
// Every other spec creates what it needs (tests/e2e/support/factories.ts), so all their tests run side by
// side: one worker per core (E2E_WORKERS overrides), at most 4, since one portal process answers them all.
const WORKERS = Number(process.env.E2E_WORKERS ?? Math.min(4, Math.max(1, os.availableParallelism())));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: WORKERS,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // extra-instances first: its slow start-up (two more portals) then overlaps the standalone tests.
  projects: [
    { name: "extra-instances", testMatch: EXTRA_INSTANCES, fullyParallel: false, workers: 1 },
    { name: "standalone", testIgnore: EXTRA_INSTANCES },
  ],
  // The portal exactly as `npm start` runs it (production build, demo mode), on its own fresh data.
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR_RELATIVE} && node --import tsx scripts/start.ts`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(PORT), DATA_DIR: E2E_DATA_DIR_RELATIVE, DATABASE_URL: "", SMTP_URL: "", DEMO: "1", APP_URL: E2E_BASE_URL },
  },
});
