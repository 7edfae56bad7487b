// The form's starting values from a stored version (amounts and months as the inputs show them). A plain
// module, not the "use client" form: a server page that imported a value from the form would get a
// client reference, not the value.
import { monthInputValue } from "@/lib/domain/month-input";
import type { UsagePlanVersionView } from "@/lib/server/usage-plans/usage-plan-view";

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

export type UsageLineInput = {
  itemId: string;
  itemNo: number | null;
  category: string;
  detail: string;
  quantity: string;
  totalAmount: string;
  advanceAmount: string;
  payoutMethod: string;
  scheduledMonth: string;
  payeeKind: string;
  payee: string;
};

export const EMPTY_LINE: UsageLineInput = {
  itemId: "",
  itemNo: null,
  category: "",
  detail: "",
  quantity: "一式",
  totalAmount: "",
  advanceAmount: "",
  payoutMethod: "TRANSFER",
  scheduledMonth: "",
  payeeKind: "",
  payee: "",
};

