import { describe, expect, it } from "vitest";
import { UnknownAttachmentError } from "@/lib/mail/attachments";
import { describeSendError, isPermanentSendError } from "@/lib/mail/worker/classify-send-error";

const smtpError = (props: object) => Object.assign(new Error("smtp"), props);

describe("which send failures are permanent", () => {
  it("a 5xx refusal, a bad envelope or an unbuildable attachment are permanent", () => {
    expect(isPermanentSendError(smtpError({ code: "EENVELOPE", responseCode: 550 }))).toBe(true);
    expect(isPermanentSendError(smtpError({ code: "EMESSAGE", responseCode: 552 }))).toBe(true);
    expect(isPermanentSendError(smtpError({ code: "EENVELOPE" }))).toBe(true);
    expect(isPermanentSendError(new UnknownAttachmentError("x"))).toBe(true);
  });

  it("a server that is down, busy (4xx) or refuses our credentials is retried", () => {
    expect(isPermanentSendError(smtpError({ code: "ESOCKET" }))).toBe(false);
    expect(isPermanentSendError(smtpError({ code: "ECONNECTION" }))).toBe(false);
    expect(isPermanentSendError(smtpError({ code: "EENVELOPE", responseCode: 451 }))).toBe(false);
    expect(isPermanentSendError(smtpError({ code: "EAUTH", responseCode: 535 }))).toBe(false);
    expect(isPermanentSendError(new Error("anything else"))).toBe(false);
  });

  it("describes an error on one line for 送信状況", () => {
    expect(describeSendError(smtpError({ code: "EENVELOPE", response: "550 5.1.1\n  no such user" }))).toBe("EENVELOPE: 550 5.1.1 no such user");
  });
});
