"use client";

import { useEffect } from "react";

// The import's own failure page: the likeliest cause is a request the server would not take (a
// file or text over the upload limit), and nothing was saved either way.
export default function ImportError({ error }: { error: Error & { digest?: string } }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="max-w-3xl space-y-3">
      <h1 className="text-2xl font-semibold">The import could not be read</h1>
      <p>Nothing was saved. A file or text too large to send is the likeliest cause: try a smaller file, or paste the text in parts.</p>
      {error.digest ? <p className="text-sm text-stone-600 dark:text-stone-400">Reference: {error.digest}</p> : null}
      <p>
        <a href="/manage/import" className="font-medium text-blue-700 underline dark:text-blue-300">
          Start the import again
        </a>
      </p>
    </section>
  );
}
