import type { ActionState } from "@/lib/action-state";

/** The outcome of a server action above its form: success in blue, failure in red (announced to screen readers). */
export function ActionMessage({ state }: { state: ActionState }) {
  if (state.status === "idle" || !state.message) return null;
  return (
    <div className={`alert ${state.status === "ok" ? "alert--info" : "alert--error"}`} role={state.status === "ok" ? "status" : "alert"}>
      {state.message}
    </div>
  );
}

/** An error next to its field; the input points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}
