// Talking to a running portal over HTTP as a browser does: signing in through next-auth's credentials
// flow (csrf token, then the callback) for a session cookie, and finding a server action's id in the
// build (what the browser's bundle carries) to call it with the Next-Action header.
import fs from "node:fs";
import path from "node:path";

export type Account = { email: string; password: string; cookie: string };

/** "name=value; name=value" of the cookies a response sets (one Set-Cookie header or several). */
export function cookiesOf(setCookie: unknown): string {
  const headers = Array.isArray(setCookie) ? setCookie : typeof setCookie === "string" ? [setCookie] : [];
  return headers.map((h) => String(h).split(";")[0]!.trim()).filter(Boolean).join("; ");
}

/** Signs in with the password; answers the session cookie, after /api/auth/session has named the user. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<Account> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf.headers.getSetCookie()) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookie = cookiesOf(callback.headers.getSetCookie())
    .split("; ")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!cookie) throw new Error(`sign-in of ${email} answered ${callback.status} without a session`);
  const session = (await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { id?: string } };
  if (!session.user?.id) throw new Error(`no session for ${email}`);
  return { email, password, cookie };
}

type ReferenceManifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The Next-Action id of `exportedName` in the server-action file `file` (relative to the project), from .next. */
export function serverActionId(file: string, exportedName: string): string {
  const manifestFile = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as ReferenceManifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName && entry.filename === file);
  if (!found) throw new Error(`no server action ${exportedName} of ${file} in ${manifestFile}`);
  return found[0];
}
