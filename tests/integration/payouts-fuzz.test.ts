// Property-based fuzzing of the 預託金払出依頼書 on the demo data: the contractor's 申込確認 and 送信, the bank's
// 払出済 and 差戻し of a line, and the 預託金融機関マスタ the requests are routed by (本店の管理者: 登録, 対応付け,
// 利用者の招待). Mostly the right actor (the plan's company, the guarantee's 預託金融機関, the administrator) and
// real ids of either company's plans and either bank's lines and branches, with the form the browser would
// send; the rest any account and junk. Only success or an expected refusal in Japanese, and a refusal
// writes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { inviteBankUser } from "@/lib/server/banks/invite-bank-user";
import { linkDepositBank } from "@/lib/server/banks/link-deposit-bank";
import { saveBankBranch } from "@/lib/server/banks/save-bank-branch";
import { confirmPayoutRequest } from "@/lib/server/payouts/confirm-payout-request";
import { getPayoutRequestEditor } from "@/lib/server/payouts/get-payout-request-editor";
import { payPayoutLine } from "@/lib/server/payouts/pay-payout-line";
import { returnPayoutLine } from "@/lib/server/payouts/return-payout-line";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { demoWorld, idAmong, idsOf, type DemoWorld } from "../support/fuzz-demo-world";

const prisma = getPrisma();
const BANKS = ["bank@example.jp", "bank.mishima@example.jp"];
const ACCOUNT = { bankName: "〇〇銀行", bankBranchName: "××支店", accountType: "普通", accountNumber: "1234567", accountHolderKana: "ｶ)ｼﾅﾉﾅﾏｺﾝ" };
let world: DemoWorld;
let planIds: string[];
// Per approved 明細書: its company's contractor and a request of 1,000円 on every line that may be drawn and has that left.
type Target = { owner: ContractorActor; planId: string; form: Record<string, unknown> };
let targets: Target[];

beforeAll(async () => {
  world = await demoWorld();
  planIds = await idsOf(prisma.usagePlan.findMany({ select: { id: true } }));
  targets = [];
  for (const plan of await prisma.usagePlan.findMany({ where: { approvedVersionId: { not: null } }, select: { id: true, companyId: true } })) {
    const owner = world.actors.find((a) => a.role === "CONTRACTOR" && a.companyId === plan.companyId) as ContractorActor;
    const editor = await getPayoutRequestEditor({ actor: owner, planId: plan.id });
    const lines = editor.lines.filter((l) => l.settled && l.balance.remaining >= 1000n).map((l) => ({ itemId: l.itemId, payoutMethod: l.payoutMethod, amount: "1,000", ...(l.payoutMethod === "TRANSFER" ? ACCOUNT : {}) }));
    if (lines.length) targets.push({ owner, planId: plan.id, form: { lines, note: "12月末支払分です。" } });
  }
  expect(targets.length).toBeGreaterThan(0);
}, 120_000);

const request = () =>
  fc.constantFrom(...targets).chain((t) =>
    fc.record({
      actor: fc.oneof({ arbitrary: fc.constant<Actor>(t.owner), weight: 4 }, fc.constantFrom(...world.actors)),
      planId: fc.oneof({ arbitrary: fc.constant(t.planId), weight: 3 }, idAmong(planIds)),
      input: inputFor(() => t.form),
    }),
  );

describe("預託金払出依頼書 entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`申込確認 (confirmPayoutRequest): ${FUZZ_RUNS} inputs`, async () => {
    const tally = await fuzzEntryPoint(request(), (g) => confirmPayoutRequest({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`送信 (submitPayoutRequest): ${FUZZ_RUNS} inputs`, async () => {
    const tally = await fuzzEntryPoint(request(), (g) => submitPayoutRequest({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  // The lines sent so far (the demo's and the fuzzing's above), of both banks' branches.
  const lineCall = async (input: () => Record<string, string>) =>
    fc.record({ actor: world.mostly(...BANKS), lineId: idAmong(await idsOf(prisma.payoutRequestLine.findMany({ select: { id: true } }))), input: inputFor(input) });

  it(`払出済 (payPayoutLine): ${FUZZ_RUNS} inputs`, async () => {
    const call = await lineCall(() => ({ paidOn: isoOfYmd(todayInJapan()), paidAmount: "1,000" }));
    const tally = await fuzzEntryPoint(call, (g) => payPayoutLine({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`差戻し (returnPayoutLine): ${FUZZ_RUNS} inputs`, async () => {
    const call = await lineCall(() => ({ reason: "口座名義が請求書と異なります。" }));
    const tally = await fuzzEntryPoint(call, (g) => returnPayoutLine({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  describe("預託金融機関マスタ", () => {
    const ADMIN = "admin@example.jp";

    it(`登録 (saveBankBranch): ${FUZZ_RUNS} inputs`, async () => {
      const input = fc.nat({ max: 50 }).chain((n) => inputFor(() => ({ bankName: "〇〇銀行", branchName: `ファズ${n}支店` })));
      const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly(ADMIN), input }), (g) => saveBankBranch({ ...g, actor: g.actor as never }));
      expect(tally.ok).toBeGreaterThan(0);
    });

    it(`対応付け (linkDepositBank): ${FUZZ_RUNS} inputs`, async () => {
      const branchIds = await idsOf(prisma.bankBranch.findMany({ select: { id: true } }));
      const input = fc.constantFrom(...branchIds).chain((bankBranchId) => inputFor(() => ({ text: "〇〇銀行　佐久支店", bankBranchId })));
      const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly(ADMIN), input }), (g) => linkDepositBank({ ...g, actor: g.actor as never }));
      expect(tally.ok).toBeGreaterThan(0);
    });

    it(`利用者の招待 (inviteBankUser): ${FUZZ_RUNS} inputs`, async () => {
      const branchIds = await idsOf(prisma.bankBranch.findMany({ select: { id: true } }));
      const input = fc.nat().chain((n) => inputFor(() => ({ name: "預金 三郎", email: `teller${n}@bank.example.jp` })));
      const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly(ADMIN), bankBranchId: idAmong(branchIds), input }), (g) => inviteBankUser({ ...g, actor: g.actor as never }));
      expect(tally.ok).toBeGreaterThan(0);
    });
  });
});
