// The 「契約保証予約証書」 of an issued reservation, read as a reader would: its text (pdftotext) from the
// signed content, on one A4 page (pdfinfo), rendered (pdftoppm); another company's is NOT_FOUND.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { buildReservationCertificate } from "@/lib/server/bond/build-reservation-certificate";
import { submitReservation } from "@/lib/server/bond/submit-reservation";
import { getContractorEGuarantee } from "@/lib/server/guarantees/get-contractor-e-guarantee";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { actorByEmail } from "../support/accounts";
import { errorOf, seedAndStaff } from "../support/issue-fixtures";

let nagano: StaffActor;
let contractor: ContractorActor;
beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
});

describe("契約保証予約証書 PDF", () => {
  it("states the reservation, the 予約番号 and the 認証キー on one page", async () => {
    const prisma = getPrisma();
    const [saku, branch] = await Promise.all([prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } }), prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } })]);
    const bid = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    const sent = await submitReservation({
      actor: contractor,
      submissionKey: randomUUID(),
      input: {
        orderingBodyId: saku.id, projectName: "令和8年度 市道2-15号線 改良工事", projectLocation: "長野県 佐久市 岩村田地内", bidNoticeNumber: "佐久市建設工事公告第112号",
        bidDate: bid, bidAmount: "62,000,000", reservedAmount: "3,100,000", branchId: branch.id, notificationEmail: "soumu@marumaru-kensetsu.example.jp",
        contactDepartment: "", contactTitle: "", contactName: "", contactPhone: "", customerMessage: "",
      },
    });
    await acceptApplication({ applicationId: sent.applicationId, actor: nagano });
    await recordFeesReceived({ actor: nagano, applicationId: sent.applicationId }); // the 予約手数料, before 発行
    const [reservation] = (await issueGuarantees({ applicationId: sent.applicationId, actor: nagano })).guarantees;
    const file = await buildReservationCertificate({ actor: contractor, guaranteeId: reservation!.id });
    expect(file.fileName).toBe(`契約保証予約証書_${reservation!.contractNumber}.pdf`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-pdf-"));
    const pdf = path.join(dir, "reservation.pdf");
    fs.writeFileSync(pdf, file.bytes);
    if (process.env.KEEP_PDF) fs.copyFileSync(pdf, process.env.KEEP_PDF);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const { authKey } = await getContractorEGuarantee({ actor: contractor, guaranteeId: reservation!.id });
    for (const expected of ["契約保証予約証書", "佐久市", reservation!.contractNumber, "入札予定金額", "62,000,000円", "3,100,000円", "佐久市建設工事公告第112号", "有効期限", authKey, "/verify"]) {
      expect(text).toContain(expected);
    }
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Pages:\s+1\n/);
    execFileSync("pdftoppm", ["-png", "-r", "50", "-singlefile", pdf, path.join(dir, "page")]);
    expect(fs.statSync(path.join(dir, "page.png")).size).toBeGreaterThan(10_000);

    const other = await actorByEmail("CONTRACTOR", "contractor2@example.jp");
    expect((await errorOf(buildReservationCertificate({ actor: other, guaranteeId: reservation!.id })))?.code).toBe("NOT_FOUND");
  });
});
