// 預託金融機関 as applications write it (預託金融機関(全角), e.g. 「〇〇銀行　××支店」) and the bank master it
// names. The text stays on the certificate as written; a guarantee is linked to a branch of the master by
// the text's key: NFKC-folded, without spaces of either width, so 「〇〇銀行 ××支店」 and 「〇〇銀行　××支店」
// are the same 預託金融機関.
export function depositBankKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}
