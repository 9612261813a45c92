import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { corpus, corpusSpeakers } from "./corpus";
import { MAX_EXTRACT_CHARS, PROPOSED_CONFIDENCE, extractCandidates } from "./extract";
import { joinSegments } from "./quotes";
import { readImport } from "./text";

const speakers = demoData.people.map((p) => ({ id: p.slug, name: p.name, aliases: p.aliases }));
const options = { speakers, topics: demoData.topics };

const quotes = (text: string) =>
  extractCandidates(text, options)
    .candidates.filter((c) => c.kind === "QUOTE")
    .map((c) => ({ text: c.text, speaker: c.speaker?.name ?? null, proposed: c.confidence >= PROPOSED_CONFIDENCE, flags: c.flags }));

describe("extractCandidates: quotes", () => {
  it("proposes an attributed quote with its speaker, offsets, anchor, claims and topics", () => {
    const text = "Rutte spoke in Warsaw.\n“Every day, Ukrainians are killed by Shahed drones: they need air defence,” Rutte said.";
    const { candidates, warnings } = extractCandidates(text, { ...options, defaultDate: "2024-11-12" });
    expect(warnings).toEqual([]);
    expect(candidates).toHaveLength(1);
    const [quote] = candidates;
    expect(quote).toMatchObject({
      kind: "QUOTE",
      origin: "quote-marks",
      text: "Every day, Ukrainians are killed by Shahed drones: they need air defence",
      speaker: { name: "Mark Rutte", id: "mark-rutte", via: "after", matched: "Rutte" },
      flags: [],
      date: "2024-11-12",
    });
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.segments).toEqual([{ start: quote!.start, end: quote!.end }]);
    expect(quote!.anchor).toMatchObject({ exact: quote!.text, start: quote!.start, end: quote!.end, suffix: ",” Rutte said." });
    expect(quote!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(quote!.topics.map((t) => t.slug)).toContain("air-and-missile-defence");
  });

  it("merges a quote interrupted by its attribution and keeps both segments", () => {
    const text = "“We must recommit to stay the course,” Rutte declared, “and we must do more than keep Ukraine in the fight.”";
    const [quote] = extractCandidates(text, options).candidates;
    expect(quote!.text).toBe("We must recommit to stay the course, and we must do more than keep Ukraine in the fight.");
    expect(quote!.segments).toHaveLength(2);
    expect(quote!.flags).toContain("interrupted");
    expect(joinSegments(text, quote!.segments)).toBe(quote!.text);
    expect(quote!.speaker?.name).toBe("Mark Rutte");
  });

  it("does not propose a scare-quoted word and marks short fragments low", () => {
    const text = "Rutte warned that any attack on Poland will provoke a “devastating” response, a “full force” one.";
    expect(quotes(text)).toEqual([{ text: "full force", speaker: "Mark Rutte", proposed: false, flags: ["fragment"] }]);
  });

  it("marks titles and headline repeats low", () => {
    const text =
      "Tusk: “Poland will not wait for anyone”\n\n“Poland will not wait for anyone,” Tusk said.\nA report titled “Deterrence by Denial in the Baltic” came out.";
    expect(quotes(text)).toEqual([
      { text: "Poland will not wait for anyone", speaker: "Donald Tusk", proposed: false, flags: ["headline", "duplicate"] },
      { text: "Poland will not wait for anyone", speaker: "Donald Tusk", proposed: true, flags: [] },
      { text: "Deterrence by Denial in the Baltic", speaker: null, proposed: false, flags: ["title", "unattributed"] },
    ]);
  });

  it("keeps an editorial insertion and flags it", () => {
    const text = "He noted, “You [France] were among the first countries to train and equip entire Ukrainian brigades.”";
    expect(extractCandidates(text, options).candidates[0]!.flags).toContain("editorial-insertion");
  });

  it("reads quotes that open and close with U+201C, as in seed article 004", () => {
    const text =
      "In the video, Rutte elaborated, “I don’t feel at liberty to comment too much on the day-to-day.“ " +
      "Rutte’s careful phrasing, “Her position is different,“ referring to Kallas, was noted.";
    expect(quotes(text)).toEqual([
      { text: "I don’t feel at liberty to comment too much on the day-to-day.", speaker: "Mark Rutte", proposed: true, flags: [] },
      { text: "Her position is different", speaker: "Mark Rutte", proposed: true, flags: [] },
    ]);
  });
});

