// Tamper evidence as the README claims it (issue 14, item 11). Whoever can edit the certificate rows but
// has not the signing key edits them by SQL, and the verification (the use case and POST /api/v1/verify)
// answers 署名: 無効 (signature.valid false, chain.valid false):
//   - a key added to the SigningKey table and a version re-signed with it: keys come from the configuration;
//   - the 取消 version hidden and Guarantee.status set back to 有効: the chain signs status and hidden flags;
//   - a version in the middle deleted: each version signs the hash of the one before it.
// Versions signed before the chain (署名形式 v1) still verify, and hiding their 取消 is still seen.
import { generateKeyPairSync, randomInt, sign } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/verify/route";
import { GET as getKeys } from "@/app/api/v1/keys/route";
import type { StaffActor } from "@/lib/auth/actor";
import { ownServerClientIpHeaders } from "@/lib/auth/client-ip";
import { signCertificateContent } from "@/lib/crypto/certificate-signature";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { cancelGuaranteeChange } from "@/lib/server/guarantees/cancel-guarantee-change";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { issueTestGuarantees, type IssuedForTest } from "../support/issued-guarantees";

const prisma = getPrisma();
let staff: StaffActor;

const address = () => `198.51.100.${randomInt(1, 255)}`;
const verify = (g: IssuedForTest) => verifyGuarantee({ input: { contractNumber: g.contractNumber, authKey: g.authKey }, ipAddress: address() });

async function verifyByApi(g: IssuedForTest) {
  const response = await POST(
    new Request("http://localhost/api/v1/verify", {
      method: "POST",
      headers: { "content-type": "application/json", ...ownServerClientIpHeaders(address()) },
      body: JSON.stringify({ contractNumber: g.contractNumber, authKey: g.authKey }),
    }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Awaited<ReturnType<typeof verifyGuarantee>>;
}

/** An e-guarantee (前払金保証, 19,000,000円 so a 増額 of 1,000,000円 stays within the body's 4/10) with
 * versions: 1 新規, then each step in turn. */
async function guaranteeWith(projectName: string, steps: ("increase" | "decrease" | "cancel" | "cancel-change")[]): Promise<IssuedForTest> {
  const { guarantees } = await issueTestGuarantees({ projectName, advanceAmount: 19_000_000n });
  const g = guarantees.find((x) => x.kind === "ADVANCE")!;
  for (const step of steps) {
    const input = { reason: "確認のため" };
    if (step === "increase") await amendGuarantee({ actor: staff, guaranteeId: g.id, input: { ...input, changeType: "INCREASE", amount: "1000000" } });
    if (step === "decrease") await amendGuarantee({ actor: staff, guaranteeId: g.id, input: { ...input, changeType: "DECREASE", amount: "500000" } });
    if (step === "cancel-change") await cancelGuaranteeChange({ actor: staff, guaranteeId: g.id, input });
    if (step === "cancel") await cancelGuarantee({ actor: staff, guaranteeId: g.id, input });
  }
  return g;
}

function expectInvalid(result: Awaited<ReturnType<typeof verifyGuarantee>>) {
  expect(result.chain.valid).toBe(false);
  expect(result.chain.problem).toBeTruthy();
  expect(result.signature.valid).toBe(false);
  for (const version of result.history) expect(version.signature.valid).toBe(false);
}

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  staff = (await issueTestGuarantees()).staff;
});

describe("intact guarantees verify", () => {
  it("a guarantee with a change, a 変更取消 and a 取消 is valid, its signed chain and hidden versions as stored", async () => {
    const g = await guaranteeWith("改ざん検知 正常確認工事", ["increase", "cancel-change", "decrease", "cancel"]);
    const result = await verifyByApi(g);
    expect(result.chain).toEqual({ valid: true, format: 2, problem: null });
    expect(result.status).toBe("CANCELLED");
    expect(result.signature.valid).toBe(true);
    expect(result.history.map((v) => v.versionNo)).toEqual([1, 4, 5]);
    const versions = await prisma.certificateVersion.findMany({ where: { guaranteeId: g.id }, orderBy: { versionNo: "asc" } });
    const head = versions.at(-1)!.content as { hiddenVersionNos: number[]; previousVersionHash: string; status: string };
    expect(head).toMatchObject({ hiddenVersionNos: [2, 3], status: "CANCELLED", previousVersionHash: expect.stringMatching(/^sha256:[A-Za-z0-9_-]{43}$/) });
    expect((versions[0]!.content as { previousVersionHash: unknown }).previousVersionHash).toBeNull();
  });
});

