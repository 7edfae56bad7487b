// What reaches the browser stays small (issue 20: ≤ 120 KB gzip for /login, ≤ 180 KB for the 保証申込
// form; measured by `npm run bench -- js`). Two imports undid that before and would again, silently:
// the classic `zod` build (~12 KB gzip more than zod/mini, with its English locale and JSON-schema
// code) and next-auth's client `next-auth/react` (~10 KB, for two requests; lib/auth/browser-requests.ts
// sends them). This follows every import from each "use client" file through the project's own
// modules (not into "use server" files: the browser gets only references to those) and fails on either.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FORBIDDEN: Record<string, string> = {
  zod: 'the classic zod build: use "zod/mini" in code the browser gets',
  "next-auth/react": "next-auth's browser client: use lib/auth/browser-requests.ts",
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : /\.(ts|tsx)$/.test(entry.name) ? [file] : [];
  });
}

const directive = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use (client|server)["']/.exec(source)?.[1];

/** Specifiers that load code at run time (`import type` and `export type` are erased). */
export function runtimeSpecifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bimport\s+(?!type\b)(?:[^"'`;]*?\bfrom\s*)?|\bexport\s+(?!type\b)[^"'`;]*?\bfrom\s*|\bimport\s*\(\s*)["'`]([^"'`]+)["'`]/g);
  return [...found].map((m) => m[1]!);
}

type Files = { read: (file: string) => string; isFile: (file: string) => boolean };
const disk: Files = { read: (file) => fs.readFileSync(file, "utf8"), isFile: (file) => fs.existsSync(file) && fs.statSync(file).isFile() };

function resolveProjectFile(from: string, specifier: string, files: Files): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find(files.isFile) ?? null;
}

/** "a.tsx → b.ts imports zod (…)" for each forbidden import reachable from `entry`. */
function violationsFrom(entry: string, files: Files): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = files.read(file);
    if (trail.length > 0 && directive(source) === "server") return;
    const here = [...trail, path.relative(ROOT, file)];
    for (const specifier of runtimeSpecifiers(source)) {
      if (specifier in FORBIDDEN) found.push(`${here.join(" → ")} imports ${specifier} (${FORBIDDEN[specifier]})`);
      const next = resolveProjectFile(file, specifier, files);
      if (next) visit(next, here);
    }
  };
  visit(entry, []);
  return found;
}

describe("code sent to the browser", () => {
  it("never loads the classic zod build or next-auth/react", () => {
    const clientFiles = ["app", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => directive(disk.read(file)) === "client");
    expect(clientFiles.length).toBeGreaterThan(30);
    expect(clientFiles.flatMap((file) => violationsFrom(file, disk))).toEqual([]);
  });

  it("would catch a forbidden import behind a project module, but not behind a server action or a type import", () => {
    const sources: Record<string, string> = {
      [path.join(ROOT, "app/x/form.tsx")]: '"use client";\nimport { f } from "./helper";\nimport { act } from "./actions";\nimport type { z } from "zod";',
      [path.join(ROOT, "app/x/helper.ts")]: 'export { signOut } from "next-auth/react";\nimport { z } from "zod";',
      [path.join(ROOT, "app/x/actions.ts")]: '"use server";\nimport { z } from "zod";',
    };
    const files: Files = { read: (file) => sources[file]!, isFile: (file) => file in sources };
    expect(violationsFrom(path.join(ROOT, "app/x/form.tsx"), files)).toEqual([
      "app/x/form.tsx → app/x/helper.ts imports next-auth/react (next-auth's browser client: use lib/auth/browser-requests.ts)",
      'app/x/form.tsx → app/x/helper.ts imports zod (the classic zod build: use "zod/mini" in code the browser gets)',
    ]);
  });
});
