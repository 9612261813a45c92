"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * With JavaScript, the filter form navigates to a URL without its empty fields (`q=&from=`) and,
 * once the new results are in, moves focus to the results heading so a keyboard or screen-reader
 * user lands on them. Without JavaScript the form is a plain GET and the server drops the empties.
 */
export function FilterFormEnhancer({ formId, resultsId }: { formId: string; resultsId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const submitted = useRef(false);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") params.append(key, value);
      }
      const query = params.toString();
      submitted.current = true;
      startTransition(() => router.push(`${form.getAttribute("action") ?? ""}${query ? `?${query}` : ""}`, { scroll: false }));
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [formId, router]);

  useEffect(() => {
    if (pending || !submitted.current) return;
    submitted.current = false;
    document.getElementById(resultsId)?.focus();
  }, [pending, resultsId]);

  return null;
}
