import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Request refused", robots: { index: false } };

/** What proxy.ts shows (with a 4xx status) for a page request it refuses, such as a malformed address. */
export default function RefusedPage() {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">This address cannot be read</h1>
      <p>
        The address is malformed (for example, it has an invalid percent-escape such as %FF). Check the link, or start again from the
        timeline.
      </p>
      <p>
        <Link href="/" className="text-link">
          Go to the timeline
        </Link>
      </p>
    </section>
  );
}
