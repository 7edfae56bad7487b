// The soak's Markdown: what ran, one row a minute, the goals, and the curve of memory and p99 as text.
import type { MemorySample } from "./process-memory";
import { KINDS, type Kind, type Window } from "./soak-tally";

export type MinuteFigures = Window & { minute: number; from: number; to: number };

export type SoakInput = {
  measuredAt: string;
  connections: number;
  kinds: Kind[];
  capacity: number;
  capacityProblems: number;
  warmUpProblems: number;
  rate: number;
  minutes: number;
  sampleSeconds: number;
  loadAtStart: string;
  loadAtEnd: string;
  idleMb: number;
  figures: MinuteFigures[];
  samples: MemorySample[];
  problemsSeen: string[];
  /** What the portal logged to stderr as unexpected errors during the soak. */
  loggedErrors: { count: number; first: string[] };
  database: { submittedOk: number; submittedFound: number; issuedOk: number; issuedFound: number; guarantees: number; inDatabase: number; issuedInDatabase: number };
};

export function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!);
}

const of = (f: Window, kinds: Kind[]) => kinds.flatMap((k) => f.byKind.get(k) ?? []);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Least-squares slope of `values` against 0, 1, 2, … (per step). */
function slope(values: number[]): number {
  if (values.length < 2) return 0;
  const xMean = (values.length - 1) / 2;
  const yMean = mean(values);
  const num = values.reduce((sum, y, x) => sum + (x - xMean) * (y - yMean), 0);
  const den = values.reduce((sum, _y, x) => sum + (x - xMean) ** 2, 0);
  return num / den;
}

const inside = (samples: MemorySample[], f: MinuteFigures) => samples.filter((s) => s.at >= f.from && s.at <= f.to);
const metOr = (ok: boolean) => (ok ? "met" : "NOT met");

export function soakReport(input: SoakInput): string {
  const { figures, samples, database: db } = input;
  const rss = (f: MinuteFigures) => mean(inside(samples, f).map((s) => s.nodeMb));
  const pg = (f: MinuteFigures) => mean(inside(samples, f).map((s) => s.postgresMb));
  // Share of one core the portal's Node process used in the minute, between its first and last sample.
  const cpu = (f: MinuteFigures) => {
    const within = inside(samples, f);
    const [a, b] = [within[0], within.at(-1)];
    return a && b && b.at > a.at ? ((b.nodeCpuSeconds - a.nodeCpuSeconds) / ((b.at - a.at) / 1000)) * 100 : NaN;
  };
  const load = (f: MinuteFigures) => mean(inside(samples, f).map((s) => s.load1));
  const silent = db.submittedOk - db.submittedFound + (db.issuedOk - db.issuedFound);
  const errors = figures.reduce((sum, f) => sum + f.errors + f.non2xx + f.failedChecks, 0) + silent + input.loggedErrors.count;
  const fromTwo = figures.length > 1 ? figures.slice(1) : figures;
  const p99s = fromTwo.map((f) => percentile(f.durations, 0.99));
  const first = fromTwo[0]!;
  const last = figures.at(-1)!;
  const growth = rss(last) / rss(first) - 1;
  const verifications = input.kinds.filter((k) => k === "verify").length;

  return [
    "## Soak: mixed traffic at half the capacity",
    "",
    `Measured ${input.measuredAt} (\`npm run bench -- soak\`). The production build (\`npm start\`, demo mode, TRUST_PROXY=1) on loopback, loaded by autocannon with ${input.connections} connections, each running one visit after another: ` +
      "a sign-in (GET /api/auth/csrf, POST /api/auth/callback/credentials; contractor and staff by turns, the fresh session used for that role's pages), " +
      "保証契約一覧 and 保証申込 (contractor), 送信する of a new application (its server action, by Next-Action id, as the form's script calls it), 申込一覧 and the application's page (staff), " +
      "受付 and 発行 of that application (the staff's one-button actions), 保証契約一覧 again, and, between these, " +
      `${verifications} verifications (POST /api/v1/verify with the right key, each from its own X-Forwarded-For address): ${input.kinds.length} requests a visit. ` +
      "Every answer is checked for what the user would get (the page's heading and no error page, the certificate, the action's ok and its message), and every 送信する and 発行 that answered ok is looked up in PostgreSQL at the end.",
    "",
    `- Capacity, unthrottled, the last 20 s of a 30 s run (the first 10 s a warm-up): **${input.capacity.toFixed(1)} requests/s** (${(input.capacity / input.kinds.length).toFixed(2)} visits/s; errors, non-2xx and failed checks: ${input.capacityProblems} in those 20 s, ${input.warmUpProblems} in the warm-up).`,
    `- Soak: **${input.rate} requests/s** (autocannon overallRate, ${((input.rate / input.capacity) * 100).toFixed(0)} % of the capacity), one run of ${input.minutes} minutes counted minute by minute; memory sampled every ${input.sampleSeconds} s.`,
    `- Load average (1 / 5 / 15 min) at the soak's start: ${input.loadAtStart}; at its end: ${input.loadAtEnd} (a shared 2-core machine: other work ran beside it).`,
    `- Node RSS (VmRSS of the portal's process) after start-up and preparation, before any traffic: ${input.idleMb.toFixed(0)} MB. PostgreSQL: the embedded server's postmaster and backends, summed Pss (shared buffers counted once). Both per minute as the mean of that minute's samples; Node CPU: the share of one core the portal's process used in the minute; load: the machine's 1-minute load average, the minute's mean (2 cores).`,
    "",
    "| minute | answers | req/s | errors (timeouts) | non-2xx | failed checks | p50 | p99 | p99 sign-in | p99 pages | p99 verify | p99 送信・受付・発行 | Node RSS | PostgreSQL | Node CPU | load (1 min) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...figures.map(
      (f) =>
        `| ${f.minute} | ${f.durations.length} | ${(f.durations.length / ((f.to - f.from) / 1000)).toFixed(1)} | ${f.errors} (${f.timeouts}) | ${f.non2xx} | ${f.failedChecks} | ` +
        `${percentile(f.durations, 0.5)} ms | ${percentile(f.durations, 0.99)} ms | ${percentile(of(f, ["sign-in"]), 0.99)} ms | ${percentile(of(f, ["page"]), 0.99)} ms | ` +
        `${percentile(of(f, ["verify"]), 0.99)} ms | ${percentile(of(f, ["submit", "accept", "issue"]), 0.99)} ms | ${rss(f).toFixed(0)} MB | ${pg(f).toFixed(0)} MB | ${cpu(f).toFixed(0)} % | ${load(f).toFixed(1)} |`,
    ),
    "",
    "| kind, whole soak | answers | no answer | p50 | p99 | max |",
    "|---|---|---|---|---|---|",
    ...KINDS.map((kind) => {
      const all = figures.flatMap((f) => of(f, [kind]));
      const lost = figures.reduce((sum, f) => sum + (f.unanswered.get(kind) ?? 0), 0);
      return `| ${kind} | ${all.length} | ${lost} | ${percentile(all, 0.5)} ms | ${percentile(all, 0.99)} ms | ${percentile(all, 1)} ms |`;
    }),
    "",
    `PostgreSQL at the end: 送信する answered ok ${db.submittedOk} times, ${db.submittedFound} of those applications are there; 発行 answered ok ${db.issuedOk} times, ` +
      `${db.issuedFound} of those applications are 発行済 with their 2 guarantees (${db.guarantees} guarantees). All the soak's applications in the database (the warm-up's and the capacity run's too, and those whose answer came after autocannon let go at the end of a run): ${db.inDatabase}, ${db.issuedInDatabase} 発行済.`,
    ...(input.problemsSeen.length ? ["", "First problems seen (run: kind: what):", "", ...input.problemsSeen.map((s) => `- ${s}`)] : []),
    ...(input.loggedErrors.first.length ? ["", "First errors the portal logged during the soak:", "", ...input.loggedErrors.first.map((s) => `- \`${s}\``)] : []),
    "",
    `- Errors over the soak (connection errors and timeouts, non-2xx, failed checks, 送信する/発行 answered ok but not in PostgreSQL, errors the portal logged: ${input.loggedErrors.count}): ${errors} (goal 0: ${metOr(errors === 0)}).`,
    `- p99 per minute from minute ${first.minute}: ${Math.min(...p99s)}–${Math.max(...p99s)} ms, max/min ${(Math.max(...p99s) / Math.min(...p99s)).toFixed(2)}, trend ${slope(p99s).toFixed(0)} ms a minute (steady, taken as max/min ≤ 1.5: ${metOr(Math.max(...p99s) <= 1.5 * Math.min(...p99s))}).`,
    `- Node RSS, mean of minute ${first.minute}: ${rss(first).toFixed(0)} MB; of minute ${last.minute}: ${rss(last).toFixed(0)} MB: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} % (goal < 10 %: ${metOr(growth < 0.1)}); ` +
      `trend from minute ${first.minute} ${slope(fromTwo.map(rss)).toFixed(1)} MB a minute. PostgreSQL ${pg(first).toFixed(0)} → ${pg(last).toFixed(0)} MB.`,
    "",
    ...curve(samples, figures, input.sampleSeconds),
    "",
  ].join("\n");
}

