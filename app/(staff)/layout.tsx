import { displayNameFor } from "@/lib/auth/display-name";
import { SiteHeader } from "@/components/site-header";
import { requireStaff } from "@/lib/auth/guards";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaff();
  return (
    <>
      <SiteHeader who={displayNameFor(actor)} topHref="/staff" area="保証会社業務" />
      {children}
    </>
  );
}