describe("edits by SQL without the signing key show 署名: 無効", () => {
  it("a key added to the SigningKey table and a version re-signed with it is not trusted (and not published)", async () => {
    const g = await guaranteeWith("改ざん検知 鍵追加工事", []);
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const kid = `attacker-${randomInt(1e9)}`;
    await prisma.$executeRaw`INSERT INTO "SigningKey" (id, "publicKeyPem") VALUES (${kid}, ${publicKey.export({ type: "spki", format: "pem" }).toString()})`;
    const [row] = await prisma.$queryRaw<{ content: JsonValue }[]>`SELECT content FROM "CertificateVersion" WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 1`;
    const forged = { ...(row!.content as Record<string, JsonValue>), guaranteeAmount: "90000000" };
    const signature = sign(null, Buffer.from(canonicalJson(forged), "utf8"), privateKey);
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET content = ${JSON.stringify(forged)}::jsonb, signature = ${signature}, "signingKeyId" = ${kid}
                             WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 1`;

    const result = await verifyByApi(g);
    expect(result.certificate.content).toMatchObject({ guaranteeAmount: "90000000" });
    expectInvalid(result);
    const { keys } = (await (await getKeys()).json()) as { keys: { kid: string }[] };
    expect(keys.map((k) => k.kid)).not.toContain(kid);
  });

  it("the 取消 version hidden and the status set back to 有効: still 取消, and 無効", async () => {
    const g = await guaranteeWith("改ざん検知 取消隠し工事", ["increase", "cancel"]);
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET "hiddenFromHistory" = true WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 3`;
    await prisma.$executeRaw`UPDATE "Guarantee" SET status = 'ACTIVE', "cancelledAt" = NULL WHERE id = ${g.id}::uuid`;

    const result = await verifyByApi(g);
    expect(result.history.map((v) => v.versionNo)).toEqual([1, 2]); // the older version is what the rows now show…
    expect(result.status).toBe("CANCELLED"); // …but the signed status of the newest version is answered
    expectInvalid(result);
  });

  it("only the status set back (取消 still shown) is 無効 too", async () => {
    const g = await guaranteeWith("改ざん検知 状態戻し工事", ["cancel"]);
    await prisma.$executeRaw`UPDATE "Guarantee" SET status = 'ACTIVE' WHERE id = ${g.id}::uuid`;
    expectInvalid(await verify(g));
  });

  it("a version in the middle deleted is 無効", async () => {
    const g = await guaranteeWith("改ざん検知 中間版削除工事", ["increase", "decrease"]);
    await prisma.$executeRaw`DELETE FROM "CertificateVersion" WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 2`;
    const result = await verify(g);
    expect(result.history.map((v) => v.versionNo)).toEqual([1, 3]);
    expectInvalid(result);
    expect(result.chain.problem).toContain("第2版");
  });

  it("a version in the middle deleted and the later ones renumbered is 無効 (the hash of the previous version no longer matches)", async () => {
    const g = await guaranteeWith("改ざん検知 番号詰め工事", ["increase", "decrease"]);
    await prisma.$executeRaw`DELETE FROM "CertificateVersion" WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 2`;
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET "versionNo" = 2 WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 3`;
    expectInvalid(await verify(g));
  });

  it("a hidden version shown again (hiddenFromHistory reset) is 無効", async () => {
    const g = await guaranteeWith("改ざん検知 再表示工事", ["increase", "cancel-change"]);
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET "hiddenFromHistory" = false WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 2`;
    expectInvalid(await verify(g));
  });
});

describe("versions signed before the chain (署名形式 v1)", () => {
  /** Rewrites every version as the previous release signed it: format 1, no chain fields, the same key. */
  async function asVersionOne(guaranteeId: string) {
    const rows = await prisma.certificateVersion.findMany({ where: { guaranteeId } });
    for (const row of rows) {
      const { previousVersionHash: _p, hiddenVersionNos: _h, ...rest } = row.content as Record<string, JsonValue>;
      const content = { ...rest, format: 1 };
      const { signature } = signCertificateContent(content);
      await prisma.certificateVersion.update({ where: { id: row.id }, data: { content, signature: new Uint8Array(signature) } });
    }
  }

  it("still verify, marked 署名形式 v1; hiding their 取消 and setting the status back is still 無効", async () => {
    const g = await guaranteeWith("改ざん検知 旧形式工事", ["increase", "cancel"]);
    await asVersionOne(g.id);
    const intact = await verify(g);
    expect(intact.chain).toEqual({ valid: true, format: 1, problem: null });
    expect(intact.signature.valid).toBe(true);

    await prisma.$executeRaw`UPDATE "CertificateVersion" SET "hiddenFromHistory" = true WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 3`;
    await prisma.$executeRaw`UPDATE "Guarantee" SET status = 'ACTIVE' WHERE id = ${g.id}::uuid`;
    expectInvalid(await verify(g));
  });

  it("a new version after v1 ones chains to them: the guarantee becomes 署名形式 v2", async () => {
    const g = await guaranteeWith("改ざん検知 旧形式から新形式工事", ["increase"]);
    await asVersionOne(g.id);
    await amendGuarantee({ actor: staff, guaranteeId: g.id, input: { reason: "確認のため", changeType: "DECREASE", amount: "100000" } });
    const result = await verify(g);
    expect(result.chain).toEqual({ valid: true, format: 2, problem: null });
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET content = jsonb_set(content, '{projectName}', '"別の工事"') WHERE "guaranteeId" = ${g.id}::uuid AND "versionNo" = 2`;
    expectInvalid(await verify(g));
  });
});
