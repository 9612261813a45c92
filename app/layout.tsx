import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/auth/current-user";
import "./globals.css";

// No `dynamic` here: the reader pages' cached twins under app/cached/ are rendered on a reader's
// first request and kept (lib/cache/page-view.ts). Every other route says `force-dynamic` in its
// own layout or page (nothing is prerendered at build time, when there may be no database). In a
// cached twin (`force-static`) the session cookie reads as absent, so the header and footer
// below render the reader's view there.

export const metadata: Metadata = {
  title: { default: "Statement Tracker", template: "%s · Statement Tracker" },
  description: "Dated public statements with their sources, topics, stances and checkable claims.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

/** The footer's sign-in link, for readers only: a signed-in analyst has the header's menu. */
async function FooterSignIn() {
  if (await currentUser()) return null;
  return (
    <Link href="/login" className="underline">
      Analyst sign-in
    </Link>
  );
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <footer className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 pb-10 text-sm text-stone-600 dark:text-stone-400">
          <span>Every statement links to its sources. Dates show how precisely they are known.</span>
          <FooterSignIn />
        </footer>
      </body>
    </html>
  );
}
