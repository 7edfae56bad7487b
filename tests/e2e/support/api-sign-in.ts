// Signs in through next-auth's credentials API (csrf token, then the callback), with the right
// password only: sign-in locks an address after 10 failures, so a failure here stops the run at once.
import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./sign-in";

export type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

export async function signInThroughApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<StorageState> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(callback.status(), `sign-in of ${email}`).toBeLessThan(400);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.user?.id, `session of ${email}`).toBeTruthy();
  return request.storageState();
}
