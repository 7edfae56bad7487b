// Demo mode without SMTP_URL: a real SMTP server inside the app, on loopback, that keeps
// every message it receives as an .eml file under DATA_DIR/mailbox (shown at /dev/mailbox).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type RunningMailbox = { port: number; dir: string; close: () => Promise<void> };

export function mailboxDir(dataDir: string): string {
  return path.join(dataDir, "mailbox");
}

export async function startDevMailbox(dataDir: string, port = 0): Promise<RunningMailbox> {
  const dir = mailboxDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Net Desk demo mailbox",
    size: 25 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`;
        fs.writeFile(path.join(dir, name), Buffer.concat(chunks), (error) => callback(error ?? null));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
