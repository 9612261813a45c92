// Types of the page cache handler (plain JavaScript, loaded by Next.js as it is).
export default class PageCacheHandler {
  get(key: string): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, value: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(): Promise<void>;
  resetRequestCache(): void;
}
