// The draft form's values of a table (or of a new one): rules as the form's text fields.
import type { FeeRulesJson } from "@/lib/domain/fee-calculation";
import { bracketField, FEE_BRACKET_ROWS } from "@/lib/schemas/fee";

export function rateTableDefaults(table?: { kind: string; effectiveFrom: string; note: string | null; rules: FeeRulesJson }): Record<string, string> {
  const rules = table?.rules;
  const defaults: Record<string, string> = {
    kind: table?.kind ?? "ADVANCE", effectiveFrom: table?.effectiveFrom ?? "", note: table?.note ?? "",
    bracketMode: rules?.bracketMode ?? "MARGINAL", periodMode: rules?.periodMode ?? "DAYS",
    minimumFee: rules?.minimumFee ?? "0", roundingUnit: rules?.rounding.unit ?? "100", roundingDirection: rules?.rounding.direction ?? "DOWN",
    refundSharePercent: rules?.refund.sharePercent ?? "100", refundMinimumRetained: rules?.refund.minimumRetained ?? "0", taxPercent: rules?.taxPercent ?? "0",
  };
  for (let i = 0; i < FEE_BRACKET_ROWS; i++) {
    defaults[bracketField(i, "UpTo")] = rules?.brackets[i]?.upTo ?? "";
    defaults[bracketField(i, "Rate")] = rules?.brackets[i]?.ratePercent ?? "";
  }
  return defaults;
}

