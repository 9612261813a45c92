import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPublicStatement } from "@/lib/statements/queries";
import { StatementGone } from "../statement-gone";

export const metadata: Metadata = { title: "Statement removed", robots: { index: false } };

/** Shown (with status 410, set by proxy.ts) in place of a deleted statement's permalink. */
export default async function StatementGonePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lookup = await findPublicStatement(/^\d{1,15}$/.test(id) ? Number(id) : NaN);
  if (lookup.state !== "deleted") notFound();
  return <StatementGone />;
}
