// Which role a speaker held when a statement was made. Role periods and statement dates are
// ISO days; an open start or end means "unknown" and "still held".
import { midpoint } from "@/lib/dates/precision";

export interface RolePeriod {
  title: string;
  organisation: string;
  startDate: string | null;
  endDate: string | null;
}

const covers = (role: RolePeriod, day: string) => (!role.startDate || role.startDate <= day) && (!role.endDate || role.endDate >= day);

/**
 * The role held on the statement's middle day; failing that, one held at some point of the
 * interval (the latest to start). Null when the speaker held no recorded role then.
 */
export function roleOnDate<R extends RolePeriod>(roles: readonly R[], interval: { start: string; end: string }): R | null {
  const middle = midpoint(interval.start, interval.end);
  const latestFirst = [...roles].sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? ""));
  return (
    latestFirst.find((role) => covers(role, middle)) ??
    latestFirst.find((role) => (!role.startDate || role.startDate <= interval.end) && (!role.endDate || role.endDate >= interval.start)) ??
    null
  );
}

export function formatRole(role: RolePeriod): string {
  return role.organisation && !role.title.includes(role.organisation) ? `${role.title}, ${role.organisation}` : role.title;
}
