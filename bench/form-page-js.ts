// 5. JavaScript sent to the browser, from the production build: a signed-out page (/login) and the
//    保証申込 form (/netdesk/applications/new, signed in as a contractor). Every <script src> chunk of
//    the page is fetched and measured raw and gzipped; inline scripts (React's flight data) are shown
//    apart. Scripts marked `noModule` (Next's legacy polyfills) are not counted: a browser with ES
//    modules — every browser the portal supports — never runs them, and ones without never run the rest.
import { gzipSync } from "node:zlib";
import { DEMO_PASSWORD } from "@/lib/db/seed-demo";
import { startBenchServer } from "./app-server";

/** The goals of issue 20 (gzip). */
const GOALS = { login: 120 * 1024, form: 180 * 1024 };

type Chunk = { src: string; raw: number; gzip: number; contains: string[] };
type PageScripts = { chunks: Chunk[]; noModule: Chunk[]; inline: number; status: number };

// Strings that survive minification, to say what a chunk holds (a chunk's name is only a hash).
const MARKERS: [string, string][] = [
  ["react-dom", "React DOM"],
  ["next-router-state-tree", "Next router"],
  ["$ZodType", "zod"],
  ["_proxyFormState", "react-hook-form"],
  ["__NEXTAUTH", "next-auth client"],
];

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
  const tags = new Map([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((m) => [m[1]!.replace(/&amp;/g, "&"), /\snoModule\b/i.test(m[0])]));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const chunks: Chunk[] = [];
  const noModule: Chunk[] = [];
  for (const [src, legacy] of tags) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    const text = body.toString("utf8");
    const contains = MARKERS.filter(([marker]) => text.includes(marker)).map(([, name]) => name);
    (legacy ? noModule : chunks).push({ src, raw: body.length, gzip: gzipSync(body).length, contains });
  }
  return { chunks, noModule, inline, status: page.status };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (chunks: Chunk[], part: "raw" | "gzip") => chunks.reduce((n, c) => n + c[part], 0);
const name = (src: string) => src.replace(/^\/_next\/static\/chunks\//, "").replace(/\?.*$/, "");

export async function benchFormPageJs(): Promise<string> {
  const server = await startBenchServer();
  try {
    const cookie = await signIn(server.baseUrl, "contractor@example.jp");
    const form = await pageScripts(server.baseUrl, "/netdesk/applications/new", cookie);
    const login = await pageScripts(server.baseUrl, "/login", "");
    for (const [path, page] of [["/netdesk/applications/new", form], ["/login", login]] as const) {
      if (page.status !== 200 || page.chunks.length === 0) throw new Error(`${path} answered ${page.status} with ${page.chunks.length} scripts`);
    }
    const onLogin = new Set(login.chunks.map((c) => c.src));
    const shared = form.chunks.filter((c) => onLogin.has(c.src));
    const onlyForm = form.chunks.filter((c) => !onLogin.has(c.src));
    const onlyLogin = login.chunks.filter((c) => !form.chunks.some((f) => f.src === c.src));
    const row = (label: string, chunks: Chunk[], goal?: number, inline?: number) =>
      `| ${label} | ${chunks.length} | ${kb(total(chunks, "raw"))} | ${kb(total(chunks, "gzip"))} | ${goal === undefined ? "–" : `≤ ${kb(goal)}: ${total(chunks, "gzip") <= goal ? "met" : "not met"}`} | ${inline === undefined ? "–" : kb(inline)} |`;
    const where = (c: Chunk) => (onLogin.has(c.src) && form.chunks.some((f) => f.src === c.src) ? "both" : onLogin.has(c.src) ? "/login" : "form");
    const everyChunk = [...form.chunks, ...onlyLogin].sort((a, b) => b.gzip - a.gzip);
    return [
      "## 5. JavaScript sent to the browser (/login and the 保証申込 form)",
      "",
      "The production build's pages (the form as contractor@example.jp); every `<script src>` chunk fetched and summed (gzip: Node's zlib at its default level, as a compressing proxy would send it). Scripts marked `noModule` — Next's legacy polyfills, which browsers with ES modules skip — are not counted and are shown apart. Inline scripts are React's flight data and the nonce'd bootstrap.",
      "",
      "| page | script chunks | raw | gzip | goal (gzip) | inline scripts |",
      "|---|---|---|---|---|---|",
      row("/login (signed out: framework + the login form)", login.chunks, GOALS.login, login.inline),
      row("/netdesk/applications/new (申込作成)", form.chunks, GOALS.form, form.inline),
      row("of which on both pages", shared),
      row("of which only on the form page", onlyForm),
      row("not counted: `noModule` polyfills (each page)", form.noModule),
      "",
      "Every counted chunk, largest first (what it holds is read from strings that survive minification):",
      "",
      "| chunk | on | raw | gzip | holds |",
      "|---|---|---|---|---|",
      ...everyChunk.map((c) => `| ${name(c.src)} | ${where(c)} | ${kb(c.raw)} | ${kb(c.gzip)} | ${c.contains.join(", ") || "–"} |`),
      "",
    ].join("\n");
  } finally {
    await server.stop();
  }
}
