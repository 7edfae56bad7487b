// State-changing route handlers answer our own pages and other systems, never a foreign web page.
// A browser always sends Origin on a cross-origin POST (and Chromium on same-origin ones too), so an
// Origin that is not APP_URL's is a page elsewhere driving a visitor's browser: refused. Systems
// calling the API server to server (the ordering bodies' own software) send no Origin: allowed, since
// a request without one cannot carry a visitor's browser session to us. "null" (sandboxed frames,
// file:, privacy-preserving redirects) names no origin we could trust, so it is refused too.
import { jsonError } from "@/lib/api/json-error";
import { getConfig } from "@/lib/config";

export const BAD_ORIGIN_MESSAGE = "このリクエストは受け付けられません（送信元が正しくありません）。";

/** True when the request has no Origin header or exactly APP_URL's origin. */
export function isAllowedOrigin(headers: Headers, appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  return origin === new URL(appUrl).origin;
}

/** A 403 BAD_ORIGIN answer for a foreign origin, or null to go on. Call it first in every POST/PUT/PATCH/DELETE handler. */
export function refuseForeignOrigin(request: Request, appUrl: string = getConfig().APP_URL): Response | null {
  if (isAllowedOrigin(request.headers, appUrl)) return null;
  return jsonError(403, "BAD_ORIGIN", BAD_ORIGIN_MESSAGE);
}
