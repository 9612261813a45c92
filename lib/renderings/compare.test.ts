import { describe, expect, it } from "vitest";
import { changesMeaning, compareRendering, condensedSegments } from "./compare";
import { tokenise } from "./tokens";

const kinds = (canonical: string, rendering: string) => compareRendering(canonical, rendering).flags.map((f) => f.kind);
const noteKinds = (canonical: string, rendering: string) => compareRendering(canonical, rendering).notes.map((n) => n.kind);

describe("compareRendering: differences that do not change the meaning", () => {
  const same: [string, string, string][] = [
    ["identical", "We will defend every inch of Allied territory.", "We will defend every inch of Allied territory."],
    ["punctuation", "We will defend every inch, of Allied territory.", "We will defend every inch of Allied territory!"],
    ["case", "We will defend every inch of Allied territory.", "we will DEFEND every inch of allied territory."],
    ["curly and straight quotes", "Let's not forget that Russia's economy", "Let’s not forget that Russia’s economy"],
    ["quotation marks around the rendering", "Our reaction will be devastating.", "“Our reaction will be devastating,”"],
    ["whitespace and line breaks", "Our reaction   will be\ndevastating.", " Our reaction will be devastating. "],
    ["non-breaking spaces", "Our reaction will be devastating.", "Our\u00a0reaction will\u00a0be devastating."],
    ["dashes and hyphens", "long-range missiles — and more", "long range missiles - and more"],
    ["contractions", "We do not accept it and it is wrong.", "We don't accept it and it's wrong."],
    ["cannot", "We cannot accept it.", "We can't accept it."],
    ["spelling variants", "The defence organisation is the centre of our labour.", "The defense organization is the center of our labor."],
    ["number forms", "It costs 1,000 euros, five percent of 2 million.", "It costs 1000 euros, 5 per cent of two million."],
    ["percent sign", "an increase of 400 percent", "an increase of 400%"],
    ["number words", "twenty-five allies and two thousand troops", "25 allies and 2,000 troops"],
    ["[sic] kept as printed", "They has to pay.", "They has [sic] to pay."],
    ["accented letters composed differently", "Élysée Palace", "E\u0301lyse\u0301e Palace"],
  ];
  it.each(same)("%s: no flag", (_label, canonical, rendering) => {
    const comparison = compareRendering(canonical, rendering);
    expect(comparison.flags).toEqual([]);
    expect(changesMeaning(comparison)).toBe(false);
    expect(comparison.sameWords).toBe(true);
    expect(comparison.segments.every((s) => s.op === "equal")).toBe(true);
  });

  it("a filler or article added or dropped is a minor difference, not a flag", () => {
    expect(kinds("Russia is remaining, the most significant threat", "Russia is and is remaining the most significant threat")).toEqual([]);
    expect(noteKinds("Russia is remaining, the most significant threat", "Russia is and is remaining the most significant threat")).toEqual(
      ["minor"],
    );
    expect(kinds("We must, um, do more", "We must do more")).toEqual([]);
    expect(kinds("Russia is moving into a wartime economy", "Russia is moving to a wartime economy")).toEqual([]);
  });

  it("another form of the same word is a minor difference", () => {
    const canonical = "Russia is remaining, the most significant threat";
    expect(kinds(canonical, "Russia is and remains the most significant threat")).toEqual([]);
    expect(noteKinds(canonical, "Russia is and remains the most significant threat")).toEqual(["minor"]);
    expect(kinds("Allies are defending Poland", "Allies defended Poland")).toEqual([]);
    // A new word of similar length is not a form of the old one.
    expect(kinds("Allies are defending Poland", "Allies are deserting Poland")).toEqual(["word"]);
  });

  it("an ellipsis marks an omission: reported as one, not as a different word", () => {
    const comparison = compareRendering(
      "We must do more, and we must do it faster, to keep Ukraine in the fight.",
      "We must do more … to keep Ukraine in the fight.",
    );
    expect(comparison.flags).toEqual([]);
    expect(comparison.notes).toEqual([expect.objectContaining({ kind: "omission", canonical: "and we must do it faster" })]);
  });

  it.each([
    ["three dots", "We must do more ... to keep Ukraine in the fight."],
    ["spaced dots", "We must do more . . . to keep Ukraine in the fight."],
    ["bracketed ellipsis", "We must do more […] to keep Ukraine in the fight."],
    ["bracketed dots", "We must do more [...] to keep Ukraine in the fight."],
  ])("an omission written with %s", (_label, rendering) => {
    expect(kinds("We must do more, and faster, to keep Ukraine in the fight.", rendering)).toEqual([]);
    expect(noteKinds("We must do more, and faster, to keep Ukraine in the fight.", rendering)).toEqual(["omission"]);
  });

  it("a rendering that quotes only the start or the end of the words is a partial quote", () => {
    const canonical = "As I said, Russia is moving into a wartime economy. That will have a huge impact.";
    expect(kinds(canonical, "Russia is moving into a wartime economy.")).toEqual([]);
    expect(noteKinds(canonical, "Russia is moving into a wartime economy.")).toEqual(["partial", "partial"]);
    expect(kinds(canonical, "As I said, Russia is moving into a wartime economy.")).toEqual([]);
  });

  it("but a partial quote that cuts off a negation is flagged", () => {
    expect(kinds("I do not believe that Russia will attack.", "Russia will attack.")).toEqual(["negation-missing"]);
  });
});

