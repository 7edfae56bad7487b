// What the soak saw: every answer's time by kind of request, and everything that went wrong, counted
// in windows (a minute each) that the section closes one after another.
export const KINDS = ["sign-in", "page", "verify", "submit", "accept", "issue"] as const;
export type Kind = (typeof KINDS)[number];

export type Window = {
  /** Every answer's time (ms), all kinds together and by kind. */
  durations: number[];
  byKind: Map<Kind, number[]>;
  /** autocannon's connection errors, of them the timeouts (no answer within 10 s). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx answers that were not what the user should get (an action's refusal, the error page, …). */
  failedChecks: number;
  /** Requests whose connection sent the next one without an answer (a timeout or a lost connection), by kind. */
  unanswered: Map<Kind, number>;
};

const emptyWindow = (): Window => ({ durations: [], byKind: new Map(), errors: 0, timeouts: 0, non2xx: 0, failedChecks: 0, unanswered: new Map() });

export class Tally {
  private window = emptyWindow();
  private lastKind: Kind = "page";
  /** The first problems seen, for the report, each with the run it was seen in. */
  samples: string[] = [];
  phase = "";
  /** Application ids whose 送信する / 発行 answered ok, for the check against PostgreSQL at the end. */
  submitted = new Set<string>();
  issued = new Set<string>();

  /** Closes the window being counted and opens the next. */
  take(): Window {
    const closed = this.window;
    this.window = emptyWindow();
    return closed;
  }

  /** Called from each request's onResponse, just before autocannon emits that answer's time. */
  answered(kind: Kind): void {
    this.lastKind = kind;
  }

  /** autocannon's "response" event: the time of the answer onResponse has just seen. */
  timed(ms: number): void {
    this.window.durations.push(ms);
    const list = this.window.byKind.get(this.lastKind) ?? [];
    list.push(ms);
    this.window.byKind.set(this.lastKind, list);
  }

  notSuccessful(kind: Kind, what: string): void {
    this.window.non2xx++;
    this.sample(`${kind}: ${what}`);
  }

  failed(kind: Kind, why: string): void {
    this.window.failedChecks++;
    this.sample(`${kind}: ${why}`);
  }

  /** The kind of a request that got no answer (seen when its connection moves on to the next). */
  unanswered(kind: Kind): void {
    this.window.unanswered.set(kind, (this.window.unanswered.get(kind) ?? 0) + 1);
    this.sample(`${kind}: no answer`);
  }

  /** autocannon's "reqError" event: a connection error or a timeout. */
  error(error: Error): void {
    this.window.errors++;
    if (error.message === "request timed out") this.window.timeouts++;
    this.sample(`error: ${error.message}`);
  }

  private sample(what: string): void {
    if (this.samples.length < 10) this.samples.push(`${this.phase}: ${what.slice(0, 200)}`);
  }
}
