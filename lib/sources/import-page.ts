import "server-only";
// Import from a web address: fetch the page (fetch-page.ts: SSRF guard, limits), keep its article
// text as the snapshot, and read the source's details from its metadata.
import { MAX_IMPORT_BYTES } from "@/lib/import/text";
import { fetchPage, PageFetchError, type FetchPageOptions } from "./fetch-page";
import { pageHtml, readPage, type PageArticle } from "./read-page";

export interface ImportedPage extends PageArticle {
  /** Where the page was read from, after redirects. */
  url: string;
  fetchedAt: Date;
  /** sha256 of the bytes fetched. */
  sha256: string;
}

export type ImportPageResult = { ok: true; page: ImportedPage } | { ok: false; message: string };

/** Fetches and reads a page; never throws for the analyst's input, answers with a message instead. */
export async function importPage(url: string, options: FetchPageOptions = {}): Promise<ImportPageResult> {
  try {
    const fetched = await fetchPage(url, { maxBytes: MAX_IMPORT_BYTES, ...options });
    const article = readPage(pageHtml(fetched.body, fetched.contentType), fetched.url);
    if (!article.text.trim()) return { ok: false, message: "No article text was found on that page. Copy the text and paste it instead." };
    return { ok: true, page: { ...article, url: fetched.url, fetchedAt: fetched.fetchedAt, sha256: fetched.sha256 } };
  } catch (error) {
    if (error instanceof PageFetchError) return { ok: false, message: error.message };
    console.error("Page import failed", error);
    return { ok: false, message: "The page could not be read. Copy the text and paste it instead." };
  }
}
