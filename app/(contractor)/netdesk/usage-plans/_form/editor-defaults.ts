// The form's starting values from a stored version (amounts and months as the inputs show them).
import { monthInputValue } from "@/lib/domain/month-input";
import type { UsagePlanVersionView } from "@/lib/server/usage-plans/usage-plan-view";
import { EMPTY_LINE, type UsageLineInput } from "./usage-plan-form";

export function linesForForm(version: UsagePlanVersionView | null): UsageLineInput[] {
  if (!version) return [{ ...EMPTY_LINE }];
  return version.lines.map((l) => ({
    itemId: l.itemId ?? "",
    itemNo: l.itemNo,
    category: l.category,
    detail: l.detail ?? "",
    quantity: l.quantity,
    totalAmount: l.totalAmount.toLocaleString("ja-JP"),
    advanceAmount: l.advanceAmount.toLocaleString("ja-JP"),
    payoutMethod: l.payoutMethod,
    scheduledMonth: monthInputValue(l.scheduledMonth),
    payeeKind: l.payeeKind ?? "",
    payee: l.payee ?? "",
  }));
}