describe("compareRendering: differences that change the meaning", () => {
  it("the seed case: “dark” where the transcript has “direct”", () => {
    const transcript =
      "Let's not forget that Russia is remaining, the most significant and direct threat to our Alliance. Let's not forget that Russia is moving into a wartime economy.";
    const article =
      "Let’s not forget that Russia is and is remaining the most significant and dark threat to our alliance. Let’s not forget that Russia is moving into a wartime economy.";
    const comparison = compareRendering(transcript, article);
    expect(comparison.flags).toEqual([expect.objectContaining({ kind: "word", canonical: "direct", rendering: "dark" })]);
    expect(comparison.flags[0]!.message).toBe("Has “dark” where the speaker said “direct”");
    expect(comparison.segments).toContainEqual({ op: "delete", text: "direct" });
    expect(comparison.segments).toContainEqual({ op: "insert", text: "dark" });
  });

  it.each([
    ["a different verb", "We will support Ukraine.", "We will abandon Ukraine.", "word"],
    ["a different pronoun", "We were the first to act.", "They were the first to act.", "word"],
    ["a different modal", "Allies must spend more.", "Allies may spend more.", "word"],
    ["a changed number", "We need a 400 percent increase.", "We need a 40 percent increase.", "number"],
    ["a changed number written in words", "Five allies agreed.", "Six allies agreed.", "number"],
    ["a changed figure with thousands", "about 1,000 casualties a day", "about 10,000 casualties a day", "number"],
    ["a number added", "Allies will spend more.", "Allies will spend 5 percent more.", "number"],
  ])("%s", (_label, canonical, rendering, kind) => {
    expect(kinds(canonical, rendering)).toContain(kind);
  });

  it.each([
    ["not dropped", "There is not an imminent threat.", "There is an imminent threat."],
    ["n't dropped", "We don't see an imminent threat.", "We do see an imminent threat."],
    ["never dropped", "NATO will never accept this.", "NATO will accept this."],
    ["no for a determiner", "There is no threat to Poland.", "There is a threat to Poland."],
    ["can't to can", "Putin can't win this war.", "Putin can win this war."],
  ])("a missing negation: %s", (_label, canonical, rendering) => {
    expect(kinds(canonical, rendering)).toContain("negation-missing");
  });

  it.each([
    ["not added", "This is a threat.", "This is not a threat."],
    ["n't added", "We will accept it.", "We won't accept it."],
    ["never added", "They will pay.", "They will never pay."],
  ])("an added negation: %s", (_label, canonical, rendering) => {
    expect(kinds(canonical, rendering)).toContain("negation-added");
  });

  it("a negation lost inside an omission is still flagged", () => {
    expect(kinds("We will not, under any circumstances, accept this.", "We will … accept this.")).toEqual(["negation-missing"]);
  });

  it("an inserted bracketed editorial word", () => {
    const comparison = compareRendering("You were instrumental in this.", "You [France] were instrumental in this.");
    expect(comparison.flags).toEqual([expect.objectContaining({ kind: "editorial", rendering: "[France]" })]);
    expect(comparison.segments).toContainEqual({ op: "insert", text: "[France]" });
  });

  it("a bracketed word replacing a pronoun is flagged", () => {
    expect(kinds("They will pay the price.", "[The Russians] will pay the price.")).toContain("editorial");
  });

  it("content words added or left out without an ellipsis", () => {
    expect(kinds("We will defend Poland.", "We will defend Poland and Lithuania.")).toEqual(["added"]);
    expect(kinds("We will defend Poland and Lithuania today.", "We will defend Poland today.")).toEqual(["missing"]);
  });

  it("several changes are each reported", () => {
    expect(kinds("We will not send 5 tanks to Kyiv.", "We will send 50 [Leopard] tanks to Kyiv.")).toEqual(
      expect.arrayContaining(["negation-missing", "number", "editorial"]),
    );
  });

  it("treats words that name object properties as plain words", () => {
    expect(kinds("the constructor of peace", "the toString of peace")).toEqual(["word"]);
    expect(kinds("__proto__ hundred", "__proto__ hundred")).toEqual([]);
  });

  it("does not crash on empty or punctuation-only text", () => {
    expect(compareRendering("", "").flags).toEqual([]);
    expect(compareRendering("…", "").flags).toEqual([]);
    expect(compareRendering("Yes.", "").notes.map((n) => n.kind)).toEqual(["partial"]);
  });
});

describe("tokenise", () => {
  it("keeps the text each token shows, punctuation attached", () => {
    expect(tokenise("“Let’s go,” he said.").map((t) => t.display)).toEqual(["“Let’s", "", "go,”", "he", "said."]);
  });
  it("reads number phrases as one number", () => {
    const values = (text: string) => tokenise(text).flatMap((t) => (t.kind === "number" ? [t.value] : []));
    expect(values("1.5 million troops")).toEqual([1_500_000]);
    expect(values("two hundred and five")).toEqual([200, 5]);
    expect(values("twenty five")).toEqual([25]);
    expect(values("two three")).toEqual([2, 3]);
    expect(values("3 thousand")).toEqual([3000]);
  });
});

describe("condensedSegments", () => {
  it("keeps the changed words and a few words around them, the rest elided", () => {
    const transcript =
      "Let's not forget that Russia is remaining, the most significant and direct threat to our Alliance. Let's not forget that Russia is moving into a wartime economy.";
    const article =
      "Let’s not forget that Russia is remaining the most significant and dark threat to our alliance. Let’s not forget that Russia is moving into a wartime economy.";
    const condensed = condensedSegments(compareRendering(transcript, article).segments, 3);
    expect(condensed).toEqual([
      { op: "equal", text: "… most significant and" },
      { op: "delete", text: "direct" },
      { op: "insert", text: "dark" },
      { op: "equal", text: "threat to our …" },
    ]);
  });

  it("leaves short texts whole", () => {
    const segments = compareRendering("We will support Ukraine.", "We will abandon Ukraine.").segments;
    expect(condensedSegments(segments)).toEqual(segments);
  });
});
