import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABEL, describeAuditValue } from "@/lib/domain/audit-labels";

describe("audit entries in Japanese", () => {
  it("names every action the code records", () => {
    const recorded = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name)) for (const m of fs.readFileSync(file, "utf8").matchAll(/action: "([a-z-]+\.[a-z-]+)"/g)) recorded.add(m[1]!);
      }
    };
    walk("lib");
    walk("app");
    // recordMasterDataSave composes "<entity>.create" / "<entity>.update".
    for (const entity of ["branch", "ordering-body"]) recorded.add(`${entity}.create`).add(`${entity}.update`);
    expect(recorded.size).toBeGreaterThan(15);
    expect([...recorded].filter((action) => !AUDIT_ACTION_LABEL[action])).toEqual([]);
  });

  it("shows a change as 「項目: 値」 lines with yen, enum names and times in Japanese", () => {
    expect(describeAuditValue({ amount: "7480000", reason: "設計変更による増額", versionNo: 2, changeType: "INCREASE" })).toBe(
      "保証金額: 7,480,000円\n理由: 設計変更による増額\n版: 2\n変更の種類: 増額",
    );
    expect(describeAuditValue({ status: "ACCEPTED" })).toBe("状態: 受付済");
    expect(describeAuditValue({ status: "CANCELLED", cancelledAt: "2026-11-23T06:00:00.000Z" })).toBe("状態: 取消\n取消日時: 2026/11/23 15:00");
    expect(describeAuditValue({ status: "ISSUED", guarantees: [{ id: "x", kind: "ADVANCE", form: "ELECTRONIC", contractNumber: "37071-00000M" }] })).toBe(
      "状態: 発行済\n保証: 「保証種類: 前払金保証、形式: 電子保証(認証キーを含む)、保証契約番号: 37071-00000M」",
    );
    expect(describeAuditValue({ id: "b1", name: "長野支店", eGuaranteeEnabled: true, createdAt: "2026-11-23T06:00:00.000Z" })).toBe("名称: 長野支店\n電子保証対応: はい");
    expect(describeAuditValue(null)).toBe("");
  });
});
