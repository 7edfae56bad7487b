import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { PublicHeader } from "@/components/public-header";
import { getConfig } from "@/lib/config";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { devMailboxOpen } from "@/lib/mail/dev-mailbox-access";
import { mailboxDir } from "@/lib/mail/dev-mailbox-server";
import { listDevMailbox } from "@/lib/mail/read-dev-mailbox";

export const metadata: Metadata = { title: "デモ用メールボックス", robots: { index: false } };

// Demo mode only, from this machine only: what the in-app SMTP server received, so a newcomer sees the e-mails arrive.
export default async function DevMailboxPage() {
  if (!devMailboxOpen(await headers())) notFound();
  const config = getConfig();
  const messages = await listDevMailbox(mailboxDir(config.DATA_DIR));
  return (
    <>
      <PublicHeader area="デモ" />
      <main>
        <h1>デモ用メールボックス</h1>
        <p className="muted">
          デモモードでアプリ内の SMTP サーバーが受信したメールです（新しい順、最大50件）。本番モードでは表示されません。
        </p>
        {messages.length === 0 && <p className="panel">まだメールは届いていません。</p>}
        <ol className="mailbox">
          {messages.map((m, i) => (
            <li key={m.file}>
              <details open={i === 0} className="panel mailbox__message">
                <summary>
                  <strong>{m.subject}</strong>
                  <span className="muted">
                    {" "}
                    宛先 {m.to} ・ {m.date ? formatDateTimeJst(m.date) : "日時不明"}
                  </span>
                </summary>
                <dl className="mailbox__headers">
                  <dt>差出人</dt>
                  <dd>{m.from}</dd>
                  <dt>宛先</dt>
                  <dd>{m.to}</dd>
                  <dt>Message-ID</dt>
                  <dd>{m.messageId ?? "—"}</dd>
                </dl>
                {m.text !== null && (
                  <section aria-label="テキストパート">
                    <h3>テキストパート</h3>
                    <pre className="mailbox__text">{m.text}</pre>
                  </section>
                )}
                {m.html !== null && (
                  <section aria-label="HTMLパート">
                    <h3>HTMLパート</h3>
                    {/* sandbox without allow-scripts: the mail's HTML can neither run code nor reach this page. */}
                    <iframe className="mailbox__html" sandbox="" srcDoc={m.html} title={`HTMLパート: ${m.subject}`} />
                  </section>
                )}
                <section aria-label="添付ファイル">
                  <h3>添付ファイル</h3>
                  {m.attachments.length === 0 ? (
                    <p className="muted">なし</p>
                  ) : (
                    <ul>
                      {m.attachments.map((a) => (
                        <li key={a.index}>
                          <a href={`/dev/mailbox/${encodeURIComponent(m.file)}/${a.index}`} download={a.filename}>
                            {a.filename}
                          </a>{" "}
                          <span className="muted">
                            （{a.contentType}、{Math.ceil(a.size / 1024).toLocaleString("ja-JP")} KB）
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </details>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
