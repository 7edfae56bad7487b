// Property-based fuzzing of the 前払金使途内訳明細書 on the demo data: the contractor's 一時保存 of a 当初 明細書 and
// of a 使途変更申込, 送信, and the branch's 承認 and 差戻し; and the 前払金請求書 saved beside it. Each call mostly names a real guarantee or plan (either
// company's, either branch's) with the form the browser would open on and the basis it is at now (so a
// generated form reaches past the stale-save check); the rest is any account and junk. Only success or an
// expected refusal in Japanese, and a refusal writes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { linesForForm } from "@/app/(contractor)/netdesk/usage-plans/_form/editor-defaults";
import type { Actor, ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { saveAdvanceInvoice } from "@/lib/server/invoices/save-advance-invoice";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { getUsagePlanEditor } from "@/lib/server/usage-plans/get-usage-plan-editor";
import { returnUsagePlan } from "@/lib/server/usage-plans/return-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileValue, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { demoWorld, idAmong, idsOf, type DemoWorld } from "../support/fuzz-demo-world";

const prisma = getPrisma();
const CONTRACTORS = ["contractor@example.jp", "contractor2@example.jp"];
const STAFF = ["staff.nagano@example.jp", "staff.shizuoka@example.jp"];
let world: DemoWorld;
let guaranteeIds: string[];
let planIds: string[];
// Per 前払金保証 / 中間前払金保証 of either company: its owner and the form its 明細書 page opens with.
type Target = { owner: ContractorActor; guaranteeId: string; kind: "ORIGINAL" | "CHANGE"; form: Record<string, unknown> };
let targets: Target[];

beforeAll(async () => {
  world = await demoWorld();
  guaranteeIds = await idsOf(prisma.guarantee.findMany({ select: { id: true } }));
  targets = [];
  for (const owner of CONTRACTORS.map(world.byEmail) as ContractorActor[]) {
    for (const { id } of await prisma.guarantee.findMany({ where: { companyId: owner.companyId, kind: { in: ["ADVANCE", "INTERMEDIATE"] } }, select: { id: true } })) {
      const editor = await getUsagePlanEditor({ actor: owner, guaranteeId: id });
      // A first 明細書: one line for the whole 前払金額 (a 明細書 that may be sent); otherwise the lines it opens with.
      const lines = editor.start
        ? linesForForm(editor.start)
        : [{ category: "MATERIAL", detail: "生コンクリート", quantity: "一式", totalAmount: (editor.guarantee.amount * 2n).toLocaleString("ja-JP"), advanceAmount: editor.guarantee.amount.toLocaleString("ja-JP"), payoutMethod: "TRANSFER", scheduledMonth: "2027-01", payeeKind: "MATERIAL", payee: "株式会社 信濃生コン" }];
      targets.push({ owner, guaranteeId: id, kind: editor.kind, form: { workType: editor.start?.workType ?? "CONSTRUCTION", changeReason: editor.kind === "CHANGE" ? "材料の納入先の変更" : "", lines } });
    }
  }
  expect(targets.map((t) => t.kind)).toEqual(expect.arrayContaining(["ORIGINAL", "CHANGE"]));
  planIds = await idsOf(prisma.usagePlan.findMany({ select: { id: true } }));
}, 120_000);

/** "now": the basis the owner's form is at when the call is made (a save raises it); else a forged one. */
const basisArbitrary = fc.oneof({ arbitrary: fc.constant("now" as const), weight: 3 }, inputFor(() => ({ versionId: "", revision: "0", basedOn: "" })));
async function basisNow(t: Target) {
  // What getUsagePlanEditor answers as the basis, in one query (it runs before each of 10,000 saves).
  const plan = await prisma.usagePlan.findUnique({ where: { guaranteeId: t.guaranteeId }, select: { approvedVersionId: true, versions: { where: { openPlanId: { not: null } }, select: { id: true, revision: true } } } });
  const open = plan?.versions[0];
  return open ? { versionId: open.id, revision: open.revision, basedOn: "" } : { versionId: "", revision: 0, basedOn: plan?.approvedVersionId ?? "" };
}

/** A call on one target: its owner four times in five, its guarantee three times in four, its form varied. */
const onTarget = (kind: Target["kind"]) =>
  fc.constantFrom(...targets.filter((t) => t.kind === kind)).chain((t) =>
    fc.record({
      target: fc.constant(t),
      actor: fc.oneof({ arbitrary: fc.constant<Actor>(t.owner), weight: 4 }, fc.constantFrom(...world.actors)),
      guaranteeId: fc.oneof({ arbitrary: fc.constant(t.guaranteeId), weight: 3 }, idAmong(guaranteeIds)),
      basis: basisArbitrary,
      input: inputFor(() => t.form),
    }),
  );

const save = async (g: { target: Target; actor: Actor; guaranteeId: string; basis: unknown; input: unknown }) =>
  saveUsagePlanDraft({ actor: g.actor as never, guaranteeId: g.guaranteeId, basis: g.basis === "now" ? await basisNow(g.target) : g.basis, input: g.input });

/** The open version of a plan as it is now (the one staff decide on), or a forged id. */
const openVersionNow = async (planId: string) =>
  (isUuid(planId) ? await prisma.usagePlanVersion.findFirst({ where: { openPlanId: planId }, select: { id: true, revision: true } }) : null) ?? { id: "", revision: 0 };

describe("明細書・使途変更 entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`当初の明細書の一時保存 (saveUsagePlanDraft): ${FUZZ_RUNS} inputs`, async () => {
    const tally = await fuzzEntryPoint(onTarget("ORIGINAL"), save);
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`使途変更申込の一時保存 (saveUsagePlanDraft on an approved 明細書): ${FUZZ_RUNS} inputs`, async () => {
    const tally = await fuzzEntryPoint(onTarget("CHANGE"), save);
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`送信 (submitUsagePlan): ${FUZZ_RUNS} inputs`, async () => {
    const plans = await prisma.usagePlan.findMany({ select: { id: true, companyId: true } });
    const call = fc.constantFrom(...plans).chain((plan) =>
      fc.record({
        actor: world.mostly(...CONTRACTORS.filter((e) => (world.byEmail(e) as ContractorActor).companyId === plan.companyId)),
        planId: fc.oneof({ arbitrary: fc.constant(plan.id), weight: 3 }, idAmong(planIds)),
        basis: fc.oneof({ arbitrary: fc.constant("now" as const), weight: 3 }, inputFor(() => ({ versionId: "", revision: "1", basedOn: "" })), hostileValue),
      }),
    );
    const tally = await fuzzEntryPoint(call, async (g) => {
      const open = await openVersionNow(g.planId);
      return submitUsagePlan({ actor: g.actor as never, planId: g.planId, basis: g.basis === "now" ? { versionId: open.id, revision: open.revision, basedOn: "" } : g.basis });
    });
    expect(tally.ok).toBeGreaterThan(0);
  });

  const decision = () =>
    fc.record({
      actor: world.mostly(...STAFF),
      planId: idAmong(planIds),
      versionId: fc.oneof({ arbitrary: fc.constant("now" as const), weight: 3 }, fc.uuid(), hostileValue),
      input: inputFor(() => ({ message: "労務費の支払先を記入してください。" })),
    });
  const versionNow = async (g: { planId: string; versionId: unknown }) => (g.versionId === "now" ? (await openVersionNow(g.planId)).id : (g.versionId as string));

  it(`差戻し (returnUsagePlan): ${FUZZ_RUNS} inputs`, async () => {
    const tally = await fuzzEntryPoint(decision(), async (g) => returnUsagePlan({ actor: g.actor as never, planId: g.planId, versionId: await versionNow(g), input: g.input }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`承認 (approveUsagePlan): ${FUZZ_RUNS} inputs`, async () => {
    // The contractor sends again what was returned above, so there is something to approve.
    for (const plan of await prisma.usagePlan.findMany({ select: { id: true, companyId: true } })) {
      const open = await prisma.usagePlanVersion.findFirst({ where: { openPlanId: plan.id, status: "RETURNED" } });
      const owner = world.actors.find((a) => a.role === "CONTRACTOR" && a.companyId === plan.companyId)!;
      if (open) await submitUsagePlan({ actor: owner as ContractorActor, planId: plan.id, basis: { versionId: open.id, revision: open.revision, basedOn: "" } });
    }
    const tally = await fuzzEntryPoint(decision(), async (g) => approveUsagePlan({ actor: g.actor as never, planId: g.planId, versionId: await versionNow(g) }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`前払金請求書 (saveAdvanceInvoice): ${FUZZ_RUNS} inputs`, async () => {
    const input = inputFor(() => ({ invoiceDate: "2026-11-16", accountType: "普通", accountNumber: "1234567", accountHolder: "マルマルケンセツ（カ" }));
    const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly(...CONTRACTORS), guaranteeId: idAmong(guaranteeIds), input }), (g) => saveAdvanceInvoice({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });
});
