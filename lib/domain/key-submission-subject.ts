// The subject of the mail that hands the key notice to the ordering body. Some bodies prescribe it;
// Mishima's wording is the default: 「契約保証（又は前払金保証）にかかる認証キー【案件名】の提出について」.
// Filling it in: the guarantee's 商品名 replaces 「契約保証（又は前払金保証）」 and the 工事名 goes
// between 【】. A body's own template may also use {商品名}, {工事名} and {保証契約番号}.

export const DEFAULT_KEY_SUBMISSION_SUBJECT = "契約保証（又は前払金保証）にかかる認証キー【案件名】の提出について";

export function keySubmissionSubject(
  template: string | null | undefined,
  values: { productName: string; projectName: string; contractNumber: string },
): string {
  const chosen = template?.trim() || DEFAULT_KEY_SUBMISSION_SUBJECT;
  return chosen
    .replaceAll("契約保証（又は前払金保証）", values.productName)
    .replaceAll("【案件名】", `【${values.projectName}】`)
    .replaceAll("{商品名}", values.productName)
    .replaceAll("{工事名}", values.projectName)
    .replaceAll("{保証契約番号}", values.contractNumber)
    .replace(/[\r\n]+/g, " "); // a subject is one line, whatever the template holds
}
