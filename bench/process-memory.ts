// Resident memory of the portal's processes, read from /proc (Linux): the Node process's VmRSS (and
// the CPU time it has used, with the machine's load average beside it, to tell its own slowness from
// the machine's), and
// its embedded PostgreSQL's as the sum of Pss over the postmaster and its backends (Pss shares the
// shared buffers out among the processes that map them, so the sum counts them once; summing RSS
// would count them once per backend).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const KIB = 1024;

function statusField(pid: number, field: string): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null; // the process has gone
  }
}

/** VmRSS of `pid`, in MB (MiB). */
export function residentMb(pid: number): number {
  const kib = statusField(pid, "VmRSS");
  if (kib === null) throw new Error(`no process ${pid}`);
  return kib / KIB;
}

function pssKib(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0; // a backend that ended between the listing and the read
  }
}

/** The embedded PostgreSQL under `dataDir` (its postmaster.pid) and every process it started, summed Pss in MB. */
export function postgresMb(dataDir: string): number {
  const postmaster = Number.parseInt(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]!, 10);
  let kib = pssKib(postmaster);
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === postmaster) kib += pssKib(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return kib / KIB;
}

/** CPU time (user + system) `pid` has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after "(comm)": state is field 3, utime 14 and stime 15, in clock ticks (100 a second on Linux).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** `at`: ms since the epoch; `load1`: the machine's 1-minute load average. */
export type MemorySample = { at: number; nodeMb: number; postgresMb: number; nodeCpuSeconds: number; load1: number };

/** Samples both every `everyMs` from now until stop(); the first sample is taken at once. */
export function sampleMemory(pid: number, dataDir: string, everyMs: number) {
  const samples: MemorySample[] = [];
  const take = () =>
    samples.push({ at: Date.now(), nodeMb: residentMb(pid), postgresMb: postgresMb(dataDir), nodeCpuSeconds: cpuSeconds(pid), load1: os.loadavg()[0]! });
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
