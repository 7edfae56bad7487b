// Passwords: bcrypt with cost 12 (pure-JS bcryptjs: no native build, same format as bcrypt).
//
// bcryptjs computes on the process's one JavaScript thread, in slices of up to 100 ms with a yield
// between them. Several hashes at once interleave their slices, so while n run, every other request
// of the portal waits about n × 100 ms between any two of its steps (each database round trip is
// one): 16 sign-ins at once held every page for over a second a step, for ~10 s, long enough for the
// pool's 5 s connection timeout and for clients to give up (found by the soak, bench/soak.ts). So
// hashes run one at a time, in the order they were asked for: sign-ins take as long in total as
// before, and everything else keeps its turn every 100 ms.
import bcrypt from "bcryptjs";

const COST = 12;

// On globalThis: the server build may hold this module more than once (route handlers, actions), and
// the thread they share is one.
const queue = globalThis as { netdeskBcryptLast?: Promise<unknown> };

/** Runs `work` once every earlier bcrypt call has finished, failed or not. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = (queue.netdeskBcryptLast ?? Promise.resolve()).then(work);
  queue.netdeskBcryptLast = turn.catch(() => undefined);
  return turn;
}

export function hashPassword(password: string): Promise<string> {
  return inTurn(() => bcrypt.hash(password, COST));
}

// Compared against when the e-mail is unknown, so a miss costs the same time as a hit.
const DUMMY_HASH = "$2b$12$Rq4QLo25QPo7694//3w8WuQVdyE6Y1BtLBSjodPxAlGP1T3u7norC";

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await inTurn(() => bcrypt.compare(password, hash ?? DUMMY_HASH));
  return ok && Boolean(hash);
}
