// The one action pipeline. Every exported server action of the portal is
//   export const xAction = serverAction({ name, role, schema, run })
// (tests/unit/server-action-files.test.ts fails for one that is not). In order, it:
//   1. resolves who is acting through the guard for `role` (required: deny by default);
//   2. reads the payload, FormData (a plain form post) or a JSON object (react-hook-form), into a
//      plain object and parses it with `schema`: the request's envelope, i.e. the ids and intent the
//      action routes on (`formWith({ guaranteeId: ZIdText })`) or just the form's fields (`FORM`).
//      The form's own fields are parsed by the use case with the same zod schema the browser used:
//      use cases are the one trust boundary, entered by tests, the seed and scripts as well;
//   3. runs the use case in `run`, which throws AppError for every expected failure;
//   4. answers one ActionResult: AppError → its Japanese message and field errors; anything else →
//      the generic message with a reference id that is logged. Next's redirect(), notFound() and
//      forbidden() pass through.
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { Actor, ActorOf, ActorRole } from "@/lib/auth/actor";
import { getCurrentActor, requireActor, requireSignedIn } from "@/lib/auth/guards";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { getRequestContext, type RequestContext } from "@/lib/server/request-context";

/** Who may call: one role, any signed-in user, or anyone (the actor is then null when signed out). */
export type ActionAccess = ActorRole | "SIGNED_IN" | "PUBLIC";

type ActorFor<A extends ActionAccess> = A extends ActorRole ? ActorOf<A> : A extends "SIGNED_IN" ? Actor : Actor | null;

/** What `run` answers on success: a message for the form, and data for the caller when it needs some. */
export type ActionOutcome<T> = { message?: string; data?: T } | string | void;

export type ActionSpec<A extends ActionAccess, S extends z.ZodType, T> = {
  /** For the log, e.g. "guarantee.amend". */
  name: string;
  role: A;
  schema: S;
  run: (context: { actor: ActorFor<A>; input: z.output<S>; request: RequestContext }) => Promise<ActionOutcome<T>>;
};

/** A request that is only a form's fields: the use case parses them with the form's schema. */
export const FORM = z.record(z.string(), z.unknown());

/** A form's fields plus the ids or intent the action routes on (other fields pass through to the use case). */
export const formWith = <Shape extends z.ZodRawShape>(shape: Shape) => z.looseObject(shape);

/** An id from a form or URL: any short text here; the use case answers NOT_FOUND for one that is not a uuid. */
export const ID_TEXT = z.string().max(64);

/** A form post's text fields (Next's own `$ACTION…` fields left out); a JSON payload as it is. */
export function payloadFields(payload: unknown): unknown {
  if (!(payload instanceof FormData)) return payload ?? {};
  const fields: Record<string, string> = {};
  for (const [key, value] of payload.entries()) if (typeof value === "string" && !key.startsWith("$")) fields[key] = value;
  return fields;
}

async function actorFor(access: ActionAccess): Promise<Actor | null> {
  if (access === "PUBLIC") return getCurrentActor();
  if (access === "SIGNED_IN") return requireSignedIn();
  return requireActor(access);
}

/** AppError → its message and fields; anything else → the generic message with a logged reference. */
export function resultOfError(name: string, error: unknown): ActionResult<never> {
  if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors ?? {} };
  const reference = randomUUID().slice(0, 8);
  console.error(`[action ${name}] ${reference}`, error);
  return { status: "error", message: `${GENERIC_ERROR_MESSAGE}（参照番号: ${reference}）`, fieldErrors: {} };
}

/**
 * The server action for `spec`, callable as `useActionState`'s action (previous state, payload) or
 * directly with a payload. Its `pipeline` mark lets the test of every "use server" file find it.
 */
export function serverAction<A extends ActionAccess, S extends z.ZodType, T = undefined>(spec: ActionSpec<A, S, T>) {
  async function action(...args: [unknown] | [unknown, unknown]): Promise<ActionResult<T>> {
    const payload = args.length === 2 ? args[1] : args[0];
    try {
      const actor = (await actorFor(spec.role)) as ActorFor<A>;
      const input = parseInput(spec.schema, payloadFields(payload));
      const outcome = await spec.run({ actor, input, request: await getRequestContext() });
      if (typeof outcome === "string") return { status: "ok", message: outcome, data: undefined as T };
      return { status: "ok", message: outcome?.message, data: outcome?.data as T };
    } catch (error) {
      unstable_rethrow(error);
      return resultOfError(spec.name, error);
    }
  }
  return action as {
    (payload: unknown): Promise<ActionResult<T>>;
    (previous: ActionResult<T>, payload: unknown): Promise<ActionResult<T>>;
  };
}
