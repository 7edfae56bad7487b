// Use cases answer a miss with AppError NOT_FOUND (another company's record looks exactly like a
// missing one); pages turn it into Next's 404 page, route handlers into a plain 404 response.
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";

/** For pages: the use case's result, or Next's 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

/** For route handlers: the response, or the same 404 whether the record is missing or someone else's. */
export async function responseOrNotFound(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return new Response("お探しの情報は見つかりませんでした。", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
}
