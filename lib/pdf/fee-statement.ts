// 保証料計算書 / 追加保証料計算書 / 保証料返還計算書 of one guarantee, and the monthly 一括納付 statement: A4,
// Japanese, rendered like the key notice (Noto Sans JP subset, pdf-canvas). Every number comes from the
// statement row, frozen when it was made; nothing is recomputed here.
import { rgb } from "pdf-lib";
import type { FeeBreakdown } from "@/lib/domain/fee-calculation";
import { formatWareki, jstParts } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { japaneseDocument } from "./japanese-document";

const INK = rgb(0.1, 0.13, 0.18);
const MUTED = rgb(0.36, 0.4, 0.46);
const LINE = rgb(0.6, 0.65, 0.7);
const BRAND = rgb(0.04, 0.31, 0.54);

export type FeeStatementPdfData = {
  title: string; // 保証料計算書 / 追加保証料計算書 / 保証料返還計算書
  statementNumber: string;
  billTo: string; // 宛先 = 保証料請求先
  contractNumber: string;
  productName: string;
  projectName: string;
  guaranteeAmount: bigint;
  termFrom: Date;
  termTo: Date;
  reason: string;
  /** The fee computation (the new terms for 追加, the terms before the change for 返還). */
  breakdown: FeeBreakdown;
  /** 追加保証料: the fee before the change; 返還: 既納保証料 and how the refund was reached. */
  additional?: { before: FeeBreakdown; amount: bigint };
  refund?: { paid: bigint; basis: bigint; unexpiredShare: string; sharePercent: string; amount: bigint; capped: boolean };
  amount: bigint; // 保証料, 追加保証料 or 返還額
  tax: bigint;
  paymentLine: string; // 納付方法 and date
  tableLine: string; // 適用料率表
  issuedOn: Date;
  suretyName: string;
};

const yenText = (text: string) => formatYen(BigInt(text));

function bracketRows(b: FeeBreakdown): [string, string][] {
  const rows: [string, string][] = b.lines.map((line) => {
    const range = `${yenText(line.from)}〜${line.upTo ? yenText(line.upTo) : "上限なし"}`;
    const value = `${yenText(line.base)} × ${line.ratePercent}% = ${line.yearly}${line.note ? `（${line.note}）` : ""}`;
    return [`区分 ${range}`, value];
  });
  rows.push(["年額の計", b.yearlyTotal], ["期間係数", b.periodFactor], ["端数処理前", b.beforeRounding], ["端数処理", b.rounding]);
  rows.push(["最低保証料", `${yenText(b.minimumFee)}${b.minimumApplied ? "（適用）" : ""}`]);
  return rows;
}

