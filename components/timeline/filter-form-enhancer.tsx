"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/**
 * With JavaScript, the filter form navigates to a URL without its empty fields (`q=&from=`) and,
 * once the new results are in, moves focus to the results heading so a keyboard or screen-reader
 * user lands on them. Without JavaScript the form is a plain GET and the server drops the empties.
 */
// Kept outside the component: a reader's first view may be the page cache's twin of this route
// (lib/cache/page-view.ts), and the results then arrive in a new instance of this component.
let focusResultsAfterNavigation = false;

export function FilterFormEnhancer({ formId, resultsId }: { formId: string; resultsId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

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
      focusResultsAfterNavigation = true;
      startTransition(() => router.push(`${form.getAttribute("action") ?? ""}${query ? `?${query}` : ""}`, { scroll: false }));
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [formId, router]);

  useEffect(() => {
    if (pending || !focusResultsAfterNavigation) return;
    focusResultsAfterNavigation = false;
    document.getElementById(resultsId)?.focus();
  }, [pending, resultsId]);

  return null;
}
