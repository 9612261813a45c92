// Rendered per request (the root layout no longer says so, so that reader pages' cached twins
// under app/cached/ can be kept: lib/cache/page-view.ts).
export const dynamic = "force-dynamic";

export default function LiveLayout({ children }: { children: React.ReactNode }) {
  return children;
}
