// Master data (発注者, 支店, staff accounts): only 本店の管理者 change it (branch staff act only within
// their branch), every change is audited with before/after, and the public list shows exactly the
// enabled, active bodies.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed-demo";
import { AppError } from "@/lib/errors";
import { deactivateManagedUser } from "@/lib/server/accounts/deactivate-managed-user";
import { inviteStaffUser } from "@/lib/server/accounts/invite-staff-user";
import { registerContractor } from "@/lib/server/accounts/register-contractor";
import { getOrderingBody } from "@/lib/server/master-data/get-ordering-body";
import { listBranches } from "@/lib/server/master-data/list-branches";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { saveOrderingBody } from "@/lib/server/master-data/save-ordering-body";
import { searchEGuaranteeOrderingBodies } from "@/lib/server/master-data/search-e-guarantee-ordering-bodies";
import { actorByEmail, anyActorByEmail, auditEntriesFor, userByEmail } from "../support/accounts";

const prisma = getPrisma();

const body = {
  name: "南牧村",
  prefecture: "長野県",
  keySubmissionEmail: "",
  keyEmailSubjectTemplate: "",
  advanceLimitNumerator: "4",
  advanceLimitDenominator: "10",
  contractMinNumerator: "1",
  contractMinDenominator: "10",
  active: "on",
};

const branch = {
  name: "松本支店",
  officeCode: "３７０８１", // full-width digits are folded
  postalCode: "390-0811",
  address: "長野県松本市中央 1-1",
  phone: "0263-00-0000",
  email: "matsumoto@surety.example.jp",
  active: "on",
};

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  await seedDemo(prisma);
});

describe("only administrators manage master data and staff accounts", () => {
  it("branch staff, contractors and ordering-body users are refused everything, and nothing is written", async () => {
    const auditBefore = await prisma.auditEntry.count();
    // 静岡支店's staff on 長野支店 and its staff: the cross-branch reach the review found.
    for (const email of ["staff.shizuoka@example.jp", "contractor@example.jp", "verifier@saku.example.jp"]) {
      const actor = (await anyActorByEmail(email)) as never; // not an administrator: every admin use case must refuse it
      const saku = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } });
      const nagano = await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } });
      const staffUser = await userByEmail("staff.nagano@example.jp");
      const attempts = [
        saveOrderingBody({ actor, input: body }),
        saveOrderingBody({ actor, id: saku.id, input: { ...body, name: "佐久市" } }),
        getOrderingBody({ actor, id: saku.id }),
        saveBranch({ actor, input: branch }),
        saveBranch({ actor, id: nagano.id, input: branch }),
        listBranches({ actor }),
        inviteStaffUser({ actor, branchId: nagano.id, input: { name: "x", email: "x@example.jp" } }),
        deactivateManagedUser({ actor, userId: staffUser.id }),
        // 請負者の登録 stays with branch staff.
        ...(email.startsWith("staff.") ? [] : [registerContractor({ actor, input: {} })]),
      ];
      for (const attempt of attempts) expect((await codeOf(attempt)).code).toBe("FORBIDDEN");
    }
    expect(await prisma.auditEntry.count()).toBe(auditBefore);
    expect(await prisma.orderingBody.count({ where: { name: "南牧村" } })).toBe(0);
    expect(await prisma.user.count({ where: { email: "x@example.jp" } })).toBe(0);
    expect((await userByEmail("staff.nagano@example.jp")).active).toBe(true);
    expect((await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } })).phone).toBe("026-000-0001");
  });
});

