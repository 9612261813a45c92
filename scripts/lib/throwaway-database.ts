import { tmpdir } from "node:os";
import path from "node:path";

/** Browser tests write freely, so they refuse any database outside the temp folder. */
export function assertThrowawayDatabase(url: string): void {
  const file = path.resolve(url.replace(/^file:/, ""));
  const temp = path.resolve(tmpdir());
  if (!file.startsWith(temp + path.sep) || !/[\\/]tracker-e2e-[^\\/]+[\\/]e2e\.db$/.test(file)) {
    throw new Error(`Refusing to run browser tests against ${file}: not a throw-away test database.`);
  }
}
