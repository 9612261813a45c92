export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export type DatabaseProvider = "sqlite" | "postgres";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** SQLite (a `file:` URL, the default) or PostgreSQL (a `postgres://` URL). */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}

/** The file path behind a `file:` URL, for tools that open the file directly. */
export function databaseFile(url: string = databaseUrl()): string {
  if (isPostgresUrl(url)) throw new Error("This works on the SQLite file only; DATABASE_URL is a PostgreSQL URL.");
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
