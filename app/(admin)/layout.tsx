import { displayNameFor } from "@/lib/auth/display-name";
import { SiteHeader } from "@/components/site-header";
import { requireAdministrator } from "@/lib/auth/guards";

export default async function AdministratorLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireAdministrator();
  return (
    <>
      <SiteHeader who={displayNameFor(actor)} topHref="/admin" area="本店管理" />
      {children}
    </>
  );
}
