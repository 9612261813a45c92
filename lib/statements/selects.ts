import type { Prisma } from "@/lib/generated/prisma/client";

// The fields a statement's own row contributes to its revision snapshots and its edit form.
export const statementFieldsSelect = {
  id: true,
  speakerId: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  eventId: true,
  kind: true,
  text: true,
  context: true,
  language: true,
  status: true,
  deletedAt: true,
  version: true,
} satisfies Prisma.StatementSelect;

export const statementClaimsSelect = {
  select: { id: true, text: true, kind: true, value: true, unit: true, status: true, note: true, evidenceUrl: true },
  orderBy: [{ position: "asc" }, { id: "asc" }],
} satisfies Prisma.StatementSelect["claims"];
