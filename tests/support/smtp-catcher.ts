// A real SMTP server for tests (npm smtp-server), on loopback: it keeps every message it
// accepts, parsed by mailparser. It can be stopped and started again on the same port
// (to play an SMTP outage) and can refuse recipients with a permanent 550.
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpCatcher = {
  port: number;
  url: string;
  messages: ParsedMail[];
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

export async function startSmtpCatcher(options: { rejectRecipients?: boolean } = {}): Promise<SmtpCatcher> {
  const messages: ParsedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;

  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (!options.rejectRecipients) return callback();
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), { responseCode: 550 });
        callback(error);
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            messages.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(port, "127.0.0.1", () => resolve());
    });
    const address = server.server.address();
    port = typeof address === "object" && address ? address.port : port;
  };
  await listen();

  const catcher: SmtpCatcher = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
  };
  return catcher;
}
