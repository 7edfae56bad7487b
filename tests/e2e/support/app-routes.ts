// The portal's own route list, read from app/: every page (GET) and every method a route handler
// exports. The security matrix compares it with its expectation table, so a new page, route or
// method without a row fails the matrix instead of going unchecked.
import fs from "node:fs";
import path from "node:path";

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** `app/(contractor)/netdesk/guarantees/[guaranteeId]/page.tsx` → `/netdesk/guarantees/[guaranteeId]`. */
export function urlPatternOf(relativeFile: string): string {
  const segments = path.dirname(relativeFile).split(path.sep).filter((s) => s !== ".");
  // Route groups "(x)" add no URL segment.
  const url = segments.filter((s) => !/^\(.*\)$/.test(s)).join("/");
  return `/${url}`;
}

/** Methods a route.ts exports: `export async function POST`, `export const GET =`, `export { h as GET }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const m of list[1]!.matchAll(/\bas\s+([A-Z]+)\b/g)) found.add(m[1]!);
  }
  return [...found].filter((m) => HTTP_METHODS.includes(m)).sort();
}

/** Every entry point as "METHOD /pattern", e.g. "GET /staff/applications/[id]", "POST /api/v1/verify". */
export function discoverRoutes(appDir: string): string[] {
  const routes: string[] = [];
  for (const file of fs.readdirSync(appDir, { recursive: true, encoding: "utf8" })) {
    const name = path.basename(file);
    if (name === "page.tsx") routes.push(`GET ${urlPatternOf(file)}`);
    if (name === "route.ts") {
      for (const method of exportedMethods(fs.readFileSync(path.join(appDir, file), "utf8"))) routes.push(`${method} ${urlPatternOf(file)}`);
    }
  }
  return routes.sort();
}