/** A plot of `values` (one column each), `height` rows, each labelled with its value. */
function plot(values: number[], height: number, unit: string): string[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.max(1, hi * 0.05);
  const bottom = hi === lo ? lo - span / 2 : lo;
  const rowOf = (v: number) => Math.min(height - 1, Math.floor(((v - bottom) / span) * height));
  const rows: string[] = [];
  for (let r = height - 1; r >= 0; r--) {
    const label = `${(bottom + (span * (r + 0.5)) / height).toFixed(0)} ${unit}`.padStart(9);
    rows.push(`${label} |${values.map((v) => (rowOf(v) === r ? "*" : rowOf(v) > r ? ":" : " ")).join("")}`);
  }
  return rows;
}

/** Node RSS at every sample, the p99 of the minute each sample fell in, and PostgreSQL's memory, over the soak. */
function curve(samples: MemorySample[], figures: MinuteFigures[], sampleSeconds: number): string[] {
  const minuteOf = (s: MemorySample) => figures.find((f) => s.at >= f.from && s.at <= f.to);
  const during = samples.filter((s) => minuteOf(s));
  const starts = (i: number) => i === 0 || minuteOf(during[i]!) !== minuteOf(during[i - 1]!);
  const axis = `${" ".repeat(9)} +${during.map((_s, i) => (starts(i) && i > 0 ? "+" : "-")).join("")}`;
  const ticks = `${" ".repeat(11)}${during.map((s, i) => (starts(i) ? String(minuteOf(s)!.minute % 10) : " ")).join("")}`;
  return [
    `The curve: one column a sample (every ${sampleSeconds} s), the minute's number where it starts.`,
    "",
    "```",
    "Node RSS",
    ...plot(during.map((s) => s.nodeMb), 8, "MB"),
    axis,
    ticks,
    "",
    "p99 of the minute",
    ...plot(during.map((s) => percentile(minuteOf(s)!.durations, 0.99)), 6, "ms"),
    axis,
    ticks,
    "",
    "PostgreSQL (summed Pss)",
    ...plot(during.map((s) => s.postgresMb), 4, "MB"),
    axis,
    ticks,
    "```",
  ];
}
