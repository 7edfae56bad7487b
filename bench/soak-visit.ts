// One "visit" of the soak's mixed traffic, as an autocannon request sequence that each connection runs
// over and over: a user signs in (csrf + credentials callback), contractors and staff open their
// lists, ordering bodies verify e-guarantees, a contractor sends an application (送信する), and staff
// open it, take it in (受付) and issue it (発行) — each a real HTTP request the browser would make,
// the actions by their Next-Action ids. Every answer is checked for what the user would see (the
// page's heading, the certificate, the action's "ok"), not only its status: a server action answers
// 200 with its refusal inside, and a page that failed while streaming answers 200 with the error page.
import { randomUUID } from "node:crypto";
import type autocannon from "autocannon";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { cookiesOf, type Account } from "./portal-http";
import type { Kind, Tally } from "./soak-tally";

export type VisitSetup = {
  contractor: Account;
  staff: Account;
  guarantees: { contractNumber: string; authKey: string }[];
  actions: { submit: string; accept: string; issue: string };
  /** The form values of the n-th application the soak sends (a 工事名 of its own). */
  application: (n: number) => TApplicationFormValues;
};

type Context = {
  /** The kind of the request sent and not yet answered. */
  pending?: Kind;
  role?: "contractor" | "staff";
  csrfToken?: string;
  csrfCookies?: string;
  freshCookie?: string;
  applicationId?: string;
  applicationNumber?: string;
};

type Step = {
  kind: Kind;
  setup: (request: autocannon.Request, context: Context) => autocannon.Request | null;
  check: (status: number, body: string, context: Context, headers: Record<string, unknown>) => string | null;
};

/** The action's answer in the RSC stream: its status and message (null when there is none). */
export function actionAnswer(body: string): { status: string; message: string } | null {
  const match = /"status":"(ok|error)"(?:,"message":"((?:[^"\\]|\\.)*)")?/.exec(body);
  return match ? { status: match[1]!, message: match[2] ?? "" } : null;
}

/**
 * A server action called by its id, as the page's script calls it: the arguments as JSON text. (The
 * one-button forms send their values this way too: ActionForm's onSubmit calls the action with them.)
 */
function actionCall(request: autocannon.Request, path: string, id: string, cookie: string, body: string): autocannon.Request {
  return { ...request, method: "POST", path, body, headers: { cookie, "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" } };
}

function page(path: string, heading: string, who: (c: Context) => string): Step {
  return {
    kind: "page",
    setup: (request, context) => ({ ...request, method: "GET", path, headers: { cookie: who(context) } }),
    check: (status, body) => {
      if (status !== 200) return `GET ${path} answered ${status}`;
      if (body.includes("ただいま表示できません")) return `GET ${path} showed the error page`;
      return body.includes(heading) ? null : `GET ${path} without 「${heading}」`;
    },
  };
}

