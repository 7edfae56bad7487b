import { SiteHeader } from "@/components/site-header";
import { requireOrderingBodyUser } from "@/lib/auth/guards";

export default async function OrderingBodyLayout({ children }: { children: React.ReactNode }) {
  const user = await requireOrderingBodyUser();
  return (
    <>
      <SiteHeader who={user.orderingBody.name} topHref="/ordering-body" area="発注者" />
      {children}
    </>
  );
}
