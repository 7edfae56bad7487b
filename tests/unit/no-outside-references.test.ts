// The repository explains itself: no comment or text sends the reader to a file outside it (the
// domain page is docs/DOMAIN.md), and no screen sends a user to the README.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["app", "components", "lib", "prisma", "scripts", "tests", "bench", ".ci"];
const FILES = ["proxy.ts", "next.config.ts", "playwright.config.ts", "vitest.config.ts", "prisma.config.ts"];
const THIS_FILE = path.relative(ROOT, import.meta.filename);

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["node_modules", "generated", "test-results"].includes(entry.name) ? [] : files(file);
    return /\.(ts|tsx|mjs|js|prisma|css|sh)$|^run$/.test(entry.name) ? [file] : [];
  });
}

const OUTSIDE = [
  /\.\.\/shared\b/, // the engineers' shared folder
  /\bSTACK-NOTES\b/,
  /\breference\/seeds\b/,
  /(?<!docs\/)\bDOMAIN\.md\b/, // DOMAIN.md means docs/DOMAIN.md
  /\bhouse-plan\b/,
];

describe("no reference outside the repository", () => {
  it("in any source file", () => {
    const all = [...DIRS.flatMap((dir) => files(path.join(ROOT, dir))), ...FILES.map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f))];
    const found = all
      .filter((file) => path.relative(ROOT, file) !== THIS_FILE)
      .flatMap((file) =>
        fs
          .readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, i) => (OUTSIDE.some((p) => p.test(line)) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it("docs/DOMAIN.md exists for the comments that name it", () => {
    expect(fs.existsSync(path.join(ROOT, "docs/DOMAIN.md"))).toBe(true);
  });

  it("no screen sends a user to the README", () => {
    const found = files(path.join(ROOT, "app"))
      .concat(files(path.join(ROOT, "components")))
      .filter((file) => /README「|README」|README参照|READMEを/.test(fs.readFileSync(file, "utf8")));
    expect(found.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
