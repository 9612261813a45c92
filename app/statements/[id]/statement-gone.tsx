import Link from "next/link";

export function StatementGone() {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">This statement was removed</h1>
      <p>It was deleted by an analyst. Its permalink is kept so that links to it do not silently break.</p>
      <p>
        <Link href="/" className="text-link">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
