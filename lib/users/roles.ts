// The roles as the pages show them; safe to import from client components.
export const ROLES = ["ADMIN", "ANALYST"] as const;
export type RoleName = (typeof ROLES)[number];
export const ROLE_LABELS: Record<RoleName, string> = { ADMIN: "Admin", ANALYST: "Analyst" };
export const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
