export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The file path behind a `file:` URL, for tools that open the file directly. */
export function databaseFile(url: string = databaseUrl()): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
