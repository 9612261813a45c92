// Consistent copies of the live SQLite database. `VACUUM INTO` reads the whole database inside one
// read transaction, so the copy holds exactly the transactions committed before it started, while
// the app keeps running: its writers wait for at most the length of the copy (a 140 MB database
// takes about half a second; the app's busy timeout is 5 s) and lose nothing. The copy is written
// next to the target under a temporary name, checked, synced, and only then given the target's
// name, so a failed or interrupted backup never leaves a half-written file where a backup should be.
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  integrity: string;
  milliseconds: number;
}

/** `PRAGMA integrity_check` of a database file: "ok", or the problems it lists. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("\n");
  } finally {
    db.close();
  }
}

function fsyncFile(file: string) {
  const fd = openSync(file, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Gives the finished copy its name; without `force`, never replaces an existing file (not even one created meanwhile). */
function publish(temporary: string, target: string, force: boolean) {
  if (force) return renameSync(temporary, target);
  try {
    linkSync(temporary, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new BackupError(`${target} already exists; pass --force to replace it.`);
    // A file system without hard links: check, then rename.
    if (existsSync(target)) throw new BackupError(`${target} already exists; pass --force to replace it.`);
    return renameSync(temporary, target);
  }
  rmSync(temporary);
}

export interface BackupOptions {
  /** Replace an existing file at the target. */
  force?: boolean;
  /** Run PRAGMA integrity_check on the copy (on by default); a copy that fails it is discarded. */
  check?: boolean;
  /** How long to wait for a writer that holds the database (ms). */
  busyTimeout?: number;
}

export function backupDatabase(sourceFile: string, targetFile: string, options: BackupOptions = {}): BackupResult {
  const started = performance.now();
  const source = path.resolve(sourceFile);
  const target = path.resolve(targetFile);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  if (source === target) throw new BackupError("The backup cannot replace the database it copies.");
  if (existsSync(target) && !options.force) throw new BackupError(`${target} already exists; pass --force to replace it.`);
  mkdirSync(path.dirname(target), { recursive: true });

  const temporary = `${target}.partial-${process.pid}-${Date.now().toString(36)}`;
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true, timeout: options.busyTimeout ?? 30_000 });
    try {
      db.prepare("VACUUM INTO ?").run(temporary);
    } finally {
      db.close();
    }
    const integrity = options.check === false ? "not checked" : integrityCheck(temporary);
    if (options.check !== false && integrity !== "ok") throw new BackupError(`The copy failed its integrity check:\n${integrity}`);
    fsyncFile(temporary);
    publish(temporary, target, options.force ?? false);
    return { file: target, bytes: statSync(target).size, integrity, milliseconds: performance.now() - started };
  } finally {
    rmSync(temporary, { force: true });
  }
}
