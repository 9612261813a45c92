// On the corpus of article-like texts, at least 95% of direct quotes found,
// at least 90% of them with the right speaker, at least 90% of proposed quotes real quotes.
import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { corpus, corpusSpeakers } from "./corpus";
import { extractCandidates, PROPOSED_CONFIDENCE } from "./extract";
import { scoreDocument, similarity, speakerIsRight, summarise, type DocumentScore } from "./quality";
import { readImport } from "./text";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe("extraction quality on the corpus", () => {
  const scores: { id: string; score: DocumentScore }[] = corpus.map((doc) => {
    const read = readImport({ text: doc.text, format: doc.format });
    if (!read.ok) throw new Error(`${doc.id}: ${read.message}`);
    const { candidates } = extractCandidates(read.snapshot.text, { speakers: corpusSpeakers, topics: demoData.topics });
    return { id: doc.id, score: scoreDocument(candidates, doc.expected, read.snapshot.text) };
  });
  const figures = summarise(scores.map((s) => s.score));

  it("has at least 20 documents: articles, transcripts and pieces without quotes", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(corpus.some((doc) => doc.id.startsWith("t"))).toBe(true);
    expect(corpus.some((doc) => doc.expected.every((e) => e.kind !== "QUOTE"))).toBe(true);
    expect(new Set(corpus.map((doc) => doc.id)).size).toBe(corpus.length);
  });

  it("meets the thresholds (figures printed)", () => {
    console.log(
      [
        `Quality over ${figures.documents} corpus documents (quotes proposed at confidence >= ${PROPOSED_CONFIDENCE}):`,
        `  quotes found        ${figures.foundQuotes}/${figures.expectedQuotes} = ${percent(figures.recall)} (target >= 95%)`,
        `  right speaker       ${figures.rightSpeaker}/${figures.foundQuotes} = ${percent(figures.speakerAccuracy)} (target >= 90%)`,
        `  proposed are quotes ${figures.proposedMatched}/${figures.proposedQuotes} = ${percent(figures.precision)} (target >= 90%)`,
        `  paraphrases found ${percent(figures.paraphraseRecall)}, right speaker ${percent(figures.paraphraseSpeakerAccuracy)}`,
        ...scores.flatMap(({ id, score }) =>
          [...score.misses, ...score.wrongSpeakers, ...score.falsePositives].map((problem) => `  ${id}: ${problem}`),
        ),
      ].join("\n"),
    );
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(figures.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("proposes nothing for the pieces that quote and report nobody", () => {
    for (const { id, score } of scores) {
      const doc = corpus.find((d) => d.id === id)!;
      if (doc.expected.length === 0) expect(score.proposedQuotes + score.paraphraseCandidates, id).toBe(0);
    }
  });
});

describe("scoring helpers", () => {
  it("compares texts word by word, typography and trailing commas aside", () => {
    expect(similarity("“We act now,”", '"We act now"')).toBe(1);
    expect(similarity("one two three four five six seven eight nine ten", "one two three four five six seven eight nine")).toBeGreaterThan(
      0.9,
    );
    expect(similarity("completely different", "nothing alike")).toBe(0);
  });

  it("counts a role or no speaker as right where no person is expected", () => {
    const base = extractCandidates("“Most drones carry cigarettes,” the spokesman said.").candidates[0]!;
    expect(speakerIsRight(base, null)).toBe(true);
    expect(speakerIsRight(base, "Anna Berg")).toBe(false);
  });
});
