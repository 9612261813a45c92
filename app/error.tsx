"use client";

import { useEffect } from "react";

// Unexpected failures: the reader sees a plain message and a retry, never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      {error.digest ? <p className="text-sm text-stone-600 dark:text-stone-400">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
        Try again
      </button>
    </section>
  );
}
