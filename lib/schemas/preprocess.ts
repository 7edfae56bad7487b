// The pieces of zod's classic API the schemas use that zod/mini (the build sent to the browser: it
// tree-shakes, the classic build does not) leaves out, written as classic zod defines them.
import { z } from "zod/mini";

/** Classic `z.preprocess(fn, schema)`: `fn` cleans the raw value, then `schema` parses it. */
export const preprocess = <S extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: S) =>
  z.pipe(z.transform(fn), schema);

/** In a transform: classic `ctx.addIssue({ code: "custom", message, path })` (checks have it, transforms in zod/mini not). */
export function addIssue(ctx: z.core.ParsePayload, message: string, path?: PropertyKey[]): void {
  ctx.issues.push({ code: "custom", message, input: ctx.value, ...(path ? { path } : {}) });
}

/** In a transform: report `message` for this value and give nothing back (`z.NEVER`). */
export function reject(ctx: z.core.ParsePayload, message: string): never {
  addIssue(ctx, message);
  return z.NEVER;
}
