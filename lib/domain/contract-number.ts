// 保証契約番号 (guarantee contract number): `NNNNN-NNNNNL`, e.g. the flyer's `37071-00000M`.
//   NNNNN  office code of the issuing branch (Branch.officeCode)
//   NNNNN  the branch's serial, zero-padded (Branch.nextSerial, taken under a row lock)
//   L      a check letter over the 10 digits, so that a mistyped number is refused before any lookup.
//
// Check letter: weighted sum modulo the prime 23, mapped onto 23 letters.
//   s = Σ dᵢ·wᵢ mod 23, with weights w = 6, 8, 10, 12, 14, 16, 18, 20, 22, 1 (wᵢ = 2·(i+2) mod 23, i = 1…10)
//   letter = CHECK_ALPHABET[s], CHECK_ALPHABET = A–Z without I, O and Q (they read as 1, 0 and 0).
// Why this detects errors: 23 is prime and every weight is non-zero mod 23, so changing one digit by
// δ (1 ≤ |δ| ≤ 9) changes s by δ·wᵢ ≢ 0 — every single-digit typo changes the letter. The ten weights are
// pairwise distinct mod 23, so swapping two different digits (adjacent or not) changes s by
// (a−b)(wᵢ−wⱼ) ≢ 0 — every transposition is detected too. A mistyped letter is detected because the map
// from s to letters is one-to-one (and I, O, Q never occur). These weights reproduce the flyer's
// example: 37071-00000 → M.

export const CHECK_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ"; // 23 letters
const WEIGHTS = [6, 8, 10, 12, 14, 16, 18, 20, 22, 1] as const;
const MODULUS = 23;

export const CONTRACT_NUMBER_PATTERN = /^[0-9]{5}-[0-9]{5}[A-Z]$/;
export const MAX_SERIAL = 99_999;

/** The check letter of ten digits (office code + serial, without the hyphen). */
export function contractNumberCheckLetter(digits: string): string {
  if (!/^[0-9]{10}$/.test(digits)) throw new Error("contractNumberCheckLetter: ten digits expected");
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return CHECK_ALPHABET[sum % MODULUS]!;
}

/** Builds the number for a branch's office code and serial: ("37071", 0) → "37071-00000M". */
export function formatContractNumber(officeCode: string, serial: number): string {
  if (!/^[0-9]{5}$/.test(officeCode)) throw new Error("formatContractNumber: office code must be 5 digits");
  if (!Number.isInteger(serial) || serial < 0 || serial > MAX_SERIAL) throw new Error("formatContractNumber: serial out of range");
  const serialDigits = String(serial).padStart(5, "0");
  return `${officeCode}-${serialDigits}${contractNumberCheckLetter(officeCode + serialDigits)}`;
}

/** True for a well-formed number whose check letter matches (expects the normalised form). */
export function isValidContractNumber(value: string): boolean {
  if (!CONTRACT_NUMBER_PATTERN.test(value)) return false;
  const digits = value.slice(0, 5) + value.slice(6, 11);
  return contractNumberCheckLetter(digits) === value[11];
}

/**
 * What people type, in the canonical form: full-width digits and letters (０-９, Ａ-Ｚ), spaces
 * (half- and full-width), dashes of any kind or a missing hyphen, a lower-case letter.
 * "３７０７１ー００００ｍ" style input becomes "37071-0000M"-shaped text; whether it is a valid number
 * is then isValidContractNumber's job. Returns the cleaned text even when it cannot be valid.
 */
export function normaliseContractNumber(input: string): string {
  const halfWidth = input
    .normalize("NFKC") // full-width digits and letters → ASCII
    .replace(/[\s\u3000]/g, "")
    .replace(/[‐‑‒–—―−ー－ｰ-]/g, "")
    .toUpperCase();
  if (/^[0-9]{10}[A-Z]$/.test(halfWidth)) return `${halfWidth.slice(0, 5)}-${halfWidth.slice(5)}`;
  return halfWidth;
}
