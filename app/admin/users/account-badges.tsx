import { format } from "date-fns";
import type { Role } from "@/lib/generated/prisma/client";
import { ROLE_LABELS } from "@/lib/users/roles";

const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold";

export function RoleBadge({ role }: { role: Role }) {
  const colour =
    role === "ADMIN"
      ? "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100"
      : "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-stone-100";
  return <span className={`${badge} ${colour}`}>{ROLE_LABELS[role]}</span>;
}

export function StatusBadge({ disabled }: { disabled: boolean }) {
  return disabled ? (
    <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100`}>Disabled</span>
  ) : (
    <span className={`${badge} bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100`}>Active</span>
  );
}

export function When({ at, never = "Never" }: { at: Date | null; never?: string }) {
  if (!at) return <>{never}</>;
  return <time dateTime={at.toISOString()}>{format(at, "d MMM yyyy, HH:mm")}</time>;
}
