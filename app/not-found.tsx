import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>There is nothing at this address. The statement or page may never have existed, or it is not public.</p>
      <p>
        <Link href="/" className="text-link">
          Go to the timeline
        </Link>
      </p>
    </section>
  );
}
