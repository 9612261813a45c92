// schema.org markup for a statement's permalink: a Quotation (verbatim) or a Statement
// (paraphrase) with its speaker, date, sources and topics, and a Claim for each claim.

export interface JsonLdInput {
  url: string;
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  language: string;
  date: { start: string; end: string; precision: string };
  speaker: { name: string; url: string; roleThen: string | null };
  topics: { name: string; url: string }[];
  sources: { title: string; url: string | null; outlet: string; publishedOn: string | null }[];
  claims: { text: string; status: string }[];
}

type JsonObject = { [key: string]: unknown };

/** An exact day is a date; anything vaguer is an ISO 8601 interval. */
const when = (date: JsonLdInput["date"]) => (date.start === date.end ? date.start : `${date.start}/${date.end}`);

export function statementJsonLd(input: JsonLdInput): JsonObject {
  const speaker: JsonObject = { "@type": "Person", name: input.speaker.name, url: input.speaker.url };
  if (input.speaker.roleThen) speaker.jobTitle = input.speaker.roleThen;
  const citations = input.sources.map((source) => {
    const work: JsonObject = { "@type": "CreativeWork", name: source.title };
    if (source.url) work.url = source.url;
    if (source.outlet) work.publisher = { "@type": "Organization", name: source.outlet };
    if (source.publishedOn) work.datePublished = source.publishedOn;
    return work;
  });
  const statement: JsonObject = {
    "@type": input.kind === "QUOTE" ? "Quotation" : "Statement",
    "@id": input.url,
    url: input.url,
    text: input.text,
    inLanguage: input.language,
    temporalCoverage: when(input.date),
    about: input.topics.map((topic) => ({ "@type": "Thing", name: topic.name, url: topic.url })),
    citation: citations,
  };
  if (input.kind === "QUOTE") statement.spokenByCharacter = speaker;
  else statement.author = speaker;
  if (input.date.precision === "DAY") statement.dateCreated = input.date.start;
  const claims = input.claims.map((claim, index) => ({
    "@type": "Claim",
    "@id": `${input.url}#claim-${index + 1}`,
    text: claim.text,
    appearance: { "@id": input.url },
    author: speaker,
  }));
  return { "@context": "https://schema.org", "@graph": [statement, ...claims] };
}

/** JSON for a <script> element: no sequence in the data can close the element early. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
