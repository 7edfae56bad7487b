// Runs before every page and route: refuses state-changing requests from a foreign origin, then gives
// each request a fresh CSP nonce and the security headers.
import { NextResponse, type NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { contentSecurityPolicy, securityHeaders, servedOverHttps, withApiSecurityHeaders } from "@/lib/security/headers";
import { BAD_ORIGIN_MESSAGE, isAllowedOrigin } from "@/lib/security/same-origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Without this, Next would itself refuse a foreign server action, but as a 500.
function foreignOriginRefusal(request: NextRequest): Response {
  if (request.nextUrl.pathname.startsWith("/api/")) return jsonError(403, "BAD_ORIGIN", BAD_ORIGIN_MESSAGE);
  const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>受け付けられません</title></head><body><h1>受け付けられません</h1><p>${BAD_ORIGIN_MESSAGE}</p><p><a href="/">トップページへ</a></p></body></html>`;
  return new Response(page, { status: 403, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export function proxy(request: NextRequest) {
  const appUrl = process.env.APP_URL ?? "http://localhost:3000";
  const https = servedOverHttps();

  if (!SAFE_METHODS.has(request.method) && !isAllowedOrigin(request.headers, appUrl)) {
    return withApiSecurityHeaders(foreignOriginRefusal(request), https);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, https);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  return response;
}

// Not /api/v1/verify: the public API refuses a foreign origin and sets these headers itself
// (app/api/v1/verify/route.ts). Passing a POST with a body through the proxy cost about a millisecond
// of the server's CPU per request, more than the verification itself (docs/BENCHMARKS.md, section 1).
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/v1/verify).*)" }],
};
