// Soak (issue 20, item 7): the production portal under ten minutes of mixed traffic at about half of
// its measured capacity — sign-ins, list pages, verifications, 送信する, 受付 and 発行 over HTTP, from
// autocannon — with the goals: zero errors, p99 steady, resident memory growing less than 10 % from
// minute 2 to the last minute. SOAK_MINUTES (default 10) shortens it for trying the bench out.
// Every answer is checked (soak-visit.ts) and, at the end, every 送信する and 発行 that answered ok is
// looked up in PostgreSQL: a submission or issuance that failed silently counts as an error.
import autocannon from "autocannon";
import { getPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/db/seed-demo";
import { issueTestGuarantees } from "@/tests/support/issued-guarantees";
import { flyerApplication } from "@/tests/support/flyer-application";
import { startBenchServer } from "./app-server";
import { loadAverage } from "./machine";
import { serverActionId, signInOverHttp } from "./portal-http";
import { residentMb, sampleMemory } from "./process-memory";
import { soakReport, type MinuteFigures } from "./soak-report";
import { Tally, type Window } from "./soak-tally";
import { visitRequests, type VisitSetup } from "./soak-visit";

// Eight users at once: where the mix's throughput levels off on this 2-core machine (more only queue).
const CONNECTIONS = 8;
const SAMPLE_EVERY_MS = 10_000;
export const SOAK_PROJECT = "令和8年度 ソーク試験工事";

async function prepare(baseUrl: string): Promise<VisitSetup> {
  const prisma = getPrisma();
  // Ten e-guarantees of 〇〇建設 (5 applications × 前払金保証 + 契約保証), issued through the use case staff use.
  const guarantees: VisitSetup["guarantees"] = [];
  for (let i = 0; i < 5; i++) {
    const issued = await issueTestGuarantees({ projectName: `ソーク照合用工事 ${i + 1}` });
    for (const g of issued.guarantees) if (g.authKey) guarantees.push({ contractNumber: g.contractNumber, authKey: g.authKey });
  }
  const [branch, orderingBody] = await Promise.all([
    prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } }),
    prisma.orderingBody.findUniqueOrThrow({ where: { name: "長野県△△建設事務所長" } }),
  ]);
  // The flyer's application is 〇〇建設's own (請求先, 送付先); 〇〇建設 pays by 一括納付, so 発行 finds its fees settled.
  const flyer = flyerApplication({ orderingBodyId: orderingBody.id, branchId: branch.id });
  return {
    contractor: await signInOverHttp(baseUrl, "contractor@example.jp", DEMO_PASSWORD),
    staff: await signInOverHttp(baseUrl, "staff.nagano@example.jp", DEMO_PASSWORD),
    guarantees,
    actions: {
      submit: serverActionId("app/(contractor)/netdesk/applications/_actions/submit-application-action.ts", "submitApplicationAction"),
      accept: serverActionId("app/(staff)/staff/applications/[id]/actions.ts", "acceptApplicationAction"),
      issue: serverActionId("app/(staff)/staff/applications/[id]/actions.ts", "issueGuaranteesAction"),
    },
    application: (n) => ({ ...flyer, projectName: `${SOAK_PROJECT} 第${n + 1}号` }),
  };
}

type Timed = Window & { from: number; to: number };

/** One autocannon run of the visits for `seconds`, its counts closed into windows every `windowSeconds`. */
async function load(phase: string, url: string, requests: autocannon.Request[], tally: Tally, seconds: number, options: { overallRate?: number; windowSeconds?: number } = {}) {
  tally.take(); // whatever arrived after the previous run let go of its connections
  tally.phase = phase;
  const windows: Timed[] = [];
  let from = Date.now();
  const close = () => {
    const to = Date.now();
    windows.push({ ...tally.take(), from, to });
    from = to;
  };
  const every = options.windowSeconds ?? seconds;
  const timers = Array.from({ length: Math.ceil(seconds / every) - 1 }, (_, i) => setTimeout(close, (i + 1) * every * 1000));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests,
        // autocannon's correction for coordinated omission assumes 1 ms between requests at any rate below
        // 1,000/s per connection and would invent samples; the times are taken from each answer instead.
        ...(options.overallRate ? { overallRate: options.overallRate, ignoreCoordinatedOmission: true } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => tally.timed(ms));
    instance.on("reqError", (error) => tally.error(error));
  });
  timers.forEach(clearTimeout);
  close();
  console.log(`[bench] soak: ${seconds} s at ${options.overallRate ?? "full"} rate: ${result.requests.total} answers, ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx`);
  return { windows, result };
}

