import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditHistory } from "@/components/audit-history";
import { AUDIT_ACTION_LABEL, AUDIT_ACTIONS, auditActionLabel, auditActionOptions, masterDataAuditAction, MASTER_DATA_ENTITIES, type AuditAction } from "@/lib/domain/audit-actions";
import { describeAuditValue } from "@/lib/domain/audit-labels";
import type { AuditInput } from "@/lib/server/audit/record-audit-entry";

// The type check does the rest: recordAuditEntry takes only an AuditAction, and AUDIT_ACTION_LABEL
// `satisfies Record<AuditAction, string>`, so an action without a Japanese name does not compile.
// @ts-expect-error an action outside the union is refused by recordAuditEntry's input
const unnamed: AuditInput["action"] = "application.unnamed";
void unnamed;

const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・（）]+$/u;

describe("audit actions", () => {
  it.each(AUDIT_ACTIONS)("%s has a Japanese name", (action) => {
    const label = AUDIT_ACTION_LABEL[action];
    expect(label).toMatch(JAPANESE);
    expect(auditActionLabel(action)).toBe(label);
  });

  it("names 再送信, the send of a returned application", () => {
    expect(auditActionLabel("application.resubmit")).toBe("再送信");
  });

  it("lists exactly the labelled actions, each once", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(Object.keys(AUDIT_ACTION_LABEL).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("composes master-data saves from the union", () => {
    for (const entity of MASTER_DATA_ENTITIES) {
      for (const isUpdate of [false, true]) expect(AUDIT_ACTIONS).toContain(masterDataAuditAction(entity, isUpdate));
    }
    expect(masterDataAuditAction("ordering-body", true)).toBe("ordering-body.update");
    expect(masterDataAuditAction("branch", false)).toBe("branch.create");
  });

  it("監査ログ shows the Japanese name, never the code, for every action; its filter offers every action", () => {
    const entries = AUDIT_ACTIONS.map((action: AuditAction, i) => ({ id: BigInt(i), at: new Date("2026-11-23T06:00:00Z"), action, ipAddress: null, before: null, after: null, actorName: "長野 太郎" }));
    const html = renderToStaticMarkup(createElement(AuditHistory, { entries, label: "監査ログ", empty: "記録はありません。" }));
    const cells = [...html.matchAll(/<td class="nowrap">([^<]*)<\/td>/g)].map((m) => m[1]);
    for (const action of AUDIT_ACTIONS) {
      expect(html).not.toContain(action);
      expect(cells).toContain(AUDIT_ACTION_LABEL[action]);
    }
    expect(auditActionOptions()).toEqual(AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABEL[value] })));
  });

  it("shows a code no longer in the union as it is rather than nothing", () => {
    expect(auditActionLabel("application.archived")).toBe("application.archived");
  });
});

describe("audit values in Japanese", () => {
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
    expect(describeAuditValue({ role: "SURETY_STAFF" })).toBe("利用者の種類: 保証会社担当者");
    expect(describeAuditValue(null)).toBe("");
  });
});
