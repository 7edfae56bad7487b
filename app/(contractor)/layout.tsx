import { SiteHeader } from "@/components/site-header";
import { requireContractor } from "@/lib/auth/guards";

export default async function ContractorLayout({ children }: { children: React.ReactNode }) {
  const user = await requireContractor();
  return (
    <>
      <SiteHeader who={user.company.name} topHref="/netdesk" />
      {children}
    </>
  );
}
