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
            {/* A plain link, not next/link: after an error a full page load is the surer way back, and
                error.tsx / global-error.tsx are sent with every page, each with its own copy of
                next/link (~3 KB gzip apiece). */}
            <a href="/">トップページへ戻る</a>
          </p>
        </div>
      </main>
    </>
  );
}