describe("extractCandidates: transcripts and paraphrases", () => {
  it("turns labelled turns into quotes of their speakers, one per paragraph", () => {
    const text =
      "MODERATOR: Welcome.\n\nMark Rutte: First point about Ukraine.\n\nSecond point about defence spending.\n\nQ: A question?\n\nRutte: An answer.";
    const { candidates } = extractCandidates(text, options);
    expect(candidates.map((c) => [c.text, c.speaker?.name, c.origin])).toEqual([
      ["Welcome.", "MODERATOR", "transcript"],
      ["First point about Ukraine.", "Mark Rutte", "transcript"],
      ["Second point about defence spending.", "Mark Rutte", "transcript"],
      ["A question?", "Q", "transcript"],
      ["An answer.", "Mark Rutte", "transcript"],
    ]);
    for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("falls back on paraphrases when there are no quotes, and says so", () => {
    const { candidates, warnings } = extractCandidates("Rutte urged allies to keep arming Ukraine. The weather was cold.", options);
    expect(candidates.map((c) => c.kind)).toEqual(["PARAPHRASE"]);
    expect(warnings).toEqual(["No quotations found; the candidates are paraphrases of reported speech."]);
  });
});

describe("extractCandidates: bad input", () => {
  it("never throws and says why nothing was found", () => {
    expect(extractCandidates("", options)).toEqual({ candidates: [], warnings: ["The text is empty: there is nothing to extract."] });
    expect(extractCandidates("  \n ", options).warnings).toHaveLength(1);
    expect(extractCandidates("The annex opened in March. It cost €185 million.", options)).toEqual({
      candidates: [],
      warnings: ["Nothing found: no quotations, transcript turns or reported speech."],
    });
    expect(extractCandidates("x".repeat(MAX_EXTRACT_CHARS + 1), options).warnings[0]).toMatch(/at most 2\.0 MB/);
    expect(extractCandidates("<p>One</p><p>“Two words here,” Rutte said.</p><br>", options).warnings).toContain(
      "The text looks like HTML; convert it to readable text (readImport) before extracting.",
    );
    for (const text of ["“", "\u0000\u0001", "'''", "«»„“", "Q:\nA:", "“a”".repeat(1000), "\uD800 broken surrogate “x y z”"]) {
      expect(() => extractCandidates(text, options)).not.toThrow();
    }
  });

  it("works without a directory or topics", () => {
    const { candidates } = extractCandidates("“We will act today,” said Anna Berg, a minister.");
    expect(candidates[0]).toMatchObject({ text: "We will act today", speaker: { name: "Anna Berg" }, topics: [] });
    expect(candidates[0]!.speaker!.id).toBeUndefined();
  });
});

describe("extractCandidates: speakers by grammar (honorifics, far pronouns, possessive owners, things)", () => {
  const directory = [
    { id: 1, name: "Ruth Delaney", aliases: ["Delaney", "Mrs Delaney"] },
    { id: 2, name: "Owen Price", aliases: ["Price", "Mr Price"] },
    {
      id: 3,
      name: "Hana Sato",
      aliases: ["Sato"],
      roles: [{ title: "Mayor", organisation: "Kestrel Bay", startDate: "2019-01-01", endDate: null }],
    },
    {
      id: 4,
      name: "Lars Eng",
      aliases: ["Eng"],
      roles: [{ title: "Mayor", organisation: "Norrby", startDate: "2019-01-01", endDate: null }],
    },
  ];
  const proposed = (text: string) =>
    extractCandidates(text, { speakers: directory, defaultDate: "2021-03-01" })
      .candidates.filter((c) => c.kind === "QUOTE" && c.confidence >= PROPOSED_CONFIDENCE)
      .map((c) => [c.text, c.speaker?.name ?? null]);

  it("gives a long quote after “what he called” to the subject of “called”, and keeps a capitalised name a title", () => {
    expect(proposed("Mr Price asked for a retraction of what he called “a slur on my family and on everyone who works for me”.")).toEqual([
      ["a slur on my family and on everyone who works for me", "Owen Price"],
    ]);
    expect(proposed("Price announced what he called “Operation Clean Harbour Front Project”.")).toEqual([]);
  });

  it("reads a courtesy title as a pronoun, and learns none from a sentence that names two people first", () => {
    // “since she accused him”: the she is Delaney's, not that of Price named just before it.
    const text = [
      "Councillor Ruth Delaney has clashed with the developer Owen Price since she questioned his accounts.",
      "Mr Price, who chairs the harbour trust, called for an apology over what he called “an attack on my good name and my firm”.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([["an attack on my good name and my firm", "Owen Price"]]);
  });

  it("reaches a she past a subheading when everyone named since takes he", () => {
    const text = [
      "Mrs Delaney said Mr Price had misled the committee about the harbour accounts.",
      "Mr Price called the claim untrue.",
      "Mr Price added that he would publish every invoice.",
      "He also said he had hired auditors.",
      "Audit row",
      "At the hearing, she said: “The figures we were shown do not add up and I want them checked.”",
    ].join("\n\n");
    expect(proposed(text)).toEqual([["The figures we were shown do not add up and I want them checked.", "Ruth Delaney"]]);
    // With another woman named in between, the she stays unresolved and nothing is proposed.
    const ambiguous = text.replace("He also said he had hired auditors.", "Ms Ada Lorne, an auditor, said she had been hired.");
    expect(proposed(ambiguous)).not.toContainEqual(["The figures we were shown do not add up and I want them checked.", "Ruth Delaney"]);
  });

  it("reads “In his reply, Name …” as that person's pronoun", () => {
    const text = [
      "Ruth Delaney debated Owen Price on the budget.",
      "In his reply, Price praised her record.",
      "She answered with a long list of figures, and at the end told Price to “read the report before you speak”.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([["read the report before you speak", "Ruth Delaney"]]);
  });

  it("gives the words a colon introduces to the owner of a possessive speech noun, a role holder by the organisation the text names", () => {
    const text =
      "The council's press officer read the Mayor's statement on the flooding in Kestrel Bay this morning: “Every family affected will be housed tonight.”";
    expect(proposed(text)).toEqual([["Every family affected will be housed tonight.", "Hana Sato"]]);
    // Two mayors held office and the text names neither town: nobody to give the words to.
    expect(proposed(text.replace(" in Kestrel Bay", ""))).toEqual([]);
  });

  it("gives nobody the words of a thing that “said” them (“a banner which said: “…””)", () => {
    const text = "Owen Price posted a photo of a banner which said: “Save our harbour from the developers now”.";
    expect(proposed(text)).toEqual([]);
    expect(proposed("Owen Price posted a photo, and said: “Save our harbour from the developers now”.")).toEqual([
      ["Save our harbour from the developers now", "Owen Price"],
    ]);
  });

  it("gives a quote to the subject of its own clause (“…, as developer defends bid as “…””), not to one named before", () => {
    const standfirst =
      "Mrs Delaney says the harbour plan is sound, as developer defends his bid as “the best value this town will ever see”";
    expect(proposed(standfirst)).toEqual([["the best value this town will ever see", "developer"]]);
    expect(proposed("Mrs Delaney says the harbour plan is sound and defends it as “the best value this town will ever see”.")).toEqual([
      ["the best value this town will ever see", "Ruth Delaney"],
    ]);
  });

  it("reads a first name on its own as the one person of that first name named in full before", () => {
    const text = [
      "Harbour trust chairman Owen Price said the audit was overdue.",
      "The trust's accounts were last checked in 2019.",
      "Added Owen: “We have nothing to hide from anyone in this town.”",
    ].join("\n\n");
    expect(proposed(text)).toEqual([["We have nothing to hide from anyone in this town.", "Owen Price"]]);
    // Someone else of that first name in full is someone else.
    expect(proposed(text.replace("Added Owen:", "Owen Hale added:"))).not.toContainEqual([
      "We have nothing to hide from anyone in this town.",
      "Owen Price",
    ]);
  });

  it("proposes words printed without marks and signed with a known name, in the first person only", () => {
    const text = [
      "Mrs Delaney answered her critics on Friday.",
      "I never promised the harbour would be finished this year, and I will not pretend otherwise now. Ruth Delaney MP",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["I never promised the harbour would be finished this year, and I will not pretend otherwise now.", "Ruth Delaney"],
    ]);
    // A report that ends with a name is no signature: nobody speaks in the first person.
    expect(proposed("The harbour will not be finished this year, and the council has said so. Ruth Delaney")).toEqual([]);
  });

  it("gives a quote to the name in apposition closing its attribution (“said an aide to X, Y.”)", () => {
    expect(proposed("“The harbour will be finished on time,” said an adviser to Councillor Ruth Delaney, Owen Price.")).toEqual([
      ["The harbour will be finished on time", "Owen Price"],
    ]);
  });

  it("reads a name after an indefinite article as a description of someone unnamed (“one Harbour Trust Member told …”)", () => {
    const found = extractCandidates("Price said one Harbour Trust Member told him, “I will never vote for this plan.”", {
      speakers: directory,
      defaultDate: "2021-03-01",
    }).candidates.filter((c) => c.kind === "QUOTE");
    expect(found.map((c) => [c.text, c.speaker?.name, c.speaker?.role])).toEqual([
      ["I will never vote for this plan.", "one Harbour Trust Member", true],
    ]);
  });

  it("proposes a quote the excerpt ends inside when it opens its paragraph, continuing the speaker before", () => {
    const text = "“We were not told,” Mrs Delaney said.\n\n“Nobody asked us. What are residents supposed to think?";
    expect(proposed(text)).toEqual([
      ["We were not told", "Ruth Delaney"],
      ["Nobody asked us. What are residents supposed to think?", "Ruth Delaney"],
    ]);
  });
});

describe("extractCandidates: invariants over the corpus", () => {
  const documents = corpus.map((doc) => {
    const read = readImport({ text: doc.text, format: doc.format });
    if (!read.ok) throw new Error(read.message);
    return { id: doc.id, text: read.snapshot.text };
  });

  it.each(documents)("$id: offsets, segments and anchors are exact; order is the document's; runs are identical", ({ text }) => {
    const first = extractCandidates(text, { speakers: corpusSpeakers, topics: demoData.topics });
    const again = extractCandidates(text, { speakers: corpusSpeakers, topics: demoData.topics });
    expect(again).toEqual(first);
    let previous = -1;
    for (const candidate of first.candidates) {
      expect(candidate.start).toBeGreaterThanOrEqual(previous);
      previous = candidate.start;
      expect(candidate.text).toBe(joinSegments(text, candidate.segments));
      if (candidate.segments.length === 1) expect(text.slice(candidate.start, candidate.end)).toBe(candidate.text);
      expect(candidate.start).toBe(candidate.segments[0]!.start);
      expect(candidate.end).toBe(candidate.segments[candidate.segments.length - 1]!.end);
      expect(candidate.anchor.exact).toBe(text.slice(candidate.start, candidate.end));
      expect(candidate.confidence).toBeGreaterThanOrEqual(0);
      expect(candidate.confidence).toBeLessThanOrEqual(1);
      for (const claim of candidate.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      if (candidate.speaker && candidate.speaker.matched) {
        expect(text.slice(candidate.speaker.matchStart, candidate.speaker.matchEnd)).toBe(candidate.speaker.matched);
      }
    }
  });
});

describe("a question put by the press", () => {
  it("is not proposed, nor given to the person answering, when its line is labelled as the press's", () => {
    const text = [
      "1. SOUNDBITE: (English) Mark Rutte, NATO Secretary General:",
      '"Allies have delivered more air defence to Ukraine this year than ever before."',
      '(Reporter question off camera): "Will allies send more Patriot systems to Ukraine before the winter?"',
      'In answer to a reporter\'s question: "We will do more, and we will do it soon," Rutte said.',
    ].join("\n");
    const { candidates } = extractCandidates(text, { speakers: [{ id: 1, name: "Mark Rutte", aliases: ["Rutte"] }] });
    const question = candidates.find((c) => c.text.startsWith("Will allies"))!;
    expect(question.speaker).toBeNull();
    expect(question.confidence).toBeLessThan(PROPOSED_CONFIDENCE);
    const answer = candidates.find((c) => c.text.startsWith("We will do more"))!;
    expect(answer.speaker?.name).toBe("Mark Rutte");
    expect(answer.confidence).toBeGreaterThanOrEqual(PROPOSED_CONFIDENCE);
  });
});

describe("extractCandidates: role nouns", () => {
  it("reads “the Head of State” as the president the text is about", () => {
    const directory = [
      {
        id: 1,
        name: "Anna Kowalska",
        aliases: ["Kowalska"],
        roles: [{ title: "President", organisation: "Poland", startDate: "2020-01-01", endDate: null }],
      },
      {
        id: 2,
        name: "Omar Haddad",
        aliases: ["Haddad"],
        roles: [{ title: "President", organisation: "Jordan", startDate: "2020-01-01", endDate: null }],
      },
    ];
    const text =
      "President Anna Kowalska spoke to students in Warsaw about Poland's place in Europe.\n\n“Our future is decided at home, and nowhere else, whatever others may say,” the Head of State said.";
    const [quote] = extractCandidates(text, { speakers: directory, defaultDate: "2024-05-01" }).candidates.filter(
      (c) => c.kind === "QUOTE",
    );
    expect(quote).toMatchObject({ speaker: { name: "Anna Kowalska" } });
    expect(quote!.confidence).toBeGreaterThanOrEqual(PROPOSED_CONFIDENCE);
  });
});

describe("extractCandidates: words printed without marks", () => {
  it("reads paragraphs after “Minister X said:” in a release as X's words, up to the last in the first person", () => {
    const text = [
      "Minister visits the new port",
      "Opening the port, Prime Minister Donald Tusk said:",
      "Trade keeps the lights on in every town along this coast.",
      "We built this port so that our farmers can sell to the world. I am proud of everyone who worked on it.",
      "The port handles two million tonnes a year and employs 900 people.",
    ].join("\n\n");
    const found = extractCandidates(text, options).candidates.filter((c) => c.origin === "introduced");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: { name: "Donald Tusk" } });
    expect(found[0]!.text).toContain("Trade keeps the lights on");
    expect(found[0]!.text).toContain("proud of everyone who worked on it.");
    expect(found[0]!.text).not.toContain("two million tonnes");
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(PROPOSED_CONFIDENCE);
    // Narrative after the colon, in the third person, is no one's statement.
    const narrative =
      "Opening the port, Prime Minister Donald Tusk said:\n\nThe port handles two million tonnes a year and employs 900 people.";
    expect(extractCandidates(narrative, options).candidates.filter((c) => c.origin === "introduced")).toEqual([]);
  });
});

describe("extractCandidates: what is not proposed", () => {
  it("does not propose a quotation that nobody is named for", () => {
    const text = "The flood reached the old bridge on Sunday.\n\n“The river has never been this high in living memory.”";
    expect(quotes(text)).toMatchObject([{ speaker: null, proposed: false }]);
  });

  it("does not propose words named rather than said (“the question “…?””), nor give them a speaker", () => {
    const text =
      "A reporter reminded Rutte of his reply to the question “What is your favourite city?” Rutte had replied: “Brussels, of course.”";
    expect(quotes(text).find((q) => q.text.startsWith("What is"))).toMatchObject({ speaker: null, proposed: false });
  });

  it("does not propose a phrase whose speaker is only guessed from the context", () => {
    const text = "“We will build the road,” Rutte said.\n\nThe council's report later called the plan “costly and badly timed”.";
    expect(quotes(text).find((q) => q.text === "costly and badly timed")).toMatchObject({ proposed: false });
  });

  it("ignores quote marks inside a page's leftover markup", () => {
    const text =
      "Remarks by Mark Rutte\n\n<iframe width=”560″ src=”https://example.org/embed/x” frameborder=”0″></iframe>\n\nWe will stand together.";
    expect(quotes(text).some((q) => q.text.includes("example.org") || q.text.includes("560"))).toBe(false);
    const turns =
      "MARK RUTTE: We will stand together.\n\n<iframe src=x></iframe>\n\nAnd we will not be divided.\n\nQUESTION: What comes next?";
    expect(quotes(turns).map((q) => q.text)).toEqual(["We will stand together.", "And we will not be divided.", "What comes next?"]);
  });

  it("does not give a quote to the last person named when its own sentence reports it through someone else", () => {
    const agency =
      "Tusk met the envoy in Warsaw.\n\n“The ministry denied every report about the letter to the cabinet,” the PAP agency reported.";
    expect(quotes(agency)).toMatchObject([{ speaker: null, proposed: false }]);
    const spokesman =
      "Tusk met the envoy in Warsaw.\n\nThe foreign ministry spokesman said via the state broadcaster that the claims were a “reckless attempt to wreck the talks before they begin.”";
    expect(quotes(spokesman)).toMatchObject([{ speaker: null, proposed: false }]);
    // A pronoun in the sentence still stands for the person named before.
    const pronoun = "Tusk met the envoy in Warsaw.\n\nHe said the claims were a “reckless attempt to wreck the talks before they begin.”";
    expect(quotes(pronoun)).toMatchObject([{ speaker: "Donald Tusk", proposed: true }]);
    // A document's words are its author's, the person named before it.
    const letter =
      "Tusk wrote to the envoy in Warsaw.\n\nThe letter, sent on Monday, stated: “The ministry will answer every question about the talks.”";
    expect(quotes(letter)).toMatchObject([{ speaker: "Donald Tusk" }]);
  });

  it("does not propose a quote that names a thing (“the ‘…’ approach”) or a question's words (“Asked if … “…,” X replied”)", () => {
    const approach = "Tusk said the union should drop the ‘migrants will not come in winter’ approach and share the burden.";
    expect(quotes(approach)).toMatchObject([{ speaker: null, proposed: false }]);
    const asked = "Asked if voters saw him as “out of touch,” Tusk replied that he travels every week.";
    expect(quotes(asked)).toMatchObject([{ speaker: null, proposed: false }]);
  });

  it("does not give a scare-quoted fragment to a name it runs on into (“to ‘swear in’ Name as …”)", () => {
    const text = "Rutte criticised the plan to ‘swear in’ Donald Tusk as leader, saying it was unlawful.";
    expect(quotes(text)).toMatchObject([{ text: "swear in", proposed: false }]);
    // Set off by a comma, a fragment keeps its speaker.
    expect(quotes("“Never again,” Tusk said.")).toMatchObject([{ speaker: "Donald Tusk", proposed: true }]);
  });
});