describe("ordering bodies (発注者マスタ) and the public list", () => {
  it("a body created disabled is not public; once enabled it is, and each change is audited", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const id = await saveOrderingBody({ actor: admin, input: body });
    const created = await prisma.orderingBody.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ eGuaranteeEnabled: false, advanceLimitNumerator: 4, contractMinDenominator: 10, keySubmissionEmail: null });
    expect((await searchEGuaranteeOrderingBodies({})).map((b) => b.name)).not.toContain("南牧村");

    await saveOrderingBody({
      actor: admin,
      id,
      input: { ...body, eGuaranteeEnabled: "on", keySubmissionEmail: "Keiyaku@Minamimaki.example.jp", advanceLimitNumerator: "3" },
    });
    const found = await searchEGuaranteeOrderingBodies({ prefecture: "長野県", name: "南牧" });
    expect(found).toEqual([{ id, name: "南牧村", prefecture: "長野県" }]);
    expect(Object.keys(found[0]!)).not.toContain("keySubmissionEmail"); // nothing private in the public list

    const [create, update] = await auditEntriesFor(id);
    expect(create).toMatchObject({ action: "ordering-body.create", actorId: admin.userId, before: null });
    expect(update).toMatchObject({ action: "ordering-body.update", actorId: admin.userId });
    expect(update!.before).toMatchObject({ eGuaranteeEnabled: false, advanceLimitNumerator: 4, keySubmissionEmail: null });
    expect(update!.after).toMatchObject({ eGuaranteeEnabled: true, advanceLimitNumerator: 3, keySubmissionEmail: "keiyaku@minamimaki.example.jp" });
  });

  it("searches by prefecture and part of the name; inactive and non-e-guarantee bodies never show", async () => {
    const all = (await searchEGuaranteeOrderingBodies({})).map((b) => b.name);
    expect(all).toEqual(expect.arrayContaining(["佐久市", "三島市", "長野県△△建設事務所長"]));
    expect(all).not.toContain("〇〇村");
    // JIS order: 長野県 before 静岡県.
    expect(all.indexOf("佐久市")).toBeLessThan(all.indexOf("三島市"));
    expect((await searchEGuaranteeOrderingBodies({ prefecture: "静岡県" })).map((b) => b.name)).toEqual(["三島市"]);
    expect((await searchEGuaranteeOrderingBodies({ name: "建設事務所" })).map((b) => b.name)).toEqual(["長野県△△建設事務所長"]);
    // An unknown prefecture is no filter; LIKE wildcards typed into the name are plain characters.
    expect(await searchEGuaranteeOrderingBodies({ prefecture: "長野県'; DROP TABLE x;--", name: "%" })).toEqual([]);
    expect(await searchEGuaranteeOrderingBodies({ name: "_" })).toEqual([]);

    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const mishima = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "三島市" } });
    await saveOrderingBody({ actor: admin, id: mishima.id, input: { ...body, name: "三島市", prefecture: "静岡県", eGuaranteeEnabled: "on", active: "" } });
    expect((await searchEGuaranteeOrderingBodies({})).map((b) => b.name)).not.toContain("三島市");
  });

  it("refuses bad input with a message beside each field, and a duplicate name", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const invalid = await codeOf(
      saveOrderingBody({ actor: admin, input: { ...body, name: "", prefecture: "ムー大陸", advanceLimitNumerator: "11", keySubmissionEmail: "no-at-sign" } }),
    );
    expect(invalid.code).toBe("VALIDATION");
    expect(invalid.fieldErrors).toMatchObject({
      name: "発注者名を入力してください。",
      prefecture: "都道府県を選択してください。",
      keySubmissionEmail: expect.stringContaining("形式が正しくありません"),
    });
    const ratio = await codeOf(saveOrderingBody({ actor: admin, input: { ...body, name: "比率村", advanceLimitNumerator: "11" } }));
    expect(ratio.fieldErrors?.advanceLimitNumerator).toContain("分母以下");
    const dup = await codeOf(saveOrderingBody({ actor: admin, input: { ...body, name: "佐久市" } }));
    expect(dup).toMatchObject({ code: "CONFLICT", fieldErrors: { name: "同じ名前の発注者が既に登録されています。" } });
    expect((await codeOf(saveOrderingBody({ actor: admin, id: "00000000-0000-4000-8000-000000000000", input: { ...body, name: "存在しない村" } }))).code).toBe("NOT_FOUND");
  });
});

describe("branches (支店マスタ) and their staff", () => {
  it("creates and edits a branch with audit entries; office codes are unique", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const id = await saveBranch({ actor: admin, input: branch });
    expect(await prisma.branch.findUniqueOrThrow({ where: { id } })).toMatchObject({ officeCode: "37081", active: true });
    await saveBranch({ actor: admin, id, input: { ...branch, phone: "0263-11-1111" } });
    const [create, update] = await auditEntriesFor(id);
    expect(create).toMatchObject({ action: "branch.create", before: null });
    expect(update).toMatchObject({ action: "branch.update", before: { phone: "0263-00-0000" }, after: { phone: "0263-11-1111" } });

    const taken = await codeOf(saveBranch({ actor: admin, input: { ...branch, name: "上田支店", officeCode: "37071" } }));
    expect(taken).toMatchObject({ code: "CONFLICT", fieldErrors: { officeCode: "この事務所コードは他の支店で使われています。" } });
    const bad = await codeOf(saveBranch({ actor: admin, input: { ...branch, officeCode: "3708" } }));
    expect(bad.fieldErrors?.officeCode).toBe("事務所コードは半角数字5桁で入力してください。");
  });

  it("staff accounts belong to a branch: invited there, and deactivated by an administrator", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const matsumoto = await prisma.branch.findUniqueOrThrow({ where: { name: "松本支店" } });
    const userId = await inviteStaffUser({ actor: admin, branchId: matsumoto.id, input: { name: "松本 一郎", email: "staff.matsumoto@example.jp" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ role: "SURETY_STAFF", branchId: matsumoto.id, companyId: null });
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: "staff.matsumoto@example.jp" } });
    expect(mail.textBody).toContain("松本支店 松本 一郎 様");

    await deactivateManagedUser({ actor: admin, userId });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).active).toBe(false);
    // An administrator's deactivation cannot reach a contractor's user (their company manages them).
    const contractor = await userByEmail("contractor@example.jp");
    expect((await codeOf(deactivateManagedUser({ actor: admin, userId: contractor.id }))).code).toBe("NOT_FOUND");
    expect((await codeOf(inviteStaffUser({ actor: admin, branchId: "nope", input: { name: "x", email: "y@example.jp" } }))).code).toBe("NOT_FOUND");
  });
});
