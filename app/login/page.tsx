import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { secureCookieWillBeDropped } from "@/lib/auth/cookie";
import { currentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/next-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next: requested } = await searchParams;
  const next = safeNextPath(requested);
  if (await currentUser()) redirect(next);

  return (
    <section aria-labelledby="sign-in-heading" className="mx-auto max-w-sm">
      <h1 id="sign-in-heading" className="text-2xl font-semibold tracking-tight">
        Sign in
      </h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">For analysts and admins. Reading the timeline needs no account.</p>
      {secureCookieWillBeDropped(await headers()) ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          This site is served over plain HTTP, so browsers will not keep the sign-in cookie. Serve it over HTTPS, or start it with{" "}
          <code>COOKIE_SECURE=false</code> on a trusted private network.
        </p>
      ) : null}
      <LoginForm next={next} />
      <p className="mt-6 text-sm text-stone-600 dark:text-stone-400">No account, or forgot your password? Ask an admin of this site.</p>
    </section>
  );
}
