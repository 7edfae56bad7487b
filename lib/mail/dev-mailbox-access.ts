// /dev/mailbox shows every mail the demo sent, reset links included: only in demo mode, and only to a
// client on this machine (the address our HTTP server saw is loopback). A demo started with DEMO=1 on a
// public HOST, or a request whose address is not known (`next start`), is answered 404.
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getConfig, isLoopbackAddress } from "@/lib/config";

type HeaderSource = Parameters<typeof clientIpFrom>[0];

export function devMailboxOpen(headers: HeaderSource): boolean {
  return getConfig().demo && isLoopbackAddress(clientIpFrom(headers));
}
