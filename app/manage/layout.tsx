import { SignInRedirect } from "@/components/auth/sign-in-redirect";
import { currentUser } from "@/lib/auth/current-user";

// The staff area. Anonymous visitors (and expired, revoked or disabled sessions) are sent to
// sign in. Pages still check the role themselves and every action checks it again: a layout is
// not re-run on every navigation and does not stop a page or an action from running.
// Rendered per request, never cached (see the root layout).
export const dynamic = "force-dynamic";

export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) return <SignInRedirect />;
  return children;
}
