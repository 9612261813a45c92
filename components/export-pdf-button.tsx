"use client";

// The topic view's "Export PDF". Without JavaScript it is a plain link: the route answers with a
// download, or with a page explaining what went wrong. With it, the PDF is fetched here so the
// reader sees that it is being made and gets a clear message instead of a failed download.
import { useEffect, useRef, useState } from "react";

type ExportState =
  { status: "idle" } | { status: "working" } | { status: "done"; fileName: string } | { status: "failed"; message: string };

const linkClass =
  "inline-flex items-center gap-2 rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-blue-800 aria-disabled:cursor-progress aria-disabled:opacity-80 dark:bg-blue-600";

/** The file name from `Content-Disposition: attachment; filename="…"`. */
function fileNameOf(disposition: string | null): string | null {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? null;
}

export function ExportPdfButton({ href }: { href: string }) {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const [seconds, setSeconds] = useState(0);
  const busy = useRef(false);
  const working = state.status === "working";

  useEffect(() => {
    if (!working) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [working]);

  async function exportPdf(event: React.MouseEvent<HTMLAnchorElement>) {
    // A click with a modifier (new tab, save link) is left to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setSeconds(0);
    setState({ status: "working" });
    try {
      const response = await fetch(href, { headers: { Accept: "application/pdf, text/plain;q=0.9" } });
      if (!response.ok || !response.headers.get("content-type")?.startsWith("application/pdf")) {
        const message = (await response.text().catch(() => "")).trim();
        throw new Error(
          message && message.length < 400 ? message : `The PDF could not be made (error ${response.status}). Please try again.`,
        );
      }
      const fileName = fileNameOf(response.headers.get("content-disposition")) ?? "topic-dossier.pdf";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ status: "done", fileName });
    } catch (error) {
      const offline = error instanceof TypeError;
      setState({
        status: "failed",
        message:
          offline || !(error instanceof Error) ? "The PDF could not be downloaded. Check your connection and try again." : error.message,
      });
    } finally {
      busy.current = false;
    }
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <a href={href} onClick={exportPdf} aria-disabled={working || undefined} aria-describedby="pdf-export-status" className={linkClass}>
        {working ? (
          <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-white/40 border-t-white" />
        ) : null}
        {working ? "Preparing PDF…" : "Export PDF"}
        {working && seconds >= 2 ? (
          <span aria-hidden="true" className="font-normal tabular-nums opacity-90">
            {seconds} s
          </span>
        ) : null}
      </a>
      <p id="pdf-export-status" aria-live="polite" className="max-w-xs text-right text-sm">
        {state.status === "working" ? (
          <span className="text-stone-600 dark:text-stone-400">Preparing PDF… large views take a few seconds.</span>
        ) : null}
        {state.status === "done" ? <span className="text-emerald-800 dark:text-emerald-300">Downloaded {state.fileName}</span> : null}
        {state.status === "failed" ? (
          <span role="alert" className="text-red-800 dark:text-red-300">
            {state.message}
          </span>
        ) : null}
      </p>
    </div>
  );
}
