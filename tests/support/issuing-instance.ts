// A second (or third) app instance's worth of issuing, in its own Node process with its own Prisma
// pool, on the database named by DATABASE_URL. Run by tests/integration/two-instances.test.ts as
//   node --import tsx tests/support/issuing-instance.ts
// with ISSUE_JOBS (JSON IssueJob[]) and ISSUE_CALLERS in the environment. It prints "ready" once
// connected, waits for "go" on stdin (so both instances start issuing at the same moment), then
// prints its outcomes as one JSON line.
import readline from "node:readline";
import { getPrisma } from "@/lib/db/client";
import { issueConcurrently, type IssueJob } from "./issue-concurrently";

const jobs = JSON.parse(process.env.ISSUE_JOBS ?? "[]") as IssueJob[];
const callers = Number(process.env.ISSUE_CALLERS ?? 8);

await getPrisma().$queryRaw`SELECT 1`;
console.log("ready");
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === "go") break;
lines.close();

const outcomes = await issueConcurrently(jobs, callers);
console.log(JSON.stringify(outcomes));
await getPrisma().$disconnect();
