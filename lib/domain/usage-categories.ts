// 前払金を使用する項目: the permitted uses of an advance (standard terms §37 as the guarantee companies
// quote them), kept as one table of data. A code is what a 明細書 line stores, so an item can be added
// here without a migration. `workTypes` switches the design / survey extras; `overhead` marks the 25%
// 現場管理費・一般管理費等 item, which the ordering body must allow (発注者マスタ) and which a 中間前払金
// never has (docs/DOMAIN.md).
import type { GuaranteeKind, UsageWorkType } from "./enums";

export type UsageCategory = { code: string; label: string; workTypes: readonly UsageWorkType[]; overhead?: true };

const ALL: readonly UsageWorkType[] = ["CONSTRUCTION", "DESIGN", "SURVEY"];

export const USAGE_CATEGORIES: readonly UsageCategory[] = [
  { code: "MATERIAL", label: "材料費", workTypes: ALL },
  { code: "LABOR", label: "労務費", workTypes: ALL },
  { code: "EQUIPMENT_RENT", label: "機械器具の賃借料", workTypes: ALL },
  { code: "EQUIPMENT_PURCHASE", label: "機械購入費（当該工事の償却割合分）", workTypes: ALL },
  { code: "POWER", label: "動力費", workTypes: ALL },
  { code: "FREIGHT", label: "支払運賃", workTypes: ALL },
  { code: "REPAIR", label: "修繕費", workTypes: ALL },
  { code: "TEMPORARY", label: "仮設費", workTypes: ALL },
  { code: "WORKERS_COMP", label: "労働者災害補償保険料", workTypes: ALL },
  { code: "GUARANTEE_FEE", label: "保証料", workTypes: ALL },
  { code: "OUTSOURCING", label: "外注費", workTypes: ["DESIGN", "SURVEY"] },
  { code: "TRAVEL", label: "交通費", workTypes: ["SURVEY"] },
  { code: "OVERHEAD", label: "現場管理費・一般管理費等", workTypes: ALL, overhead: true },
];

/** What the 25% item may take at most: 1/4 of the 前払金額. */
export const OVERHEAD_LIMIT = { numerator: 25, denominator: 100 } as const;

export type CategoryContext = { workType: UsageWorkType; guaranteeKind: GuaranteeKind; overheadAllowed: boolean };

/** Whether the 25% item may appear: the ordering body allows it, and the guarantee is not a 中間前払金. */
export const overheadPermitted = (context: Pick<CategoryContext, "guaranteeKind" | "overheadAllowed">) =>
  context.overheadAllowed && context.guaranteeKind !== "INTERMEDIATE";

/** The items a 明細書 of this work, guarantee and ordering body may use, in the order of the form. */
export function usageCategoriesFor(context: CategoryContext): UsageCategory[] {
  return USAGE_CATEGORIES.filter((c) => c.workTypes.includes(context.workType) && (!c.overhead || overheadPermitted(context)));
}

export const usageCategory = (code: string): UsageCategory | undefined => USAGE_CATEGORIES.find((c) => c.code === code);

export const usageCategoryLabel = (code: string): string => usageCategory(code)?.label ?? code;

export const isOverheadCategory = (code: string): boolean => usageCategory(code)?.overhead === true;
