// How a statement's history records a source and the words it gives ("Title (Outlet); worded:
// “…”"), written on each save and read back by views of the past (lib/as-of). Pure.

const WORDED = "; worded: “";

/** A source's line in a statement's snapshot: its title (and outlet), then its rendering if any. */
export function sourceSnapshotLine(title: string, outlet: string, rendering: string | null | undefined): string {
  return (outlet ? `${title} (${outlet})` : title) + (rendering ? `${WORDED}${rendering}”` : "");
}

/** A snapshot's source line back to the source's label and the words it gave (null for the statement's own). */
export function parseSourceSnapshotLine(line: string): { label: string; rendering: string | null } {
  const at = line.indexOf(WORDED);
  if (at === -1 || !line.endsWith("”")) return { label: line, rendering: null };
  const rendering = line.slice(at + WORDED.length, -1);
  return { label: line.slice(0, at), rendering: rendering || null };
}
