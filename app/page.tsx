import { redirect } from "next/navigation";
import { getCurrentActor, homePathFor } from "@/lib/auth/guards";

// The portal's front door: each role to its own area, everyone else to the login page.
export default async function Home() {
  const actor = await getCurrentActor();
  redirect(homePathFor(actor));
}
