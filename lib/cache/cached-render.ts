import "server-only";
import { cache } from "react";
import type { CachedView } from "./page-view";

// Whether this render is a cached reader page, in a module of its own: the aggregates ask it, and
// they load outside Next.js too (benchmarks, scripts), where the framework's navigation and cache
// modules that page-tags.ts needs cannot load.

/** This render's view when it is a cached reader page; null for a page rendered per request. */
const cachedRender = cache((): { view: CachedView | null; stale: boolean } => ({ view: null, stale: false }));

/** Marks this render as a cached reader page for `view`. */
export const markCachedRender = (view: CachedView): void => {
  cachedRender().view = view;
};

/** Whether this render is a cached reader page (it must not read the session or the request). */
export const isCachedRender = (): boolean => cachedRender().view !== null;

/** The origin a cached page was requested at (links, citations, JSON-LD). */
export const cachedRenderOrigin = (): string | null => cachedRender().view?.origin ?? null;

/** The tag of a cached page rendered with figures older than the data: the page cache does not keep it. */
export const STALE_RENDER_TAG = "render:stale";

/**
 * Marks this cached page as rendered with an older version's figures (a recomputation after a
 * write was still running): it is served, as a page rendered per request would be, but not kept,
 * so the next reader gets it rendered with the new figures. The tag reaches the page cache's
 * handler with the page; next/cache is loaded only inside a render, where it can load.
 */
export async function markStaleCachedRender(): Promise<void> {
  const state = cachedRender();
  if (!state.view || state.stale) return;
  state.stale = true;
  const { unstable_cache } = await import("next/cache");
  await unstable_cache(async () => true, [STALE_RENDER_TAG], { tags: [STALE_RENDER_TAG] })();
}
