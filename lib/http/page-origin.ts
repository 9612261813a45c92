import "server-only";
import { headers } from "next/headers";
import { cachedRenderOrigin } from "@/lib/cache/cached-render";
import { configuredOrigin } from "./origin";

/** The public origin for pages, which only see the request's headers (a cached page, its key's). */
export async function pageOrigin(): Promise<string> {
  const cached = cachedRenderOrigin();
  if (cached) return cached;
  const configured = configuredOrigin();
  if (configured) return configured;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
