import { SiteHeader } from "@/components/site-header";
import { requireStaff } from "@/lib/auth/guards";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaff();
  return (
    <>
      <SiteHeader who={`${user.branch.name} ${user.name}`} topHref="/staff" area="保証会社業務" />
      {children}
    </>
  );
}
