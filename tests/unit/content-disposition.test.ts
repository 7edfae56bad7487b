import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/http/content-disposition";

describe("attachmentDisposition", () => {
  it("gives the Japanese name as RFC 5987 filename* and an ASCII fallback", () => {
    const header = attachmentDisposition("認証キーのお知らせ_37071-00000M.pdf", "key-notice_37071-00000M.pdf");
    expect(header).toBe(
      "attachment; filename=\"key-notice_37071-00000M.pdf\"; filename*=UTF-8''%E8%AA%8D%E8%A8%BC%E3%82%AD%E3%83%BC%E3%81%AE%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B_37071-00000M.pdf",
    );
    const encoded = header.split("filename*=UTF-8''")[1]!;
    expect(decodeURIComponent(encoded)).toBe("認証キーのお知らせ_37071-00000M.pdf");
  });

  it("percent-encodes the characters encodeURIComponent leaves but RFC 5987 does not allow", () => {
    expect(attachmentDisposition("a'(b)*.csv", "a.csv")).toContain("filename*=UTF-8''a%27%28b%29%2A.csv");
  });

  it("refuses a fallback that is not plain ASCII (no header injection through quotes or line breaks)", () => {
    for (const bad of ['a".pdf', "a\r\nX: y", "認証.pdf", ""]) expect(() => attachmentDisposition("x.pdf", bad)).toThrow();
  });
});
