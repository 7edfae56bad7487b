// What the fuzz tests of the second round's areas act on: the whole demo (npm start's data: both companies,
// both branches, both banks' branches, rate tables, 中間 and 予約 in every state, 明細書 approved and waiting,
// 払出依頼 paid and waiting, a sent document), every demo account as an actor, and generators that pick
// mostly the right actor and a real id — of either company, branch or bank — so inputs reach past the guards.
import fc from "fast-check";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { DEMO_USERS, seedDemo } from "@/lib/db/seed-demo";
import { loadActor } from "@/lib/server/load-actor";
import { hostileString } from "./fuzz";

export type DemoWorld = Awaited<ReturnType<typeof demoWorld>>;

export async function demoWorld() {
  const prisma = getPrisma();
  await seedDemo(prisma);
  const users = await prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, orderBy: { email: "asc" } });
  const actors: Actor[] = await Promise.all(users.map((u) => loadActor(u.role, { id: u.id })));
  const byEmail = (email: string) => actors.find((a) => a.email === email)!;
  return {
    actors,
    byEmail,
    /** The actor the entry point is for, four times in five; any other demo account (wrong role, other company, branch or bank) otherwise. */
    mostly: (...emails: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...emails.map(byEmail)), weight: 4 }, fc.constantFrom(...actors)),
  };
}

/** Mostly one of these real ids, else a random uuid or junk a forged form could send. */
export const idAmong = (ids: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, fc.uuid(), hostileString);

/** Ids of a table's rows, read at the start (the fuzzing adds more; these are enough to reach past lookups). */
export async function idsOf(rows: Promise<{ id: string }[]>): Promise<string[]> {
  const ids = (await rows).map((r) => r.id);
  if (ids.length === 0) throw new Error("the demo has no such rows: the fuzz test would only meet NOT_FOUND");
  return ids;
}

