// 全角 conversion for fields the form says are full-width (預託金融機関(全角)): what a user types
// half-width is converted as they type, and what cannot be full-width is refused.

const HALF_KATAKANA_RUN = /[\uFF61-\uFF9F]+/g;

/** ASCII letters, digits and symbols, the space, and half-width katakana (with ﾞ/ﾟ merged) → full-width. */
export function toFullWidth(text: string): string {
  return text
    .replace(/[\u0021-\u007E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, "\u3000")
    // NFKC only on half-width katakana runs: on anything else it would do the opposite (全角 → 半角).
    .replace(HALF_KATAKANA_RUN, (run) => run.normalize("NFKC"))
    // Typed one key at a time, ﾞ/ﾟ arrive after their kana was already converted: join them to it
    // (シ + ゙ → ジ), and a mark with no kana before it becomes the spacing ゛/゜.
    .replace(/([\u3041-\u30FF])([\u3099\u309A])/g, (_m, kana: string, mark: string) => (kana + mark).normalize("NFC"))
    .replace(/[\u3099\u309A]/g, (mark) => (mark === "\u3099" ? "\u309B" : "\u309C"));
}

// Full-width characters of JIS X 0208 (what banks' systems accept): CJK symbols, kana, kanji,
// full-width forms, and the Greek, Cyrillic and symbol rows (×, ○, ①, ─ …).
const FULL_WIDTH_RANGES: [number, number][] = [
  [0x3000, 0x30ff], // CJK symbols and punctuation, hiragana, katakana
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xff01, 0xff60], // full-width ASCII forms
  [0xffe0, 0xffe6], // full-width ￠￡￢￣￤￥￦
  [0x0391, 0x03c9], // Greek
  [0x0401, 0x0451], // Cyrillic
  [0x2010, 0x203b], // dashes, quotes, †‡•…‰′″※
  [0x2100, 0x22ff], // letter-like symbols, arrows, mathematical operators
  [0x2460, 0x24ff], // ①②…
  [0x2500, 0x257f], // box drawing
  [0x25a0, 0x26ff], // geometric shapes (○●□■△), misc symbols (★♪)
];
const FULL_WIDTH_LATIN1 = new Set("§¨°±´¶×÷");

export function isFullWidthChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return FULL_WIDTH_LATIN1.has(char) || FULL_WIDTH_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The characters of text that are not full-width, each once, in order (empty when all are fine). */
export function nonFullWidthChars(text: string): string[] {
  return [...new Set([...text].filter((c) => !isFullWidthChar(c)))];
}
