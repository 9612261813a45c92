// A permalink as it stood on a past day: each source's own wording compared with the text as then
// recorded (a change of meaning flagged), and a recorded link leading to the other statement as
// of the same day.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AsOfStatement } from "@/lib/as-of/queries";
import type { CitedWork } from "@/lib/citations/citation";
import { AsOfStatementView } from "./as-of-statement";

const DAY = "2025-06-30";
const TEXT = "Let's not forget that Russia is remaining, the most significant and direct threat to our Alliance.";

const statement: AsOfStatement = {
  id: 24,
  speaker: { name: "Mark Rutte", slug: "mark-rutte" },
  date: { start: "2025-03-26", end: "2025-03-26", precision: "DAY" },
  dateLabel: "26 Mar 2025",
  event: null,
  eventId: null,
  kind: "QUOTE",
  text: TEXT,
  context: "",
  language: "en",
  topics: [],
  sources: [
    { label: "Joint press conference (NATO)", url: "https://www.nato.int/x", kind: "OFFICIAL_TRANSCRIPT", rendering: null },
    {
      label: "Rutte: Russia remains NATO's most significant and dark threat (LIGA.net)",
      url: "https://news.liga.net/x",
      kind: "NEWS_ARTICLE",
      rendering: "Let's not forget that Russia is and remains the most significant and dark threat to our alliance.",
    },
  ],
  claims: [],
  otherFields: [{ field: "links", lines: ["reaffirms statement #10 (Mark Rutte); note: <b>again</b>"] }],
  changedSince: [],
  sort: { dateSort: "2025-03-26", dateStart: "2025-03-26" },
};

const citation: CitedWork = {
  key: "statement-24",
  type: "statement",
  title: TEXT,
  author: "Mark Rutte",
  role: null,
  issued: statement.date,
  event: null,
  source: null,
  url: `https://tracker.example.org/statements/24?asOf=${DAY}`,
  revision: 7,
  accessed: "2026-12-07",
  asOf: DAY,
};

describe("AsOfStatementView", () => {
  const html = renderToStaticMarkup(<AsOfStatementView statement={statement} day={DAY} citation={citation} />);

  it("names each source by its title and flags the wording that changes the meaning", () => {
    expect(html).toContain(">Rutte: Russia remains NATO&#x27;s most significant and dark threat (LIGA.net)</a>");
    expect(html).not.toContain("worded:");
    expect(html).toContain("Reported differently: the wording here changes the meaning");
    expect(html).toContain("Has “dark” where the speaker said “direct”");
    expect(html.match(/Reported differently|Worded/g)).toHaveLength(1);
  });

  it("links a recorded link's statement as of the same day, its note escaped", () => {
    expect(html).toContain(
      `reaffirms <a class="text-link" href="/statements/10?asOf=${DAY}">statement #10</a> (Mark Rutte); note: &lt;b&gt;again&lt;/b&gt;`,
    );
  });
});
