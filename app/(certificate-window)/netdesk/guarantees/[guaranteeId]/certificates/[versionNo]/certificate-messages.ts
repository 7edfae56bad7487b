// The words of the certificate window, beside the screen that shows them.
import type { GuaranteeKind } from "@/lib/db/generated/enums";

/** The guarantee statement above 「記」, per kind of guarantee. */
export const CERTIFICATE_STATEMENT: Record<GuaranteeKind, string> = {
  ADVANCE: "当社は、下記の請負契約者が下記の工事に関して受領する前払金について、前払金保証約款に基づき、その返還債務を保証します。",
  INTERMEDIATE: "当社は、下記の請負契約者が下記の工事に関して受領する中間前払金について、前払金保証約款に基づき、その返還債務を保証します。",
  CONTRACT: "当社は、下記の請負契約者が下記の工事の請負契約に基づいて負担する債務の履行について、契約保証約款に基づき保証します。",
};

/** DOMAIN.md: a printout is not itself the guarantee; the platform copy is. */
export const CERTIFICATE_NOTE =
  "※この画面を印刷したものは保証証書の原本ではありません。保証の内容は、発注者が保証契約番号と認証キーにより確認する電子証書が正本となります。";
