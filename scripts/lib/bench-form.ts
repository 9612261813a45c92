// What the statement form submits for a statement with 3 topics and 2 claims: the benchmarks'
// writes go through the same parsing and domain code as the form action.
import type { FormValues } from "@/lib/forms/state";
import { BENCH_SIZE } from "./synthetic-db";

/** What the form submits for a statement with 3 topics and 2 claims (plus the spare blank rows). */
export function submittedForm(i: number, sourceCount: number): FormValues {
  const topic = (n: number) => String(1 + ((i * 7 + n * 61) % BENCH_SIZE.topics));
  const day = new Date(Date.UTC(2006, 0, 1) + ((i * 7919) % (19 * 365)) * 86_400_000).toISOString().slice(0, 10);
  return {
    "speaker.id": String(1 + (i % BENCH_SIZE.speakers)),
    "date.precision": "DAY",
    "date.day": day,
    "event.id": "",
    kind: "QUOTE",
    text: `Benchmark statement ${i}: allies will raise defence spending and keep supporting Ukraine.`,
    context: "",
    language: "en",
    status: "PUBLISHED",
    "sources.0.id": String(1 + ((i * 13) % sourceCount)),
    "sources.1.id": "",
    ...Object.fromEntries(
      [0, 1, 2].flatMap((n) => [
        [`topics.${n}.topicId`, topic(n)],
        [`topics.${n}.stance`, ["FOR", "AGAINST", "MIXED"][n]!],
        [`topics.${n}.hedging`, n === 0 ? "HEDGED" : ""],
        // As the form sends it after showing a shift notice, so a shift does not stop the save.
        [`topics.${n}.shiftNote`, "Position changed after the summit."],
      ]),
    ),
    "topics.3.topicId": "",
    "topics.3.stance": "",
    "claims.0.text": "Allies spend 2% of GDP on defence",
    "claims.0.kind": "NUMERIC",
    "claims.0.value": "2",
    "claims.0.unit": "% of GDP",
    "claims.0.status": "UNVERIFIED",
    "claims.1.text": "Ukraine received 50 billion in aid",
    "claims.1.kind": "FACTUAL",
    "claims.1.status": "SUPPORTED",
    "claims.1.evidenceUrl": "https://example.org/aid",
    "claims.2.text": "",
    "claims.2.kind": "FACTUAL",
    "claims.2.status": "UNVERIFIED",
  };
}