/** The visit's requests, and the kind of each (for the description of the mix). */
export function visitRequests(setup: VisitSetup, tally: Tally): { requests: autocannon.Request[]; kinds: Kind[] } {
  let visits = 0;
  let verifications = 0;
  let signIns = 0;
  let sent = 0;
  const cookieOf = (role: "contractor" | "staff") => (context: Context) =>
    context.role === role && context.freshCookie ? context.freshCookie : setup[role].cookie;
  const contractor = cookieOf("contractor");
  const staff = cookieOf("staff");

  const verify: Step = {
    kind: "verify",
    setup: (request) => {
      const n = verifications++;
      const g = setup.guarantees[n % setup.guarantees.length]!;
      // Every attempt from its own address (a /16 of them): the per-address limit is 60 a minute.
      const address = `10.1.${(n >> 8) & 255}.${n & 255}`;
      return {
        ...request,
        method: "POST",
        path: "/api/v1/verify",
        body: JSON.stringify({ contractNumber: g.contractNumber, authKey: g.authKey }),
        headers: { "content-type": "application/json", "x-forwarded-for": address },
      };
    },
    check: (status, body) => (status === 200 && body.includes('"contractNumber"') ? null : `verify answered ${status}: ${body.slice(0, 120)}`),
  };

  const steps: Step[] = [
    {
      kind: "sign-in",
      setup: (request, context) => {
        // Contractors and staff sign in by turns; the fresh session is used for that role's pages below.
        context.role = visits++ % 2 === 0 ? "contractor" : "staff";
        return { ...request, method: "GET", path: "/api/auth/csrf", headers: {} };
      },
      check: (status, body, context, headers) => {
        if (status !== 200) return `csrf answered ${status}`;
        context.csrfToken = (JSON.parse(body) as { csrfToken?: string }).csrfToken;
        context.csrfCookies = cookiesOf(headers["set-cookie"]);
        return context.csrfToken ? null : "no csrf token";
      },
    },
    {
      kind: "sign-in",
      setup: (request, context) => {
        if (!context.csrfToken) return null;
        const n = signIns++;
        const account = setup[context.role!];
        const form = new URLSearchParams({ csrfToken: context.csrfToken, email: account.email, password: account.password, json: "true" });
        return {
          ...request,
          method: "POST",
          path: "/api/auth/callback/credentials",
          body: form.toString(),
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: context.csrfCookies ?? "", "x-forwarded-for": `10.3.${(n >> 8) & 255}.${n & 255}` },
        };
      },
      check: (status, body, context, headers) => {
        const session = cookiesOf(headers["set-cookie"])
          .split("; ")
          .find((c) => c.startsWith("next-auth.session-token="));
        if (status !== 200 || !session) return `sign-in answered ${status}${session ? "" : " without a session cookie"}: ${body.slice(0, 160)}`;
        context.freshCookie = session;
        return null;
      },
    },
    page("/netdesk/guarantees", "<h1>保証契約一覧</h1>", contractor),
    verify,
    page("/netdesk/applications", "<h1>保証申込（前払・中間・契約）</h1>", contractor),
    verify,
    {
      kind: "submit",
      setup: (request, context) => {
        const args = [{ values: setup.application(sent++), submissionKey: randomUUID(), applicationId: null }];
        return actionCall(request, "/netdesk/applications/new", setup.actions.submit, contractor(context), JSON.stringify(args));
      },
      check: (status, body, context) => {
        const answer = actionAnswer(body);
        const id = /"applicationId":"([0-9a-f-]{36})"/.exec(body)?.[1];
        const number = /"applicationNumber":"([^"]+)"/.exec(body)?.[1];
        if (status !== 200 || answer?.status !== "ok" || !id || !number) return `送信する answered ${status}: ${answer?.message ?? body.slice(0, 160)}`;
        context.applicationId = id;
        context.applicationNumber = number;
        tally.submitted.add(id);
        return null;
      },
    },
    verify,
    page("/staff/applications", "<h1>申込一覧（受付・審査・発行）</h1>", staff),
    verify,
    {
      // The staff member opens the application just sent (its 申込番号 on the page).
      kind: "page",
      setup: (request, context) =>
        context.applicationId ? { ...request, method: "GET", path: `/staff/applications/${context.applicationId}`, headers: { cookie: staff(context) } } : null,
      check: (status, body, context) =>
        status === 200 && body.includes(context.applicationNumber!) && !body.includes("ただいま表示できません")
          ? null
          : `the staff's page of ${context.applicationNumber} answered ${status}`,
    },
    verify,
    staffAction("accept", setup.actions.accept, staff, "申込を受付しました。"),
    verify,
    staffAction("issue", setup.actions.issue, staff, "発行しました", tally),
    verify,
    page("/netdesk/guarantees", "<h1>保証契約一覧</h1>", contractor),
    verify,
  ];

  const requests = steps.map((step) => ({
    setupRequest: ((request: autocannon.Request, context: Context) => {
      // The connection moves on without an answer to the last request: autocannon gave up on it.
      if (context.pending) tally.unanswered(context.pending);
      const built = step.setup(request, context);
      context.pending = built ? step.kind : undefined;
      return built;
    }) as autocannon.Request["setupRequest"],
    onResponse: ((status: number, body: string, context: Context, headers: Record<string, unknown>) => {
      context.pending = undefined;
      tally.answered(step.kind);
      if (status < 200 || status >= 300) return tally.notSuccessful(step.kind, `${status}: ${body.slice(0, 120)}`);
      let problem: string | null;
      try {
        problem = step.check(status, body, context, headers);
      } catch (error) {
        problem = `unreadable answer (${String(error)}): ${body.slice(0, 120)}`;
      }
      if (problem) tally.failed(step.kind, problem);
    }) as autocannon.Request["onResponse"],
  }));
  return { requests, kinds: steps.map((s) => s.kind) };
}

/** 受付 / 発行: the one-button form's action, called as the page's script calls it (the values and the hidden id). */
function staffAction(kind: "accept" | "issue", id: string, staff: (c: Context) => string, expected: string, tally?: Tally): Step {
  return {
    kind,
    setup: (request, context) =>
      context.applicationId
        ? actionCall(request, `/staff/applications/${context.applicationId}`, id, staff(context), JSON.stringify([{ applicationId: context.applicationId }]))
        : null,
    check: (status, body, context) => {
      const answer = actionAnswer(body);
      if (status !== 200 || answer?.status !== "ok" || !answer.message.startsWith(expected)) return `${kind} answered ${status}: ${answer?.message ?? body.slice(0, 160)}`;
      tally?.issued.add(context.applicationId!);
      return null;
    },
  };
}
