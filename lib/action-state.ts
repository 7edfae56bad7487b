// What a server action returns to its form (shared by server actions and client forms, so no
// server-only imports here): a message and field errors shown next to each field.
export type ActionState = { status: "idle" | "ok" | "error"; message?: string; fieldErrors?: Record<string, string> };

export const IDLE: ActionState = { status: "idle" };