export async function buildFeeStatementPdf(data: FeeStatementPdfData): Promise<Uint8Array> {
  const { doc, canvas: c } = await japaneseDocument({ title: `${data.title}（${data.statementNumber}）`, createdAt: data.issuedOn });
  c.textRight(`計算書番号　${data.statementNumber}`, 10, { color: MUTED });
  c.textRight(`作成日　${formatWareki(data.issuedOn)}`, 10, { color: MUTED });
  c.gap(6);
  c.text(`${data.billTo}　様`, 15, { font: "bold" });
  c.rule(0.8, INK, 260);
  c.gap(14);
  c.textCentered(data.title, 18, { font: "bold" });
  c.gap(10);
  c.table(
    [
      ["保証契約番号", data.contractNumber],
      ["商品名", data.productName],
      ["工事名", data.projectName],
      ["保証金額", formatYen(data.guaranteeAmount)],
      ["保証期間", `${formatWareki(data.termFrom)} 〜 ${formatWareki(data.termTo)}`],
      ["事由", data.reason],
    ],
    118,
    10.5,
  );
  c.gap(12);
  c.text("計算の内訳", 12, { font: "bold", color: BRAND });
  c.gap(4);
  if (data.additional) {
    c.text("変更前", 10, { color: MUTED });
    c.table([["変更前の保証料", yenText(data.additional.before.fee)]], 118, 10);
    c.gap(4);
    c.text("変更後", 10, { color: MUTED });
  }
  c.table([...bracketRows(data.breakdown), ["保証料", yenText(data.breakdown.fee)]], 215, 10);
  if (data.refund) {
    c.gap(8);
    c.table(
      [
        ["既納保証料", formatYen(data.refund.paid)],
        ["返還の対象額", formatYen(data.refund.basis)],
        ["未経過期間", data.refund.unexpiredShare],
        ["返還割合", `${data.refund.sharePercent}%`],
        ["返還額", `${formatYen(data.refund.amount)}${data.refund.capped ? "（返還しない最低額を控除）" : ""}`],
      ],
      150,
      10,
    );
  }
  c.gap(12);
  const label = data.refund ? "返還額" : data.additional ? "追加保証料" : "保証料";
  c.table(
    [
      [label, formatYen(data.amount)],
      ...(data.tax > 0n ? ([["消費税", formatYen(data.tax)], ["合計", formatYen(data.amount + data.tax)]] as [string, string][]) : []),
      ["納付方法", data.paymentLine],
      ["適用料率表", data.tableLine],
    ],
    118,
    11,
  );
  c.gap(16);
  c.rule(0.5, LINE);
  c.gap(8);
  c.paragraph(
    data.tax > 0n ? "契約保証予約手数料には消費税がかかります。" : "前払金保証料、中間前払金保証料及び契約保証料には消費税はかかりません。",
    9,
    undefined,
    MUTED,
  );
  c.gap(6);
  c.textRight(`保証会社　${data.suretyName}`, 10);
  return doc.save({ useObjectStreams: true });
}

export type MonthlyStatementPdfData = {
  companyName: string;
  month: Date; // first day
  dueOn: Date;
  paidOn: Date | null;
  rows: { statementNumber: string; contractNumber: string; title: string; projectName: string; amount: bigint; refund: boolean }[];
  total: bigint;
  createdAt: Date;
  suretyName: string;
};

/** 一括納付: every fee of the month billed together, with the 納付期限. */
export async function buildMonthlyFeeStatementPdf(data: MonthlyStatementPdfData): Promise<Uint8Array> {
  const monthLabel = formatWareki(data.month).replace(/1日$/, "");
  const { doc, canvas: first } = await japaneseDocument({ title: `保証料一括納付計算書（${monthLabel}分）`, author: data.companyName, createdAt: data.createdAt });
  let c = first;
  c.textRight(`作成日　${formatWareki(jstParts(data.createdAt))}`, 10, { color: MUTED });
  c.gap(6);
  c.text(`${data.companyName}　様`, 15, { font: "bold" });
  c.rule(0.8, INK, 260);
  c.gap(14);
  c.textCentered(`保証料一括納付計算書（${monthLabel}分）`, 17, { font: "bold" });
  c.gap(10);
  c.table(
    [
      ["対象月", monthLabel],
      ["件数", `${data.rows.length}件`],
      ["請求額合計", formatYen(data.total)],
      ["納付期限", formatWareki(data.dueOn)],
      ["入金", data.paidOn ? `入金済み（${formatWareki(data.paidOn)}）` : "未入金"],
    ],
    118,
    11,
  );
  c.gap(12);
  c.text("明細", 12, { font: "bold", color: BRAND });
  c.gap(4);
  for (const row of data.rows) {
    if (c.y < c.bottom + 60) c = c.newPage();
    c.table([[row.statementNumber, `${row.title}　${row.projectName}　${row.refund ? "△" : ""}${formatYen(row.amount)}`]], 150, 9.5);
  }
  c.gap(12);
  if (c.y < c.bottom + 40) c = c.newPage();
  c.paragraph("△は保証料の返還で、請求額から差し引いています。", 9, undefined, MUTED);
  c.gap(6);
  c.textRight(`保証会社　${data.suretyName}`, 10);
  return doc.save({ useObjectStreams: true });
}
