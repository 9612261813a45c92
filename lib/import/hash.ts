// The fingerprint kept with a snapshot (Source.snapshotSha256): sha256 of its UTF-8 bytes, hex.
// Separate from text.ts because node:crypto must stay out of anything a client bundle imports.
import { createHash } from "node:crypto";

export function snapshotSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
