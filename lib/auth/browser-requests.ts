// Sign-in and sign-out from the browser, as next-auth's own client (next-auth/react) sends them: a CSRF
// token from /api/auth/csrf, then a form post to the credentials callback or to the sign-out route.
// That client costs ~10 KB (gzip) on every signed-in page and on /login for these two requests, so
// the portal sends them itself. Browser code: nothing here may import server-only modules.

const AUTH = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH}/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return csrfToken;
}

async function post(path: string, fields: Record<string, string>, callbackUrl: string): Promise<{ response: Response; url: string | undefined }> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), callbackUrl, json: "true" });
  const response = await fetch(`${AUTH}${path}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
  const { url } = (await response.json()) as { url?: string };
  return { response, url };
}

/** The credentials sign-in: ok, or the error next-auth reports (e.g. `LOGIN_LOCKED:<seconds>`). Throws when unreachable. */
export async function signInWithCredentials(email: string, password: string): Promise<{ ok: boolean; error: string | null }> {
  const { response, url } = await post("/callback/credentials", { email, password }, window.location.href);
  const error = url ? new URL(url, window.location.href).searchParams.get("error") : null;
  return { ok: response.ok, error };
}

/** Ends the session (next-auth clears its cookies) and opens `then`. */
export async function signOutTo(then: string): Promise<void> {
  await post("/signout", {}, then);
  window.location.href = then;
}
