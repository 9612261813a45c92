import "server-only";
import { cache } from "react";
import type { CachedView } from "./page-view";

// Whether this render is a cached reader page, in a module of its own: the aggregates ask it, and
// they load outside Next.js too (benchmarks, scripts), where the framework's navigation and cache
// modules that page-tags.ts needs cannot load.

/** This render's view when it is a cached reader page; null for a page rendered per request. */
const cachedRender = cache((): { view: CachedView | null } => ({ view: null }));

/** Marks this render as a cached reader page for `view`. */
export const markCachedRender = (view: CachedView): void => {
  cachedRender().view = view;
};

/** Whether this render is a cached reader page (it must not read the session or the request). */
export const isCachedRender = (): boolean => cachedRender().view !== null;

/** The origin a cached page was requested at (links, citations, JSON-LD). */
export const cachedRenderOrigin = (): string | null => cachedRender().view?.origin ?? null;
