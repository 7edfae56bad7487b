import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium (installed by .ci/run); Playwright's own browser only where it is absent.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
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
  // The portal exactly as `npm start` runs it (production build, demo mode), on its own fresh data.
  webServer: {
    command: `rm -rf .data/e2e-${PORT} && node --import tsx scripts/start.ts`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(PORT), DATA_DIR: `.data/e2e-${PORT}`, DATABASE_URL: "", SMTP_URL: "", DEMO: "1", APP_URL: E2E_BASE_URL },
  },
});
