import Link from "next/link";
import { PublicHeader } from "./public-header";

/** 403, 404 and error pages: a heading, one sentence, what else the page offers, and the way back. */
export function ErrorPage({ title, message, role, children }: { title: string; message: string; role?: "alert"; children?: React.ReactNode }) {
  return (
    <>
      <PublicHeader />
      <main>
        <div className="panel" role={role}>
          <h1>{title}</h1>
          <p>{message}</p>
          {children}
          <p>
            <Link href="/">トップページへ戻る</Link>
          </p>
        </div>
      </main>
    </>
  );
}
