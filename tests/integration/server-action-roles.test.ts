// Every server action refuses every kind of visitor its declared role excludes, before it reads the payload
// or writes anything: each export of each "use server" file under app/ (found by the same walker as the unit
// test tests/unit/server-action-files.test.ts) is called as the signed-out visitor and as a user of each
// role. The seam is the signed-in user (lib/auth/current-user.ts, next-auth's session in the portal): here it
// answers the chosen demo user, read by the portal's own findActiveUser, and everything after it — the
// guard, the actor, the pipeline — is the portal's. The matrix of pages is tests/e2e/security-matrix.spec.ts.
import path from "node:path";
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Role } from "@/lib/domain/enums";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import fs from "node:fs";
import { APP_DIR, exportsOf, useServerFiles } from "../support/server-action-files";

const seam = vi.hoisted(() => ({ user: null as { id: string; sessionVersion: number } | null }));
vi.mock("@/lib/auth/current-user", async () => {
  const { findActiveUser } = await import("@/lib/auth/find-active-user");
  return { getCurrentUser: async () => (seam.user ? findActiveUser(seam.user.id, seam.user.sessionVersion) : null) };
});
// next.config.ts enables forbidden() (experimental.authInterrupts); Next passes it to the server as this.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const prisma = getPrisma();
const DEMO_USER_OF: Record<Role, string> = {
  CONTRACTOR: "contractor@example.jp",
  SURETY_STAFF: "staff.nagano@example.jp",
  ORDERING_BODY: "verifier@saku.example.jp",
  ADMINISTRATOR: "admin@example.jp",
  BANK_USER: "bank@example.jp",
};
type Visitor = Role | "anonymous";
const VISITORS: readonly Visitor[] = ["anonymous", ...ROLES];
/** The role an area's actions must declare, from the route group of their file: the declaration is checked, not trusted. */
const AREA_ROLE: Record<string, string> = { "(admin)": "ADMINISTRATOR", "(bank)": "BANK_USER", "(contractor)": "CONTRACTOR", "(ordering-body)": "ORDERING_BODY", "(staff)": "SURETY_STAFF" };
/** Outside the areas, by name: open to anyone, or to any signed-in user (a new one is a decision, made here). */
const OUTSIDE_AREAS: Record<string, string> = {
  acceptInvitationAction: "PUBLIC",
  requestPasswordResetAction: "PUBLIC",
  resetPasswordAction: "PUBLIC",
  verifyAction: "PUBLIC",
  changePasswordAction: "SIGNED_IN",
};

const actions = useServerFiles().flatMap((file) =>
  exportsOf(fs.readFileSync(file, "utf8")).map((e) => {
    const folder = path.relative(APP_DIR, path.dirname(file));
    return { file, name: e.name, role: e.role!, expectedRole: AREA_ROLE[folder.split(path.sep)[0]!] ?? OUTSIDE_AREAS[e.name], where: `${folder} ${e.name}`, label: `${folder} ${e.name} (${e.role})` };
  }),
);

/** Who the pipeline lets through to the payload: its role, any signed-in user, or anyone. */
function admits(role: string, visitor: Visitor): boolean {
  if (role === "PUBLIC") return true;
  if (role === "SIGNED_IN") return visitor !== "anonymous";
  return role === visitor;
}

type Answer = "→/login" | "403" | "ActionResult" | string;

/** Calls the action as `visitor`: a redirect or HTTP interrupt (as Next would answer it), or the ActionResult it returned. */
async function answerOf(action: (payload: unknown) => Promise<unknown>, visitor: Visitor, payload: unknown): Promise<Answer> {
  seam.user = visitor === "anonymous" ? null : users[visitor];
  try {
    const result = (await action(payload)) as { status?: string };
    return result && typeof result === "object" && "status" in result ? "ActionResult" : `unexpected ${JSON.stringify(result)}`;
  } catch (error) {
    if (isRedirectError(error)) return `→${getURLFromRedirectError(error)}`;
    if (isHTTPAccessFallbackError(error)) return String(getAccessFallbackHTTPStatus(error));
    return `thrown ${String(error)}`;
  } finally {
    seam.user = null;
  }
}

let users: Record<Role, { id: string; sessionVersion: number }>;
let tables: string[];

/** Rows in every table of the portal and of graphile-worker (jobs), to prove a refusal wrote nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts = await prisma.$queryRawUnsafe<{ name: string; n: number }[]>(tables.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM ${t}`).join(" UNION ALL "));
  return Object.fromEntries(counts.map((c) => [c.name, c.n]));
}

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  const rows = await prisma.user.findMany({ where: { email: { in: Object.values(DEMO_USER_OF) } }, select: { id: true, email: true, sessionVersion: true } });
  users = Object.fromEntries(ROLES.map((role) => [role, rows.find((u) => u.email === DEMO_USER_OF[role])!])) as Record<Role, (typeof rows)[number]>;
  tables = (
    await prisma.$queryRaw<{ name: string }[]>`
      SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema IN ('public', 'graphile_worker') AND table_type = 'BASE TABLE' ORDER BY 1`
  ).map((t) => t.name);
});

describe("server actions × visitors", () => {
  it("finds every action, each declaring the role of its area (outside the areas, the listed public and signed-in ones)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(50);
    expect(Object.fromEntries(actions.map((a) => [a.where, a.role]))).toEqual(Object.fromEntries(actions.map((a) => [a.where, a.expectedRole])));
  });

  it.each(actions.map((a) => [a.label, a] as const))("%s refuses every visitor its role excludes, writing nothing", async (_label, { file, name, role }) => {
    const action = (await import(file))[name] as (payload: unknown) => Promise<unknown>;
    expect(typeof action).toBe("function");
    const before = await rowCounts();
    const refused: Record<string, Answer> = {};
    const expected: Record<string, Answer> = {};
    for (const visitor of VISITORS.filter((v) => !admits(role, v))) {
      // A form post as a browser would send it, with fields the action's envelope accepts.
      refused[visitor] = await answerOf(action, visitor, new FormData());
      expected[visitor] = visitor === "anonymous" ? "→/login" : "403";
    }
    expect(refused).toEqual(expected);
    expect(await rowCounts()).toEqual(before);

    // Its own visitors get past the guard: a payload that is no form at all is refused by the envelope
    // (an ActionResult with the message), so nothing runs; this shows the refusals above came from the role.
    for (const visitor of VISITORS.filter((v) => admits(role, v))) expect([visitor, await answerOf(action, visitor, 0)]).toEqual([visitor, "ActionResult"]);
    expect(await rowCounts()).toEqual(before);
  });
});
