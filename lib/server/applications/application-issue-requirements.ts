// What an application must hold before its guarantees can be issued. A sent application was checked
// by the form's schema, but staff act on what is stored, so the issue re-checks and names what is
// missing in Japanese instead of failing on a NOT NULL column.
import type { Application, CertificateForm, GuaranteeKind, OrderingBody } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type RequestedGuarantee = { kind: GuaranteeKind; form: CertificateForm; amount: bigint; depositBank: string | null };

export type IssuableApplication = Application & { orderingBody: OrderingBody | null };

export function requestedGuarantees(app: IssuableApplication): RequestedGuarantee[] {
  const missing: string[] = [];
  const need = (ok: unknown, label: string) => {
    if (ok === null || ok === undefined || ok === "") missing.push(label);
  };
  need(app.orderingBody, "発注者名");
  need(app.projectName, "工事名");
  need(app.contractAmount, "請負金額");
  need(app.periodFrom, "工期（着工日）");
  need(app.periodTo, "工期（完成日）");
  if (!app.advanceRequested && !app.contractGuaranteeRequested) missing.push("申し込む保証（前払金保証・契約保証）");
  if (app.advanceRequested) {
    need(app.advanceForm, "前払金保証の保証証書の形式");
    need(app.advanceAmount, "前払金保証金額");
    need(app.depositBank, "預託金融機関");
  }
  if (app.contractGuaranteeRequested) {
    need(app.contractForm, "契約保証の保証証書の形式");
    need(app.contractGuaranteeAmount, "契約保証金額");
  }
  const wanted: RequestedGuarantee[] = [];
  if (app.advanceRequested && app.advanceForm && app.advanceAmount !== null) {
    wanted.push({ kind: "ADVANCE", form: app.advanceForm, amount: app.advanceAmount, depositBank: app.depositBank });
  }
  if (app.contractGuaranteeRequested && app.contractForm && app.contractGuaranteeAmount !== null) {
    wanted.push({ kind: "CONTRACT", form: app.contractForm, amount: app.contractGuaranteeAmount, depositBank: null });
  }
  if (wanted.some((g) => g.form === "PAPER")) need(app.receiveMethod, "受取方法");
  if (missing.length > 0) {
    throw new AppError("VALIDATION", `申込内容に不足があるため発行できません（${missing.join("、")}）。差戻しでお客様に修正を依頼してください。`);
  }
  if (app.periodFrom! > app.periodTo!) throw new AppError("VALIDATION", "工期の完成日が着工日より前のため発行できません。");
  if (wanted.some((g) => g.amount <= 0n)) throw new AppError("VALIDATION", "保証金額が0円以下のため発行できません。");
  if (wanted.some((g) => g.form === "ELECTRONIC") && !app.orderingBody!.eGuaranteeEnabled) {
    throw new AppError("VALIDATION", `${app.orderingBody!.name}は電子保証に対応していないため、電子保証は発行できません。`);
  }
  return wanted;
}
