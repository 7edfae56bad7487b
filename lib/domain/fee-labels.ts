// Japanese names of the 保証料 enums (rate tables, 入金確認, statements), as screens and PDFs show them.
import type { FeeKind, FeeRateTableStatus, FeeReceiptMethod, FeeStatementKind } from "./enums";
import { PRODUCT_NAME } from "./guarantee-labels";

/** 料率表の種類: the guarantee (its 商品名) or the reservation a table prices. */
export const FEE_KIND_LABEL: Record<FeeKind, string> = { ...PRODUCT_NAME, BID_BOND_RESERVATION: "契約保証予約（入札ボンド）" };

/** 保証料 or 予約手数料, by what a table is for. */
export const FEE_NAME: Record<FeeKind, string> = {
  ADVANCE: "前払金保証料",
  INTERMEDIATE: "中間前払金保証料",
  CONTRACT: "契約保証料",
  BID_BOND_RESERVATION: "契約保証予約手数料",
};

export const FEE_RATE_TABLE_STATUS_LABEL: Record<FeeRateTableStatus, string> = { DRAFT: "下書き", PUBLISHED: "公開済み" };

/** 入金確認の方法 */
export const FEE_RECEIPT_METHOD_LABEL: Record<FeeReceiptMethod, string> = { TRANSFER: "振込", CASH: "現金", CHEQUE: "小切手" };

/** The title each statement prints. */
export const FEE_STATEMENT_KIND_LABEL: Record<FeeStatementKind, string> = {
  FEE: "保証料計算書",
  ADDITIONAL: "追加保証料計算書",
  REFUND: "保証料返還計算書",
};

/** 保証料（概算）: the estimate 申込確認 and staff show before 発行. */
export const FEE_ESTIMATE_LABEL = "保証料（概算）";
