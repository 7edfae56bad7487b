import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/guards";

// The portal's front door: each role to its own area, everyone else to the login page.
export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? homePathFor(user) : "/login");
}
