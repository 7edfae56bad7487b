import Link from "next/link";
import { PublicHeader } from "./public-header";

/** 403 and 404 pages: a heading, one sentence, and the way back. */
export function ErrorPage({ title, message, role }: { title: string; message: string; role?: "alert" }) {
  return (
    <>
      <PublicHeader />
      <main>
        <div className="panel" role={role}>
          <h1>{title}</h1>
          <p>{message}</p>
          <p>
            <Link href="/">トップページへ戻る</Link>
          </p>
        </div>
      </main>
    </>
  );
}
