// One Japanese label map per enum, in lib/domain (application-labels, application-status,
// guarantee-labels, audit-labels). A screen that spells a label out beside an enum value again —
// `OTHER: "その他"`, `["INCREASE", "増額"]`, `{ value: "ACTIVE", label: "有効" }` — is a second map.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as Enums from "@/lib/domain/enums";

const ROOT = path.resolve(import.meta.dirname, "../..");
const VALUES = Object.values(Enums).filter(Array.isArray).flat() as string[];
const JAPANESE = "[^\"'`]*[\\u3040-\\u30ff\\u4e00-\\u9fff]";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Places in `source` where an enum value is paired with a Japanese label. */
export function labelPairs(source: string): string[] {
  const value = `(?:${VALUES.join("|")})`;
  const patterns = [
    new RegExp(`["']?\\b${value}\\b["']?\\s*:\\s*["'\`]${JAPANESE}`, "g"), // VALUE: "ラベル"
    new RegExp(`\\[\\s*["']${value}["']\\s*,\\s*["'\`]${JAPANESE}`, "g"), // ["VALUE", "ラベル"]
    new RegExp(`value:\\s*["']${value}["']\\s*,\\s*label:\\s*["'\`]${JAPANESE}`, "g"), // { value: "VALUE", label: "ラベル" }
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[0]));
}

describe("one label map per enum", () => {
  it("no file outside lib/domain pairs an enum value with a Japanese label", () => {
    const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => !file.startsWith(path.join(ROOT, "lib/domain")));
    const found = files.flatMap((file) => labelPairs(fs.readFileSync(file, "utf8")).map((pair) => `${path.relative(ROOT, file)}: ${pair}`));
    expect(found).toEqual([]);
  });

  it("would catch each way of spelling a label out", () => {
    expect(labelPairs('const L = { OTHER: "その他", MAIL: "送付" };')).toHaveLength(2);
    expect(labelPairs('[["INCREASE", "増額"]]')).toHaveLength(1);
    expect(labelPairs('[{ value: "ACTIVE", label: "有効" }]')).toHaveLength(1);
    expect(labelPairs('if (status === "ACTIVE") return "有効";')).toHaveLength(0);
  });
});
