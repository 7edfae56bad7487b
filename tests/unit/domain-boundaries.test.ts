// lib/domain is the vocabulary and the rules: it depends on nothing but itself (and small pure
// libraries such as zod). Schemas, use cases, the database and Next.js build on it, never the reverse.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DOMAIN = path.join(ROOT, "lib/domain");
const FORBIDDEN = ["lib/schemas", "lib/server", "lib/db"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [file] : [];
  });
}

/** Every module specifier of import / export … from / import() / require() in a file. */
export function specifiersOf(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["'`]([^"'`]+)["'`]/g);
  return [...found].map((m) => m[1]!);
}

/** What a specifier in `file` reaches, as a path from the repository root ("lib/db/client"), or the package name. */
function target(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join("/");
  return specifier;
}

function violations(file: string, source: string): string[] {
  return specifiersOf(source)
    .map((specifier) => ({ specifier, to: target(file, specifier) }))
    .filter(({ to }) => FORBIDDEN.some((dir) => to === dir || to.startsWith(`${dir}/`)) || to === "next" || to.startsWith("next/") || to.startsWith("next-"))
    .map(({ specifier }) => `${path.relative(ROOT, file)} imports ${specifier}`);
}

describe("lib/domain imports nothing from lib/schemas, lib/server, lib/db or next", () => {
  it("holds for every file", () => {
    const files = sourceFiles(DOMAIN);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => violations(file, fs.readFileSync(file, "utf8")))).toEqual([]);
  });

  it("would catch each way of importing", () => {
    const file = path.join(DOMAIN, "example.ts");
    const source = [
      'import { APPLICATION_LABELS } from "@/lib/schemas/application-labels";',
      'import type { OrderType } from "@/lib/db/generated/enums";',
      'export { getPrisma } from "../db/client";',
      'import "../server/audit/record-audit-entry";',
      'const m = await import("@/lib/server/x");',
      'import { redirect } from "next/navigation";',
      'import NextAuth from "next-auth";',
      'import { formatYen } from "./yen";',
      'import { z } from "zod";',
    ].join("\n");
    expect(violations(file, source)).toEqual([
      "lib/domain/example.ts imports @/lib/schemas/application-labels",
      "lib/domain/example.ts imports @/lib/db/generated/enums",
      "lib/domain/example.ts imports ../db/client",
      "lib/domain/example.ts imports ../server/audit/record-audit-entry",
      "lib/domain/example.ts imports @/lib/server/x",
      "lib/domain/example.ts imports next/navigation",
      "lib/domain/example.ts imports next-auth",
    ]);
  });
});
