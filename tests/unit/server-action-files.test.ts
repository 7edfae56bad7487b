// Every server action goes through the one pipeline (lib/server/server-action.ts): each export of a
// "use server" file under app/ must be `export const xAction = serverAction({ … role: … })`. A plain
// `export async function`, a re-export or an action without a role fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");

function useServerFiles(): string[] {
  return fs
    .readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(APP, file))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8")));
}

/** Each exported name, and whether it is defined as `serverAction({ … role: "…" … })`. */
export function exportsOf(source: string): { name: string; throughPipeline: boolean }[] {
  const found: { name: string; throughPipeline: boolean }[] = [];
  for (const m of source.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(function|const|let|var|class|\{)\s*([\w$]*)/gm)) {
    const [, kind, name] = m;
    if (kind !== "const") {
      found.push({ name: name || kind!, throughPipeline: false });
      continue;
    }
    const rest = source.slice(m.index! + m[0].length);
    const call = /^\s*=\s*serverAction\(\{([\s\S]*?)\n\}\);/.exec(rest);
    found.push({ name: name!, throughPipeline: Boolean(call && /\n\s*role:\s*"[A-Z_]+"/.test(call[1]!)) });
  }
  if (/^export\s*\*/m.test(source)) found.push({ name: "export *", throughPipeline: false });
  return found;
}

describe("server actions", () => {
  const files = useServerFiles();

  it("finds the portal's action files", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [path.relative(APP, f), f]))("%s: every export goes through serverAction with a role", (_name, file) => {
    const exported = exportsOf(fs.readFileSync(file, "utf8"));
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.filter((e) => !e.throughPipeline).map((e) => e.name)).toEqual([]);
  });

  it("recognises what is not through the pipeline", () => {
    expect(exportsOf('export async function x() {}').map((e) => e.throughPipeline)).toEqual([false]);
    expect(exportsOf('export const x = async () => {};').map((e) => e.throughPipeline)).toEqual([false]);
    expect(exportsOf('export const x = serverAction({\n  name: "a",\n  schema: FORM,\n  run: async () => {},\n});').map((e) => e.throughPipeline)).toEqual([false]);
    expect(exportsOf('export const x = serverAction({\n  name: "a",\n  role: "CONTRACTOR",\n  schema: FORM,\n  run: async () => {},\n});').map((e) => e.throughPipeline)).toEqual([true]);
    expect(exportsOf('export { y as x };').map((e) => e.throughPipeline)).toEqual([false]);
  });
});
