// Where 発注者へ提出 may send a key notice: the ordering body's registered address, or an address in one of
// the mail domains registered on the body (発注者マスタ), since bodies name a department's address per
// contract. Anything else is refused, so the portal never mails a key notice to an address of the
// contractor's choosing. A domain matches exactly (keiyaku@city.mishima.shizuoka.jp for
// city.mishima.shizuoka.jp), not its subdomains: register each domain the body uses.
import { normaliseEmail } from "./email";

/** A registered mail domain as stored: NFKC, lower case, without a leading @ or a trailing dot. */
export function normaliseMailDomain(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
}

/** A host name of at least two labels (city.example.jp), each 1–63 letters, digits or hyphens. */
export function isMailDomain(domain: string): boolean {
  return domain.length <= 253 && /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/.test(domain);
}

export function mailDomainOf(address: string): string {
  return normaliseEmail(address).split("@").at(-1) ?? "";
}

export function isAllowedKeySubmissionRecipient(
  to: string,
  body: { keySubmissionEmail: string | null; keySubmissionDomains: readonly string[] },
): boolean {
  const address = normaliseEmail(to);
  if (body.keySubmissionEmail && address === normaliseEmail(body.keySubmissionEmail)) return true;
  const domain = mailDomainOf(address);
  return body.keySubmissionDomains.some((d) => normaliseMailDomain(d) === domain);
}
