// The words of the certificate window, beside the screen that shows them (the statement of each
// kind of guarantee is CERTIFICATE_STATEMENT in lib/domain/guarantee-labels.ts).

/** A printout is not itself the guarantee; the platform copy is (docs/DOMAIN.md, 電子証書). */
export const CERTIFICATE_NOTE =
  "※この画面を印刷したものは保証証書の原本ではありません。保証の内容は、発注者が保証契約番号と認証キーにより確認する電子証書が正本となります。";
