import { displayNameFor } from "@/lib/auth/display-name";
import { SiteHeader } from "@/components/site-header";
import { requireBankUser } from "@/lib/auth/guards";

export default async function BankLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireBankUser();
  return (
    <>
      <SiteHeader who={displayNameFor(actor)} topHref="/bank" area="預託金融機関" />
      {children}
    </>
  );
}
