"use client";

// Copies the text of a field to the clipboard and says so in a live region. Without JavaScript
// (or without clipboard access) the button stays hidden and the read-only field is there to select.
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  // False on the server and until hydration, so the button never shows where it cannot work.
  const ready = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [status, setStatus] = useState("");

  async function copy() {
    const field = document.getElementById(targetId);
    const text = field instanceof HTMLTextAreaElement ? field.value : (field?.textContent ?? "");
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${label} copied.`);
    } catch {
      // Permission refused: select the text so the reader can copy it themselves.
      if (field instanceof HTMLTextAreaElement) field.select();
      setStatus("Could not copy; the text is selected, press Ctrl+C or ⌘C.");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        hidden={!ready}
        onClick={copy}
        className="rounded-md border border-stone-300 px-2 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        Copy {label}
      </button>
      <span role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {status}
      </span>
    </span>
  );
}
