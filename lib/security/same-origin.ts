// Nothing here changes state for a foreign web page. A browser always sends Origin on a cross-origin
// POST (and Chromium on same-origin ones too), so an Origin that is not ours is a page elsewhere
// driving a visitor's browser: refused, by proxy.ts for every POST/PUT/PATCH/DELETE (pages, server
// actions, route handlers) and again by the verification API itself. Systems calling the API server to
// server (the ordering bodies' own software) send no Origin: allowed, since a request without one
// cannot carry a visitor's browser session to us. "null" (sandboxed frames, file:, privacy-preserving
// redirects) names no origin we could trust, so it is refused too.
import { jsonError } from "@/lib/api/json-error";
import { getConfig } from "@/lib/config";

export const BAD_ORIGIN_MESSAGE = "このリクエストは受け付けられません（送信元が正しくありません）。";

/**
 * True when the request has no Origin header, or APP_URL's origin. A portal served over plain http
 * (the demo) also accepts the address the browser actually used (its Host), as Next's own check for
 * server actions does, so a demo opened as http://127.0.0.1:3000 instead of localhost still works.
 * Over https only APP_URL's origin counts.
 */
export function isAllowedOrigin(headers: Headers, appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const app = new URL(appUrl);
  if (origin === app.origin) return true;
  if (app.protocol !== "http:") return false;
  return origin === `http://${headers.get("host")}`;
}

/** A 403 BAD_ORIGIN answer for a foreign origin, or null to go on. */
export function refuseForeignOrigin(request: Request, appUrl: string = getConfig().APP_URL): Response | null {
  if (isAllowedOrigin(request.headers, appUrl)) return null;
  return jsonError(403, "BAD_ORIGIN", BAD_ORIGIN_MESSAGE);
}