const problems = (w: Window) => w.errors + w.non2xx + w.failedChecks;

// The first line of what the portal logs for an unexpected error: Next's "⨯", the action pipeline's
// and the API's reference lines, a pool connection lost.
const LOGGED_ERROR = /^(⨯|\[action |\[api\] unexpected error|\[db\] )/;

/** Counts the errors the portal logs to stderr while `counting`, and keeps the first few. */
function loggedErrors() {
  const seen = { counting: false, count: 0, first: [] as string[] };
  const onStderr = (text: string) => {
    if (!seen.counting) return;
    for (const line of text.split("\n").filter((l) => LOGGED_ERROR.test(l))) {
      seen.count++;
      if (seen.first.length < 5) seen.first.push(line.slice(0, 200));
    }
  };
  return { seen, onStderr };
}

export async function benchSoak(): Promise<string> {
  const minutes = Math.max(1, Number(process.env.SOAK_MINUTES ?? 10));
  const logged = loggedErrors();
  const server = await startBenchServer({ TRUST_PROXY: "1" }, { onStderr: logged.onStderr });
  try {
    const setup = await prepare(server.baseUrl);
    const idleMb = residentMb(server.pid);
    const tally = new Tally();
    const { requests, kinds } = visitRequests(setup, tally);

    // Capacity: 30 s unthrottled, the first 10 s a warm-up (compiled code, caches, the pool's connections,
    // and the connections' first visits, which all begin with a sign-in at once); the last 20 s count.
    const unthrottled = await load("capacity", server.baseUrl, requests, tally, 30, { windowSeconds: 10 });
    const [warmUp, ...measured] = unthrottled.windows;
    const capacity = measured.reduce((sum, w) => sum + w.durations.length, 0) / ((measured.at(-1)!.to - measured[0]!.from) / 1000);
    const rate = Math.max(1, Math.round(capacity / 2));

    const measuredAt = new Date().toISOString();
    const loadAtStart = loadAverage();
    const memory = sampleMemory(server.pid, server.dataDir, SAMPLE_EVERY_MS);
    logged.seen.counting = true;
    const soak = await load("soak", server.baseUrl, requests, tally, minutes * 60, { overallRate: rate, windowSeconds: 60 });
    // Requests in flight when autocannon let go are still answered: let them finish before counting.
    await new Promise((r) => setTimeout(r, 10_000));
    logged.seen.counting = false;
    const samples = memory.stop();
    const loadAtEnd = loadAverage();
    const figures: MinuteFigures[] = soak.windows.map((w, i) => ({ ...w, minute: i + 1 }));

    // What PostgreSQL holds of every 送信する and 発行 that answered ok.
    const prisma = getPrisma();
    const [sent, issued, inDatabase, issuedInDatabase] = await Promise.all([
      prisma.application.count({ where: { id: { in: [...tally.submitted] } } }),
      prisma.application.findMany({ where: { id: { in: [...tally.issued] }, status: "ISSUED" }, select: { _count: { select: { guarantees: true } } } }),
      prisma.application.count({ where: { projectName: { startsWith: SOAK_PROJECT } } }),
      prisma.application.count({ where: { projectName: { startsWith: SOAK_PROJECT }, status: "ISSUED" } }),
    ]);
    await prisma.$disconnect();

    return soakReport({
      measuredAt,
      connections: CONNECTIONS,
      kinds,
      capacity,
      capacityProblems: measured.reduce((sum, w) => sum + problems(w), 0),
      warmUpProblems: problems(warmUp!),
      rate,
      minutes,
      sampleSeconds: SAMPLE_EVERY_MS / 1000,
      loadAtStart,
      loadAtEnd,
      idleMb,
      figures,
      samples,
      problemsSeen: tally.samples,
      loggedErrors: logged.seen,
      database: {
        submittedOk: tally.submitted.size,
        submittedFound: sent,
        issuedOk: tally.issued.size,
        issuedFound: issued.filter((a) => a._count.guarantees === 2).length,
        guarantees: issued.reduce((sum, a) => sum + a._count.guarantees, 0),
        inDatabase,
        issuedInDatabase,
      },
    });
  } finally {
    await server.stop();
  }
}
