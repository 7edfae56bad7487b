import { describe, expect, it } from "vitest";
import {
  CHECK_ALPHABET,
  contractNumberCheckLetter,
  formatContractNumber,
  isValidContractNumber,
  normaliseContractNumber,
} from "@/lib/domain/contract-number";

// A deterministic spread of numbers: every branch-like office code with serials across the range.
function sampleDigits(count: number): string[] {
  const out: string[] = [];
  let x = 123456789;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31; // LCG: reproducible, no Math.random
    out.push(String(x % 10_000_000_000).padStart(10, "0"));
  }
  return [...out, "3707100000", "0000000000", "9999999999", "3722199999"];
}

const withLetter = (digits: string) => `${digits.slice(0, 5)}-${digits.slice(5)}${contractNumberCheckLetter(digits)}`;

describe("保証契約番号 NNNNN-NNNNNL", () => {
  it("has the flyer's shape and reproduces its example 37071-00000M", () => {
    expect(formatContractNumber("37071", 0)).toBe("37071-00000M");
    expect(formatContractNumber("37221", 42)).toMatch(/^37221-00042[A-Z]$/);
    expect(isValidContractNumber("37071-00000M")).toBe(true);
  });

  it("uses 23 letters without I, O and Q", () => {
    expect(CHECK_ALPHABET).toHaveLength(23);
    expect(CHECK_ALPHABET).not.toMatch(/[IOQ]/);
    const seen = new Set(sampleDigits(3000).map(contractNumberCheckLetter));
    expect(seen.size).toBe(23);
  });

  it("detects every single-digit typo, exhaustively over positions and digits", () => {
    let checked = 0;
    for (const digits of sampleDigits(2000)) {
      const letter = contractNumberCheckLetter(digits);
      for (let pos = 0; pos < 10; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === digits[pos]) continue;
          const typo = digits.slice(0, pos) + d + digits.slice(pos + 1);
          expect(contractNumberCheckLetter(typo) === letter, `${digits} → ${typo}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBe(2004 * 90);
  }, 30_000); // exhaustive: a few seconds on a busy machine

  it("detects every transposition of two different digits (adjacent or not)", () => {
    for (const digits of sampleDigits(500)) {
      const letter = contractNumberCheckLetter(digits);
      for (let i = 0; i < 10; i++) {
        for (let j = i + 1; j < 10; j++) {
          if (digits[i] === digits[j]) continue;
          const swapped = [...digits];
          [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
          expect(contractNumberCheckLetter(swapped.join("")) === letter).toBe(false);
        }
      }
    }
  });

  it("refuses a wrong check letter and malformed numbers", () => {
    for (const digits of sampleDigits(200)) {
      const valid = withLetter(digits);
      expect(isValidContractNumber(valid)).toBe(true);
      for (const other of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
        if (other !== valid[11]) expect(isValidContractNumber(valid.slice(0, 11) + other)).toBe(false);
      }
    }
    for (const bad of ["", "37071-00000", "3707100000M", "37071-00000m", "3707-100000M", "37071-000000M", "３７０７１-00000M"]) {
      expect(isValidContractNumber(bad)).toBe(false);
    }
  });

  it("normalises what people type: full width, spaces, missing or odd hyphens, lower case", () => {
    for (const typed of ["37071-00000M", "３７０７１－０００００Ｍ", "3707100000m", " 37071 - 00000 m ", "37071ー00000M", "３７０７１　０００００ｍ"]) {
      expect(normaliseContractNumber(typed), typed).toBe("37071-00000M");
      expect(isValidContractNumber(normaliseContractNumber(typed))).toBe(true);
    }
    expect(normaliseContractNumber("abc")).toBe("ABC");
  });

  it("refuses office codes and serials that do not fit", () => {
    expect(() => formatContractNumber("3707", 1)).toThrow();
    expect(() => formatContractNumber("37071", 100_000)).toThrow();
    expect(() => formatContractNumber("37071", -1)).toThrow();
  });
});
