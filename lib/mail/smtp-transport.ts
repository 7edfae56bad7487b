// The SMTP transport (nodemailer) for SMTP_URL, e.g. smtp://user:pass@mail.example.jp:587.
// Timeouts are bounded so a hanging server fails the attempt and the job is retried later.
import nodemailer from "nodemailer";

export type MailTransport = ReturnType<typeof createSmtpTransport>;

export function createSmtpTransport(smtpUrl: string) {
  return nodemailer.createTransport({
    url: smtpUrl,
    // Connections are kept and reused (up to one per concurrent job): a new TCP + SMTP handshake per
    // mail halved the throughput (docs/BENCHMARKS.md, mail worker).
    pool: true,
    maxConnections: 4,
    maxMessages: 100,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}
