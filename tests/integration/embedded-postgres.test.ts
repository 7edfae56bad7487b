// The app killed with SIGKILL leaves its PostgreSQL running; the next start must recover.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");

function startChild(dataDir: string): Promise<{ pid: number; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/start-embedded-then-wait.mts", dataDir], { cwd: ROOT });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/READY (\S+)/);
      if (match) resolve({ pid: child.pid!, url: match[1]! });
    });
    child.on("exit", (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

async function select1(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SELECT 1 AS one");
  await client.end();
  return rows[0].one;
}

describe("embedded PostgreSQL", () => {
  it("starts again on the same data after the owning process was killed with SIGKILL", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-crash-"));
    fs.chmodSync(dataDir, 0o755);
    const first = await startChild(dataDir);
    expect(await select1(first.url)).toBe(1);
    process.kill(first.pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await select1(second.url("postgres"))).toBe(1);
      // The orphan was stopped: its port no longer answers.
      await expect(select1(first.url)).rejects.toThrow();
    } finally {
      await second.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("a process that uses the embedded PostgreSQL", () => {
  // embedded-postgres answers 'beforeExit' with process.exit(0) (async-exit-hook): a vitest run with
  // failures, or a failed script, exited 0 and CI went green. The exit code must survive loading it.
  it("keeps its exit code", async () => {
    const script = `const m = await import(${JSON.stringify(path.join(ROOT, "lib/db/embedded-postgres.ts"))}); await m.loadEmbeddedPostgres(); process.exitCode = 3;`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(3);
  });
});
