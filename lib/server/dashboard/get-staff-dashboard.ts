// The staff dashboard of the actor's branch: every counter, counted in parallel.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { STAFF_DASHBOARD_COUNTERS } from "./staff-dashboard-counters";

export type DashboardCount = { id: string; label: string; href: string; alert: boolean; count: number };

export async function getStaffDashboard(options: { actor: StaffActor }): Promise<DashboardCount[]> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const counts = await Promise.all(STAFF_DASHBOARD_COUNTERS.map((counter) => counter.count(actor)));
  return STAFF_DASHBOARD_COUNTERS.map(({ id, label, href, alert }, i) => ({ id, label, href, alert: Boolean(alert), count: counts[i]! }));
}
