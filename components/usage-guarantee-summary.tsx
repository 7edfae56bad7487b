// 保証の内容 above a 前払金使途内訳明細書 (the contractor's form and page, the staff's review page).
import type { ReactNode } from "react";
import { DetailTable } from "@/components/detail-table";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { formatYen } from "@/lib/domain/yen";
import type { UsageGuaranteeView } from "@/lib/server/usage-plans/usage-plan-view";

export function UsageGuaranteeSummary({ guarantee: g, contractNumber, extra = [] }: { guarantee: UsageGuaranteeView; contractNumber?: ReactNode; extra?: [string, ReactNode][] }) {
  return (
    <DetailTable
      caption="保証の内容"
      rows={[
        ["保証契約番号", contractNumber ?? g.contractNumber],
        ["商品名", PRODUCT_NAME[g.kind]],
        ["工事名", g.projectName],
        ["発注者名", g.orderingBodyName],
        ["前払金額（保証金額）", formatYen(g.amount)],
        ["預託金融機関", g.depositBank ?? ""],
        ...extra,
      ]}
    />
  );
}
