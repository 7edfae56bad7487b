// An online backup of the embedded PostgreSQL with the server's own low-level base-backup API
// (PostgreSQL manual, "Making a Base Backup Using the Low Level API"): pg_backup_start, a copy of the
// data directory, pg_backup_stop's backup_label, and the WAL written meanwhile. The portal keeps
// running; on restore PostgreSQL replays that WAL to the consistent point the backup ended at.
// The embedded distribution ships no pg_basebackup or pg_dump, and a hand-written dumper is what
// this avoids: the server decides what a consistent copy is.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/** Contents of a data directory a base backup leaves out (the manual's list): runtime state, rebuilt at start. */
const SKIPPED_ENTRIES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map"]);
const EMPTIED_DIRECTORIES = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);

export const BACKUP_MANIFEST = "netdesk-backup.json";

export type BackupManifest = {
  format: 1;
  createdAt: string;
  serverVersion: string;
  /** WAL position the backup is consistent at (pg_backup_stop). */
  stopLsn: string;
  /** Files of the demo data directory kept beside the cluster (its password, the demo secrets). */
  demoFiles: string[];
};

/** Copies a directory a running server writes to: files that vanish while copying were temporary. */
function copyTree(from: string, to: string, topLevel: boolean): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(from, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries) {
    if (topLevel && SKIPPED_ENTRIES.has(entry.name)) continue;
    if (entry.name.startsWith("pgsql_tmp")) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (topLevel && EMPTIED_DIRECTORIES.has(entry.name)) fs.mkdirSync(target, { mode: 0o700 });
      else copyTree(source, target, false);
    } else if (entry.isFile()) {
      try {
        fs.copyFileSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }
}

/** Copies the WAL segments (not the archive status) once pg_backup_stop has switched to a new segment. */
function copyWal(pgData: string, staging: string): void {
  const from = path.join(pgData, "pg_wal");
  const to = path.join(staging, "pg_wal");
  fs.mkdirSync(path.join(to, "archive_status"), { recursive: true, mode: 0o700 });
  for (const name of fs.readdirSync(from)) {
    if (!/^[0-9A-F]{24}(\.partial)?$|^[0-9A-F]{8}\.history$/.test(name)) continue;
    try {
      fs.copyFileSync(path.join(from, name), path.join(to, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/**
 * Backs up the cluster at `pgData`, served at `url` by a superuser, into the gzip'd tar `outFile`,
 * with `demoFiles` (paths relative to `dataDir`) beside it. A temporary physical replication slot
 * holds the WAL from the backup's start until it is copied, so no checkpoint can recycle it.
 */
export async function takeBaseBackup(options: {
  url: string;
  dataDir: string;
  pgData: string;
  outFile: string;
  demoFiles: string[];
}): Promise<BackupManifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-backup-"));
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const slot = `netdesk_backup_${process.pid}`;
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [slot]);
    await client.query("SELECT pg_backup_start($1, true)", [`netdesk ${new Date().toISOString()}`]);
    copyTree(options.pgData, path.join(staging, "postgres"), true);
    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    const { lsn, labelfile, spcmapfile } = stopped.rows[0]!;
    copyWal(options.pgData, path.join(staging, "postgres"));
    fs.writeFileSync(path.join(staging, "postgres", "backup_label"), labelfile, { mode: 0o600 });
    if (spcmapfile) fs.writeFileSync(path.join(staging, "postgres", "tablespace_map"), spcmapfile, { mode: 0o600 });
    const version = await client.query<{ server_version: string }>("SHOW server_version");

    for (const name of options.demoFiles) {
      const source = path.join(options.dataDir, name);
      if (fs.existsSync(source)) fs.copyFileSync(source, path.join(staging, name));
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      serverVersion: version.rows[0]!.server_version,
      stopLsn: lsn,
      demoFiles: options.demoFiles.filter((name) => fs.existsSync(path.join(staging, name))),
    };
    fs.writeFileSync(path.join(staging, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.dirname(path.resolve(options.outFile)), { recursive: true });
    const partial = `${options.outFile}.partial`;
    execFileSync("tar", ["-czf", partial, "-C", staging, "."]);
    fs.chmodSync(partial, 0o600); // it holds the demo secrets
    fs.renameSync(partial, options.outFile); // a half-written archive never carries the final name
    return manifest;
  } finally {
    await client.end(); // ends the session: the temporary slot goes with it
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The uid and gid of the OS user `postgres`, which runs the embedded server when we are root. */
function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

function chownTree(target: string, owner: { uid: number; gid: number }): void {
  fs.chownSync(target, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) chownTree(child, owner);
    else fs.chownSync(child, owner.uid, owner.gid);
  }
}

/**
 * Unpacks a backup into `dataDir`, which must hold no cluster yet; PostgreSQL finishes the restore
 * (replays the WAL in the backup) the first time it starts there.
 */
export function restoreBaseBackup(options: { archive: string; dataDir: string }): BackupManifest {
  const dataDir = path.resolve(options.dataDir);
  const pgData = path.join(dataDir, "postgres");
  if (fs.existsSync(pgData) && fs.readdirSync(pgData).length > 0) {
    throw new Error(`${pgData} にはすでにデータがあります。空のフォルダ（DATA_DIR）を指定してください`);
  }
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-restore-"));
  try {
    execFileSync("tar", ["-xzf", path.resolve(options.archive), "-C", staging]);
    const manifestFile = path.join(staging, BACKUP_MANIFEST);
    if (!fs.existsSync(manifestFile) || !fs.existsSync(path.join(staging, "postgres", "backup_label"))) {
      throw new Error(`${options.archive} は npm run backup のバックアップではありません`);
    }
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as BackupManifest;
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.rmSync(pgData, { recursive: true, force: true });
    fs.cpSync(path.join(staging, "postgres"), pgData, { recursive: true });
    fs.chmodSync(pgData, 0o700);
    const owner = postgresOwner();
    if (owner) chownTree(pgData, owner);
    for (const name of manifest.demoFiles) {
      fs.copyFileSync(path.join(staging, name), path.join(dataDir, name));
      fs.chmodSync(path.join(dataDir, name), 0o600);
    }
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
