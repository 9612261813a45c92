import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { splitParagraphs } from "./segment";
import { buildSpeakerIndex } from "./speakers";
import { findTranscriptTurns } from "./transcript";

const index = () => buildSpeakerIndex(demoData.people.map((p) => ({ id: p.slug, name: p.name, aliases: p.aliases })));

function turns(text: string) {
  return findTranscriptTurns(text, splitParagraphs(text), index()).map((turn) => ({
    speaker: turn.speaker?.name ?? null,
    kind: turn.labelKind,
    paragraphs: turn.paragraphs.map((p) => text.slice(p.start, p.end)),
  }));
}

describe("findTranscriptTurns", () => {
  it("reads titled names, roles and questions as speakers", () => {
    const text = [
      "Press conference",
      "MODERATOR: Good morning.",
      "NATO Secretary General Mark Rutte: Thank you. We discussed Ukraine.",
      "Q (Reuters): Will you send more?",
      "RUTTE: Yes.",
    ].join("\n");
    expect(turns(text)).toEqual([
      { speaker: "MODERATOR", kind: "role", paragraphs: ["Good morning."] },
      { speaker: "Mark Rutte", kind: "known", paragraphs: ["Thank you. We discussed Ukraine."] },
      { speaker: "Q", kind: "role", paragraphs: ["Will you send more?"] },
      { speaker: "Mark Rutte", kind: "known", paragraphs: ["Yes."] },
    ]);
  });

  it("splits a long turn by paragraph and reads names not in the directory", () => {
    const text = [
      "Q: First question?",
      "ANNA BERGLUND: First paragraph of the answer.",
      "Second paragraph of the answer.",
      "[Laughter]",
      "Q: Next?",
      "Foreign Minister Radek Nowak: No.",
    ].join("\n\n");
    expect(turns(text)).toEqual([
      { speaker: "Q", kind: "role", paragraphs: ["First question?"] },
      { speaker: "Anna Berglund", kind: "name", paragraphs: ["First paragraph of the answer.", "Second paragraph of the answer."] },
      { speaker: "Q", kind: "role", paragraphs: ["Next?"] },
      { speaker: "Radek Nowak", kind: "name", paragraphs: ["No."] },
    ]);
  });

  it("reads timestamps before the label", () => {
    expect(turns("[00:00:05] Mark Rutte: Good morning.\n[00:00:09] Reporter: Hello?")).toEqual([
      { speaker: "Mark Rutte", kind: "known", paragraphs: ["Good morning."] },
      { speaker: "Reporter", kind: "role", paragraphs: ["Hello?"] },
    ]);
  });

  it("keeps prose after a short exchange out of the last turn", () => {
    const text = "Intro.\n\nMark Rutte: One line.\n\nDonald Tusk: Another line.\n\nDiplomats said it was tense.\n\nMore prose.";
    expect(turns(text).map((t) => t.paragraphs)).toEqual([["One line."], ["Another line."]]);
  });

  it("is not fooled by article furniture or sentences with a colon", () => {
    expect(turns("Note: this is an update.\nUpdate: more.\nPhoto: Reuters.")).toEqual([]);
    expect(turns("Rutte had a clear message for Moscow: do not test us.\nHis aides: all agreed with it.")).toEqual([]);
    expect(turns("Rutte: We will defend every inch.\nThe rest of the article follows.")).toEqual([]);
  });
});
