// Where the e2e portal runs and keeps its data: read by playwright.config.ts (which starts it) and by
// the specs and factories that join its database.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** DATA_DIR of the e2e portal (relative to the repository root, where Playwright runs). */
export const E2E_DATA_DIR_RELATIVE = `.data/e2e-${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve(E2E_DATA_DIR_RELATIVE);
