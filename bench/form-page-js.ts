// 5. JavaScript the 保証申込 form page (/netdesk/applications/new) sends to the browser, from the
//    production build: the page fetched as a signed-in contractor, every <script src> chunk fetched
//    and measured raw and gzipped, plus the inline scripts (React's flight data). Baseline: /login,
//    the smallest page with a client form, so the difference is what the form itself costs.
import { gzipSync } from "node:zlib";
import { DEMO_PASSWORD } from "@/lib/db/seed-demo";
import { startBenchServer } from "./app-server";

type PageScripts = { chunks: Map<string, number>; gzip: Map<string, number>; inline: number; status: number };

/** next-auth's credentials sign-in over HTTP, as the login form does; returns the Cookie header. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (${response.status})`);
  return header();
}

async function pageScripts(baseUrl: string, pathname: string, cookie: string): Promise<PageScripts> {
  const page = await fetch(`${baseUrl}${pathname}`, { headers: { cookie }, redirect: "manual" });
  const html = await page.text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const chunks = new Map<string, number>();
  const gzip = new Map<string, number>();
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    chunks.set(src, body.length);
    gzip.set(src, gzipSync(body).length);
  }
  return { chunks, gzip, inline, status: page.status };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (sizes: Map<string, number>, keep: (src: string) => boolean = () => true) =>
  [...sizes].filter(([src]) => keep(src)).reduce((n, [, size]) => n + size, 0);

export async function benchFormPageJs(): Promise<string> {
  const server = await startBenchServer();
  try {
    const cookie = await signIn(server.baseUrl, "contractor@example.jp");
    const form = await pageScripts(server.baseUrl, "/netdesk/applications/new", cookie);
    const login = await pageScripts(server.baseUrl, "/login", "");
    if (form.status !== 200 || form.chunks.size === 0) throw new Error(`the form page answered ${form.status} with ${form.chunks.size} scripts`);
    const onlyForm = (src: string) => !login.chunks.has(src);
    return [
      "## 5. JavaScript of the form page (/netdesk/applications/new)",
      "",
      "The production build's page fetched as contractor@example.jp; every `<script src>` chunk fetched and summed (gzip: Node's zlib at its default level, as a compressing proxy would send it). Inline scripts are React's flight data and the nonce'd bootstrap.",
      "",
      "| page | script chunks | raw | gzip | inline scripts |",
      "|---|---|---|---|---|",
      `| baseline: /login (framework + a small client form) | ${login.chunks.size} | ${kb(sum(login.chunks))} | ${kb(sum(login.gzip))} | ${kb(login.inline)} |`,
      `| /netdesk/applications/new (申込作成) | ${form.chunks.size} | ${kb(sum(form.chunks))} | ${kb(sum(form.gzip))} | ${kb(form.inline)} |`,
      `| of which only on the form page | ${[...form.chunks.keys()].filter(onlyForm).length} | ${kb(sum(form.chunks, onlyForm))} | ${kb(sum(form.gzip, onlyForm))} | – |`,
      "",
    ].join("\n");
  } finally {
    await server.stop();
  }
}
