// Every server action goes through the one pipeline (lib/server/server-action.ts): each export of a
// "use server" file under app/ must be `export const xAction = serverAction({ … role: … })`. A plain
// `export async function`, a re-export or an action without a role fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_DIR, exportsOf, useServerFiles } from "../support/server-action-files";

describe("server actions", () => {
  const files = useServerFiles();

  it("finds the portal's action files", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [path.relative(APP_DIR, f), f]))("%s: every export goes through serverAction with a role", (_name, file) => {
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
