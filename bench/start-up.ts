// 12. `npm start` from a fresh clone (after `npm install`) to a ready portal, build included, and the
//     resident memory of the idle portal. The clone is of this checkout's HEAD; its node_modules are
//     hard links to this checkout's (what `npm install` would put there) and `npm run postinstall`
//     generates the Prisma client as `npm install` does; neither is counted. Goals: ≤ 60 s, ≤ 400 MB.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/db/embedded-postgres";

const IDLE_MS = 60_000;

/** VmRSS of one process in MB (0 once it is gone). */
function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Every descendant of `pid` (from /proc), with its command name. */
function descendants(pid: number): { pid: number; name: string }[] {
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  const out: { pid: number; name: string }[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push({ pid: c, name: names.get(c) ?? "?" });
      walk(c);
    }
  };
  walk(pid);
  return out;
}

async function waitReady(baseUrl: string, exited: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("npm start exited before it was ready");
    const ok = await fetch(`${baseUrl}/login`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the portal was not ready in time");
}

export async function benchStartUp(): Promise<string> {
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-clone-"));
  fs.chmodSync(clone, 0o755); // PostgreSQL runs as its own user (as root starts it) and must reach .data
  try {
    execFileSync("git", ["clone", "-q", process.cwd(), clone]);
    execFileSync("cp", ["-al", path.join(process.cwd(), "node_modules"), path.join(clone, "node_modules")]);
    execFileSync("npm", ["run", "-s", "postinstall"], { cwd: clone, stdio: "ignore" });

    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const load = os.loadavg()[0]!.toFixed(2);
    const started = performance.now();
    // What `npm start` runs (package.json "start"), without npm's own process; the clone's default .data.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", APP_URL: baseUrl, DATABASE_URL: "", SMTP_URL: "" };
    delete env.DATA_DIR;
    const logFile = path.join(clone, "start.log");
    const out = fs.openSync(logFile, "w");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: clone, env, stdio: ["ignore", out, out] });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      await waitReady(baseUrl, () => child.exitCode !== null, 600_000).catch((error: Error) => {
        throw new Error(`${error.message}:\n${fs.readFileSync(logFile, "utf8").slice(-2000)}`);
      });
      const readySeconds = (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, IDLE_MS));
      const processes = descendants(child.pid!);
      // The portal's own process (and any node child it keeps); PostgreSQL's processes are listed apart.
      const node = processes.filter((p) => p.name.startsWith("node")).reduce((n, p) => n + rssMb(p.pid), rssMb(child.pid!));
      const postgres = processes.filter((p) => p.name.startsWith("postgres"));
      const postgresMb = postgres.reduce((n, p) => n + rssMb(p.pid), 0);
      return [
        "## Start-up and idle memory (`npm start` on a fresh clone)",
        "",
        "A fresh `git clone` of this commit with its dependencies installed (`npm install` done: node_modules and the generated Prisma client), then `npm start`: the production build, a new embedded PostgreSQL (initdb), migrations, the demo data, the local mailbox, the mail worker. Timed until /login answers 200; memory read from /proc 60 s later, idle.",
        "",
        "| measure | value | goal |",
        "|---|---|---|",
        `| fresh clone → ready (build included), load ${load} at the start | ${readySeconds.toFixed(1)} s | ≤ 60 s: ${readySeconds <= 60 ? "met" : "NOT met"} |`,
        `| resident memory of the idle portal (its Node.js processes) | ${node.toFixed(0)} MB | ≤ 400 MB: ${node <= 400 ? "met" : "NOT met"} |`,
        `| resident memory of the embedded PostgreSQL (${postgres.length} processes, shared buffers counted in each) | ${postgresMb.toFixed(0)} MB | — |`,
        "",
      ].join("\n");
    } finally {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    }
  } finally {
    fs.rmSync(clone, { recursive: true, force: true });
  }
}
