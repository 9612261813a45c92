import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

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
        <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
          <nav aria-label="Main" className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight no-underline">
              Statement Tracker
            </Link>
            <Link href="/" className="text-sm text-stone-700 hover:underline dark:text-stone-300">
              Timeline
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl px-4 pb-10 text-sm text-stone-600 dark:text-stone-400">
          Every statement links to its sources. Dates show how precisely they are known.
        </footer>
      </body>
    </html>
  );
}
