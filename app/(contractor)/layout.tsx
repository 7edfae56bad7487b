import { displayNameFor } from "@/lib/auth/display-name";
import { SiteHeader } from "@/components/site-header";
import { requireContractor } from "@/lib/auth/guards";

export default async function ContractorLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireContractor();
  return (
    <>
      <SiteHeader who={displayNameFor(actor)} topHref="/netdesk" />
      {children}
    </>
  );
}
