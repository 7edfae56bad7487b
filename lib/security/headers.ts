// Security headers of every response. Scripts run only with this request's nonce (Next adds it
// to its own scripts when it sees the policy on the request); no 'unsafe-inline' for scripts.
// Inline style attributes stay allowed: React's style props need them and they cannot run code.

export function contentSecurityPolicy(nonce: string, https: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** What an answer that is not a page (JSON, a refusal) allows: nothing to load, never framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The headers of every response on an answer that is not a page; `https` as the proxy reads it from APP_URL. */
export function withApiSecurityHeaders(response: Response, https: boolean): Response {
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  return response;
}

/** Whether the portal is served over HTTPS (production): HSTS and upgrade-insecure-requests only then. */
export function servedOverHttps(): boolean {
  return (process.env.APP_URL ?? "http://localhost:3000").startsWith("https://");
}
