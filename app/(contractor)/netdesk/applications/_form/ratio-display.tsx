"use client";
// The live ratio beside a guarantee amount, e.g. 「40.0%（請負金額に対する前払金保証金額の割合）」,
// with the ordering body's limit when one is chosen.
import { useFormContext, useWatch } from "react-hook-form";
import { describeRatio, formatFraction } from "@/lib/domain/guarantee-ratio";
import { parseYenAmount } from "@/lib/domain/yen";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { APPLICATION_LABELS } from "@/lib/domain/application-labels";
import type { OrderingBodyRule } from "@/lib/schemas/application-rules";

const amountOf = (raw: unknown) => {
  const parsed = typeof raw === "string" && raw.trim() !== "" ? parseYenAmount(raw) : null;
  return parsed?.ok ? parsed.value : null;
};

export function RatioDisplay({ kind, orderingBodies }: { kind: "advance" | "contract"; orderingBodies: OrderingBodyRule[] }) {
  const { control } = useFormContext<TApplicationFormValues>();
  const [contract, fiscalYear, advance, contractGuarantee, bodyId] = useWatch({
    control,
    name: ["contractAmount", "advanceFiscalYearAmount", "advanceAmount", "contractGuaranteeAmount", "orderingBodyId"],
  });
  const body = orderingBodies.find((b) => b.id === bodyId);
  const fiscal = kind === "advance" ? amountOf(fiscalYear) : null;
  const base = fiscal ?? amountOf(contract);
  const amount = amountOf(kind === "advance" ? advance : contractGuarantee) ?? 0n;
  const baseLabel = fiscal !== null ? APPLICATION_LABELS.advanceFiscalYearAmount : APPLICATION_LABELS.contractAmount;
  const amountLabel = kind === "advance" ? APPLICATION_LABELS.advanceAmount : APPLICATION_LABELS.contractGuaranteeAmount;
  const limit = body && (kind === "advance" ? `上限 ${formatFraction(body.advanceLimit)}` : `下限 ${formatFraction(body.contractMinimum)}`);
  return (
    <p className="ratio" aria-live="polite">
      <output>{describeRatio(amount, base ?? 0n, baseLabel, amountLabel)}</output>
      {limit && <span className="muted">（{body.name}: {limit}）</span>}
    </p>
  );
}
