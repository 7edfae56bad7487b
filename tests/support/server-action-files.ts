// The portal's "use server" files under app/ and what each exports, read from the source: the unit test
// checks that every export goes through serverAction with a role (tests/unit/server-action-files.test.ts),
// the integration test calls each one as every kind of visitor its role excludes
// (tests/integration/server-action-roles.test.ts).
import fs from "node:fs";
import path from "node:path";

export const APP_DIR = path.resolve(import.meta.dirname, "../../app");

export function useServerFiles(): string[] {
  return fs
    .readdirSync(APP_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(APP_DIR, file))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8")));
}

export type ExportedAction = { name: string; throughPipeline: boolean; role: string | null };

/** Each exported name, whether it is defined as `serverAction({ … role: "…" … })`, and that role. */
export function exportsOf(source: string): ExportedAction[] {
  const found: ExportedAction[] = [];
  for (const m of source.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(function|const|let|var|class|\{)\s*([\w$]*)/gm)) {
    const [, kind, name] = m;
    if (kind !== "const") {
      found.push({ name: name || kind!, throughPipeline: false, role: null });
      continue;
    }
    const rest = source.slice(m.index! + m[0].length);
    const call = /^\s*=\s*serverAction\(\{([\s\S]*?)\n\}\);/.exec(rest);
    const role = call ? (/\n\s*role:\s*"([A-Z_]+)"/.exec(call[1]!)?.[1] ?? null) : null;
    found.push({ name: name!, throughPipeline: role !== null, role });
  }
  if (/^export\s*\*/m.test(source)) found.push({ name: "export *", throughPipeline: false, role: null });
  return found;
}
