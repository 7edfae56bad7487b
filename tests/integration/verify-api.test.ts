// POST /api/v1/verify through its route handler, against real issued guarantees.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/verify/route";
import { ownServerClientIpHeaders } from "@/lib/auth/client-ip";
import { contractNumberCheckLetter } from "@/lib/domain/contract-number";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { loadActor } from "@/lib/server/load-actor";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { getVerificationFailureRate } from "@/lib/server/verification/verification-failure-rate";
import { recordVerificationAttempt } from "@/lib/server/verification/verification-attempt";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { issueTestGuarantees, type IssuedForTest } from "../support/issued-guarantees";

const prisma = getPrisma();
let advance: IssuedForTest;
let contract: IssuedForTest;
let staff: StaffActor;
let ipCounter = 0;

function call(body: unknown, ip = `192.0.2.${++ipCounter % 250}`, origin?: string) {
  const request = new Request("http://localhost/api/v1/verify", {
    method: "POST",
    headers: { "content-type": "application/json", ...ownServerClientIpHeaders(ip), ...(origin ? { origin } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request);
}

/** A well-formed number (right check letter) that no guarantee has. */
function unknownNumber(serial: number): string {
  const digits = `99999${String(serial).padStart(5, "0")}`;
  return `99999-${digits.slice(5)}${contractNumberCheckLetter(digits)}`;
}

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  const issued = await issueTestGuarantees();
  advance = issued.guarantees.find((g) => g.kind === "ADVANCE")!;
  contract = issued.guarantees.find((g) => g.kind === "CONTRACT")!;
  staff = issued.staff;
});

describe("POST /api/v1/verify", () => {
  it("200: the certificate, its status, history and a valid signature, for the right number and key", async () => {
    const response = await call({ contractNumber: advance.contractNumber, authKey: advance.authKey });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ contractNumber: advance.contractNumber, status: "ACTIVE" });
    expect(body.certificate.content).toMatchObject({ contractNumber: advance.contractNumber, guaranteeAmount: "20000000", projectName: "令和○年度 県単河川維持工事" });
    expect(body.history.map((h: { kind: string }) => h.kind)).toEqual(["NEW"]);
    expect(body.signature).toMatchObject({ algorithm: "Ed25519", valid: true, keyId: "netdesk-2026-1" });
    expect(Date.parse(body.respondedAt)).not.toBeNaN();
    const attempt = await prisma.verificationAttempt.findFirstOrThrow({ where: { guaranteeId: advance.id, succeeded: true } });
    expect(attempt.contractNumber).toBe(advance.contractNumber);
  });

  it("403 BAD_ORIGIN for a foreign web page's Origin, before anything is read or recorded; our own origin is served", async () => {
    const attempts = await prisma.verificationAttempt.count();
    const foreign = await call({ contractNumber: advance.contractNumber, authKey: advance.authKey }, undefined, "https://evil.example");
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe("BAD_ORIGIN");
    expect(await prisma.verificationAttempt.count()).toBe(attempts);
    const own = await call({ contractNumber: advance.contractNumber, authKey: advance.authKey }, undefined, new URL(process.env.APP_URL!).origin);
    expect(own.status).toBe(200);
  });

  it("forgives full-width characters, spaces and a missing hyphen", async () => {
    const wide = advance.contractNumber.replace("-", "").replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const response = await call({ contractNumber: ` ${wide} `, authKey: `　${advance.authKey} ` });
    expect(response.status).toBe(200);
  });

  it("404: the same body for an unknown number and for a wrong key", async () => {
    const wrongNumber = await call({ contractNumber: unknownNumber(1), authKey: advance.authKey });
    const wrongKey = await call({ contractNumber: contract.contractNumber, authKey: "AAAAAAAAAAAA" });
    expect(wrongNumber.status).toBe(404);
    expect(wrongKey.status).toBe(404);
    const a = await wrongNumber.json();
    expect(a).toEqual({ error: { code: "NOT_FOUND", message: "保証契約番号または認証キーが正しくありません" } });
    expect(await wrongKey.json()).toEqual(a);
    // Another guarantee's key does not open this one.
    expect((await call({ contractNumber: contract.contractNumber, authKey: advance.authKey })).status).toBe(404);
  });

  it("400: malformed bodies and a wrong check letter, with field errors and no attempt recorded", async () => {
    const before = await prisma.verificationAttempt.count();
    const wrongLetter = advance.contractNumber.slice(0, 11) + (advance.contractNumber.endsWith("A") ? "B" : "A");
    for (const [body, field] of [
      ["{not json", "body"],
      [[1, 2], "body"],
      [{ contractNumber: 123, authKey: "x" }, "contractNumber"],
      [{ contractNumber: advance.contractNumber }, "authKey"],
      [{ contractNumber: wrongLetter, authKey: advance.authKey }, "contractNumber"],
      [{ contractNumber: advance.contractNumber, authKey: "short" }, "authKey"],
      [{ contractNumber: advance.contractNumber, authKey: advance.authKey, extra: 1 }, "body"],
    ] as const) {
      const response = await call(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const json = await response.json();
      expect(json.error.code).toBe("VALIDATION");
      expect(json.error.fields[field], JSON.stringify(json)).toBeTruthy();
      expect(JSON.stringify(json)).not.toMatch(/at |Error:|prisma/i);
    }
    expect(await prisma.verificationAttempt.count()).toBe(before);
    const letterError = await (await call({ contractNumber: wrongLetter, authKey: advance.authKey })).json();
    expect(letterError.error.fields.contractNumber).toBe("保証契約番号に誤りがあります。番号をもう一度ご確認ください。");
  });

  it("200 for the right key from a 13th address after 12 wrong keys on the number from 12 addresses (API and use case)", async () => {
    // A guarantee of its own, so no earlier test's attempts count.
    const fresh = (await issueTestGuarantees({ projectName: "他所の失敗確認用工事" })).guarantees[0]!;
    for (let i = 0; i < 12; i++) {
      expect((await call({ contractNumber: fresh.contractNumber, authKey: `Wrong${String(i).padStart(7, "0")}` }, `198.51.100.${i + 1}`)).status).toBe(404);
    }
    const answered = await call({ contractNumber: fresh.contractNumber, authKey: fresh.authKey }, "198.51.100.13");
    expect(answered.status).toBe(200);
    expect((await answered.json()).contractNumber).toBe(fresh.contractNumber);
    // The use case the page uses answers too (a refusal would throw).
    const result = await verifyGuarantee({ input: { contractNumber: fresh.contractNumber, authKey: fresh.authKey }, ipAddress: "198.51.100.14" });
    expect(result.contractNumber).toBe(fresh.contractNumber);
  });

  it("429 for one address after 10 of its 12 wrong keys on a number, the right key included, until the window has passed; another address gets 200", async () => {
    const fresh = (await issueTestGuarantees({ projectName: "ロック確認用工事" })).guarantees[0]!;
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await call({ contractNumber: fresh.contractNumber, authKey: `Wrong${String(i).padStart(7, "0")}` }, "203.0.113.50")).status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(404), 429, 429]);
    const locked = await call({ contractNumber: fresh.contractNumber, authKey: fresh.authKey }, "203.0.113.50");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("Retry-After"))).toBeGreaterThan(800);
    expect((await locked.json()).error.code).toBe("RATE_LIMITED");
    expect((await call({ contractNumber: fresh.contractNumber, authKey: fresh.authKey }, "203.0.113.51")).status).toBe(200);
    // With the clock moved past the window, the right key works again from that address.
    const later = await verifyGuarantee({
      input: { contractNumber: fresh.contractNumber, authKey: fresh.authKey },
      ipAddress: "203.0.113.50",
      now: new Date(Date.now() + 15 * 60 * 1000 + 5_000),
    });
    expect(later.contractNumber).toBe(fresh.contractNumber);
  });

  it("the failure rate of the last 24 hours: recorded attempts, failures and failing sources, for administrators", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3600_000);
    const record = (contractNumber: string, authKey: string, ipAddress: string, when: Date) =>
      recordVerificationAttempt(prisma, { contractNumber, authKey, ipAddress, userId: null, now: when });
    await record(contract.contractNumber, contract.authKey!, "192.0.2.200", at(1));
    await record(contract.contractNumber, "AAAAAAAAAAAA", "192.0.2.201", at(2));
    await record(unknownNumber(900), "AAAAAAAAAAAA", "2001:db8:9::1", at(3));
    await record(unknownNumber(901), "AAAAAAAAAAAA", "2001:db8:9::2", at(23));
    await record(unknownNumber(902), "AAAAAAAAAAAA", "192.0.2.202", at(25)); // outside the window
    const administrator = await loadActor("ADMINISTRATOR", { email: "admin@example.jp" });
    expect(await getVerificationFailureRate({ actor: administrator, now })).toEqual({ since: at(24), until: now, attempts: 4, failures: 3, failingSources: 2 });
    const contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
    await expect(getVerificationFailureRate({ actor: contractor as never, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getVerificationFailureRate({ actor: staff as never, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("429 from one address after 60 attempts in a minute", async () => {
    for (let i = 0; i < 60; i++) await call({ contractNumber: unknownNumber(100 + i), authKey: "AAAAAAAAAAAA" }, "203.0.113.9");
    const response = await call({ contractNumber: advance.contractNumber, authKey: advance.authKey }, "203.0.113.9");
    expect(response.status).toBe(429);
    expect((await call({ contractNumber: advance.contractNumber, authKey: advance.authKey }, "203.0.113.10")).status).toBe(200);
  });

  it("shows 変更 after a decrease and 取消 after cancellation, with the same key", async () => {
    // 減額: the flyer's 前払金保証 is already at the ordering body's 4/10, so a 増額 would be refused.
    await amendGuarantee({ guaranteeId: advance.id, actor: staff, input: { changeType: "DECREASE", amount: "5,000,000" } });
    let body = await (await call({ contractNumber: advance.contractNumber, authKey: advance.authKey })).json();
    expect(body.history.map((h: { kind: string }) => h.kind)).toEqual(["NEW", "CHANGE"]);
    expect(body.certificate.content.guaranteeAmount).toBe("15000000");
    expect(body.signature.valid).toBe(true);

    await cancelGuarantee({ guaranteeId: advance.id, actor: staff, input: { reason: "契約解除のため" } });
    body = await (await call({ contractNumber: advance.contractNumber, authKey: advance.authKey })).json();
    expect(body.status).toBe("CANCELLED");
  });

  it("shows the signature as invalid when a stored certificate row was changed by hand", async () => {
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET content = jsonb_set(content, '{guaranteeAmount}', '"99000000"') WHERE "guaranteeId" = ${contract.id}::uuid`;
    const body = await (await call({ contractNumber: contract.contractNumber, authKey: contract.authKey }, "198.51.100.77")).json();
    expect(body.certificate.content.guaranteeAmount).toBe("99000000");
    expect(body.signature.valid).toBe(false);
  });
});
