import { displayNameFor } from "@/lib/auth/display-name";
import { SiteHeader } from "@/components/site-header";
import { requireOrderingBodyUser } from "@/lib/auth/guards";

export default async function OrderingBodyLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireOrderingBodyUser();
  return (
    <>
      <SiteHeader who={displayNameFor(actor)} topHref="/ordering-body" area="発注者" />
      {children}
    </>
  );
}
