// 〒 NNN-NNNN. Seven digits typed without the hyphen are hyphenated for the user.

export function tidyPostalCodeInput(raw: string): string {
  const text = raw.normalize("NFKC").replace(/[ー−‐―]/g, "-").trim().replace(/^〒\s*/, "");
  return /^\d{7}$/.test(text) ? `${text.slice(0, 3)}-${text.slice(3)}` : text;
}

export function isPostalCode(text: string): boolean {
  return /^\d{3}-\d{4}$/.test(text);
}
