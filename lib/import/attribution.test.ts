import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { Attributor } from "./attribution";
import { RoleResolver } from "./roles";
import { scanQuotes } from "./quotes";
import { splitParagraphs } from "./segment";
import type { SpeakerDirectory } from "./types";

const speakers: SpeakerDirectory = demoData.people.map((p) => ({ id: p.slug, name: p.name, aliases: p.aliases }));

/** Every quotation of `text` with the speaker found for it and how. */
function attribute(text: string, directory: SpeakerDirectory = speakers) {
  const paragraphs = splitParagraphs(text);
  const { spans } = scanQuotes(text, paragraphs);
  const attributor = new Attributor(
    text,
    paragraphs,
    directory,
    spans.map((s) => ({ start: s.open, end: s.close + 1 })),
  );
  return spans.map((span, i) => {
    const next = spans[i + 1];
    const result = attributor.attributeQuote(span.open, span.close, next && next.firstParagraph === span.lastParagraph ? next.open : null);
    return {
      quote: text.slice(span.open + 1, span.close),
      speaker: result.speaker?.name ?? null,
      via: result.speaker?.via ?? null,
      strength: result.strength,
    };
  });
}

describe("attribution after the quote", () => {
  it("reads “…,” Name said, said Name, an alias, and “according to”", () => {
    expect(attribute("“We must recommit,” Rutte declared.")[0]).toMatchObject({ speaker: "Mark Rutte", via: "after", strength: 3 });
    expect(attribute("“We must recommit,” said Mark Rutte, speaking in Paris.")[0]).toMatchObject({ speaker: "Mark Rutte", via: "after" });
    expect(attribute("“We are ready,” the NATO chief told reporters in Brussels.")[0]).toMatchObject({
      speaker: "Mark Rutte",
      via: "after",
    });
    expect(attribute("“We are ready,” according to Tusk.")[0]).toMatchObject({ speaker: "Donald Tusk", via: "after" });
    expect(attribute("“We are ready.” — Donald Tusk")[0]).toMatchObject({ speaker: "Donald Tusk", via: "after" });
  });

  it("resolves a pronoun to the last person named, the sentence subject first", () => {
    const text = "Macron echoed this sentiment at the Élysée. “It is the only way toward negotiations,” he remarked.";
    expect(attribute(text)[0]).toMatchObject({ speaker: "Emmanuel Macron", via: "after" });
    const subject = "During a press conference with French President Emmanuel Macron, Rutte spoke. “We must do more,” he said.";
    expect(attribute(subject)[0]).toMatchObject({ speaker: "Mark Rutte" });
  });

  it("reads “he added” as the speaker of the quote before", () => {
    const text = "“We will not wait,” Tusk said, looking at Rutte.\n“Nor should anyone,” he added.";
    expect(attribute(text).map((q) => q.speaker)).toEqual(["Donald Tusk", "Donald Tusk"]);
    // Someone else became the subject in between: “he” is that person.
    const other = "“We will not wait,” Tusk said. Rutte nodded.\n“Nor should anyone,” he added.";
    expect(attribute(other).map((q) => q.speaker)).toEqual(["Donald Tusk", "Mark Rutte"]);
  });

  it("learns a pronoun from a name and skips people of the other one", () => {
    const text =
      "Kaja Kallas spoke first, and she was blunt. Rutte answered, and he was calm.\n“We need more,” she said.\n“We will find it,” he replied.";
    expect(attribute(text).map((q) => q.speaker)).toEqual(["Kaja Kallas", "Mark Rutte"]);
  });

  it("gives a described speaker as a role, not as the last person named", () => {
    const text = "Rutte spoke in Warsaw. “Most drones carry cigarettes,” a border guard spokesman said.";
    expect(attribute(text)[0]).toMatchObject({ speaker: "a border guard spokesman", strength: 3 });
  });
});

describe("attribution before the quote", () => {
  it("reads a verb and its subject, with a colon or a comma", () => {
    expect(attribute("Rutte said: “We must do more.”")[0]).toMatchObject({ speaker: "Mark Rutte", via: "before", strength: 3 });
    expect(attribute("In the video, Rutte elaborated, “I don’t feel at liberty.”")[0]).toMatchObject({
      speaker: "Mark Rutte",
      via: "before",
    });
    expect(attribute("Rutte articulated these threats clearly, stating, “Every day, Ukrainians are killed.”")[0]).toMatchObject({
      speaker: "Mark Rutte",
    });
  });

  it("resolves a pronoun subject", () => {
    const text = "Despite these hurdles, Rutte acknowledged the support. He noted, “You [France] were among the first.”";
    expect(attribute(text)[0]).toMatchObject({ speaker: "Mark Rutte", via: "before" });
  });

  it("reads a possessive before a partial quote", () => {
    const text = "Rutte spoke at length. His emphasis on “making sure that we do the max” stood out.";
    expect(attribute(text)[0]).toMatchObject({ speaker: "Mark Rutte", via: "possessive", strength: 2 });
    expect(attribute("Rutte’s careful phrasing, “Her position is different,” referring to Kallas.")[0]).toMatchObject({
      speaker: "Mark Rutte",
      via: "possessive",
    });
  });
});

describe("no attribution nearby", () => {
  it("falls back on the quote before in the paragraph, then on the last person named", () => {
    const text =
      "“We act now,” Tusk said. “We cannot wait.”\nMacron spoke later.\nThe reference to “the training organised through the command” was noted.";
    expect(attribute(text).map((q) => [q.speaker, q.via])).toEqual([
      ["Donald Tusk", "after"],
      ["Donald Tusk", "continuation"],
      ["Emmanuel Macron", "context"],
    ]);
  });

  it("gives no speaker when nobody is named", () => {
    expect(attribute("“Nobody said this,” was written on the wall.")[0]).toMatchObject({ speaker: null, strength: 0 });
  });
});

describe("isAttributionGap", () => {
  it("recognises the words between the parts of an interrupted quote", () => {
    const text = "“We must act,” Rutte said on Tuesday, “and act now.” “Later,” it rained. “Yes.”";
    const paragraphs = splitParagraphs(text);
    const { spans } = scanQuotes(text, paragraphs);
    const attributor = new Attributor(
      text,
      paragraphs,
      speakers,
      spans.map((s) => ({ start: s.open, end: s.close + 1 })),
    );
    expect(attributor.isAttributionGap(spans[0]!.close + 1, spans[1]!.open)).toBe(true);
    expect(attributor.isAttributionGap(spans[2]!.close + 1, spans[3]!.open)).toBe(false);
  });
});

describe("reportingClause", () => {
  function clause(text: string) {
    const paragraphs = splitParagraphs(text);
    const attributor = new Attributor(text, paragraphs, speakers, []);
    const result = attributor.reportingClause({ start: 0, end: text.length });
    return result ? { speaker: result.speaker?.name ?? null, nominal: result.nominal ?? false } : null;
  }

  it("finds the speaker of reported speech", () => {
    expect(clause("At his first press conference, Rutte urged allies to keep arming Ukraine.")).toEqual({
      speaker: "Mark Rutte",
      nominal: false,
    });
    expect(clause("Rutte, in talks with Ukrainian officials, emphasized the importance of weapons.")).toEqual({
      speaker: "Mark Rutte",
      nominal: false,
    });
    expect(clause("According to Tusk, the talks failed.")).toEqual({ speaker: "Donald Tusk", nominal: false });
    expect(clause("Allies will send more jets, NATO Secretary General Mark Rutte announced on Friday.")).toEqual({
      speaker: "Mark Rutte",
      nominal: false,
    });
    expect(clause("Rutte’s assertion that there is no imminent threat surprised some.")).toEqual({ speaker: "Mark Rutte", nominal: true });
  });

  it("ignores subordinate clauses and sentences that report nothing", () => {
    expect(clause("While Rutte downplays the threat, it is vital to stay alert.")).toBeNull();
    expect(clause("Rutte took office on 1 October.")).toBeNull();
    expect(clause("Analysts said the plan was late.")).toBeNull();
  });
});

describe("a pronoun after a sentence naming several people", () => {
  const directory: SpeakerDirectory = [
    {
      id: 1,
      name: "Anna Kowalska",
      aliases: ["Kowalska"],
      roles: [{ title: "Spokeswoman", organisation: "Kremlin", startDate: "2020-01-01", endDate: null }],
    },
    { id: 2, name: "Boris Vann", aliases: ["Vann"] },
    { id: 3, name: "Carl Ode", aliases: ["Ode"] },
  ];
  function speakerOf(text: string): string | null {
    const paragraphs = splitParagraphs(text);
    const { spans } = scanQuotes(text, paragraphs);
    const roles = new RoleResolver(directory, "2025-04-04");
    const attributor = new Attributor(
      text,
      paragraphs,
      directory,
      spans.map((s) => ({ start: s.open, end: s.close + 1 })),
      roles,
    );
    const last = spans[spans.length - 1]!;
    return attributor.attributeQuote(last.open, last.close, null).speaker?.name ?? null;
  }

  it("goes to the sentence's subject, not to a name joined to another by “and”", () => {
    expect(speakerOf("Kowalska also denied that Vann and Ode would meet soon.\n“We have not reached this stage yet,” she said.")).toBe(
      "Anna Kowalska",
    );
  });

  it("counts a role noun with its article as the subject (“The spokeswoman also denied …”)", () => {
    expect(
      speakerOf(
        "Kremlin spokeswoman Anna Kowalska spoke on Friday.\nThe spokeswoman also denied that Vann and Ode would meet soon.\n“We have not reached this stage yet,” she said.",
      ),
    ).toBe("Anna Kowalska");
  });
});

describe("attribution of partial quotes and names the directory lacks", () => {
  it("gives a partial quote to the attribution that closes its sentence (“…, Hands told Sky News on Monday.”)", () => {
    const text =
      "The prime minister will present the house with “his version of events” in relation to the scandal this week, Hands told Sky News on Monday.";
    expect(attribute(text)[0]).toMatchObject({ speaker: "Hands", via: "after", strength: 2 });
    // A speech verb next to the quote wins over a closing clause naming the outlet.
    expect(attribute("Tomas Vann said the plan was “a good start for everyone”, Reuters reported.")[0]).toMatchObject({
      speaker: "Tomas Vann",
    });
  });

  it("keeps a hyphenated given name whole (“Cha Duck-chul”)", () => {
    expect(
      attribute("“The North should halt all activities at once,” the ministry's acting spokesperson Cha Duck-chul stated on Monday.")[0],
    ).toMatchObject({ speaker: "Cha Duck-chul", via: "after" });
  });
});

describe("role titles in their other wordings", () => {
  const directory: SpeakerDirectory = [
    {
      id: 1,
      name: "Sergei Ivanov",
      aliases: [],
      roles: [{ title: "Defence Minister", organisation: "Russia", startDate: "2012-01-01", endDate: null }],
    },
    {
      id: 2,
      name: "Peter Alt",
      aliases: [],
      roles: [{ title: "Economy Minister", organisation: "Germany", startDate: "2018-01-01", endDate: null }],
    },
  ];
  it("reads “defense” as “defence” and “Minister of Defence” as “Defence Minister”", () => {
    for (const phrase of ["The Russian defense minister", "The Russian Minister of Defence"]) {
      const text = `“We are open for dialogue,” Peter Alt said on Monday.\n${phrase} has reminded his German counterpart that a “position of unity and strength” is not wise.`;
      const paragraphs = splitParagraphs(text);
      const { spans } = scanQuotes(text, paragraphs);
      const attributor = new Attributor(
        text,
        paragraphs,
        directory,
        spans.map((sp) => ({ start: sp.open, end: sp.close + 1 })),
        new RoleResolver(directory, "2018-08-28"),
      );
      attributor.attributeQuote(spans[0]!.open, spans[0]!.close, null);
      expect(attributor.attributeQuote(spans[1]!.open, spans[1]!.close, null).speaker?.name).toBe("Sergei Ivanov");
    }
  });
});

describe("attribution in columns and digests of quotations", () => {
  it("takes the speaker from a dash line below a quote that ends its paragraph", () => {
    const text = [
      "■ “This is a national challenge on a scale like nothing we have seen before”",
      "– Mark Rutte on the defence plan.",
      "■ “You cannot simply wish away friction when you implement customs controls anywhere,”",
      "– Seamus Leheny, policy manager for Logistics UK, says hauliers are being “overwhelmed” by paperwork.",
    ].join("\n\n");
    expect(attribute(text).map((a) => a.speaker)).toEqual(["Mark Rutte", "Seamus Leheny", "Seamus Leheny"]);
  });

  it("gives a quote after a colon, with no verb, to the person named at the clause's start", () => {
    const text = [
      'Susie Boniface (aka Fleet Street Fox) reveals herself in The Times: "It\'s funny, my real name has been in papers for years."',
      'Financial Times editor Lionel Barber interviewed in the Guardian:  "News now is not the newspaper, but papers still need urgency."',
    ].join("\n\n");
    expect(attribute(text).map((a) => a.speaker)).toEqual(["Susie Boniface", "Lionel Barber"]);
  });
});

describe("pronouns past an appositive and through a subject pronoun", () => {
  const directory: SpeakerDirectory = [
    {
      id: 1,
      name: "Nikos Pappas",
      aliases: [],
      roles: [{ title: "President", organisation: "Cyprus", startDate: "2023-01-01", endDate: null }],
    },
    {
      id: 2,
      name: "Hakan Demir",
      aliases: [],
      roles: [{ title: "Foreign Minister", organisation: "Turkey", startDate: "2023-01-01", endDate: null }],
    },
  ];
  function speakers(text: string): (string | null)[] {
    const paragraphs = splitParagraphs(text);
    const { spans } = scanQuotes(text, paragraphs);
    const attributor = new Attributor(
      text,
      paragraphs,
      directory,
      spans.map((sp) => ({ start: sp.open, end: sp.close + 1 })),
      new RoleResolver(directory, "2024-07-19"),
    );
    return spans.map((span) => attributor.attributeQuote(span.open, span.close, null).speaker?.name ?? null);
  }

  it("skips a name in an appositive with a relative clause (“the minister, Hakan Demir, which presents …”)", () => {
    expect(
      speakers(
        "President Pappas was asked about the statements of the Minister of Foreign Affairs, Hakan Demir, which present Cyprus as a hub. “Cyprus is a centre of humanitarian operations,” he said.",
      ),
    ).toEqual(["Nikos Pappas"]);
  });

  it("follows a sentence whose subject is the same pronoun back to whom it stands for", () => {
    expect(
      speakers(
        [
          "President Pappas spoke to reporters on Friday.",
          "He added that he understands the difficulty of the Turkish Foreign Minister. “Whatever he does, everyone knows our role,” he said.",
        ].join("\n\n"),
      ),
    ).toEqual(["Nikos Pappas"]);
  });
});

describe("attribution: live coverage, addressees and unnamed voices", () => {
  const directory: SpeakerDirectory = [
    { id: 1, name: "Dan Holt", aliases: ["Holt", "Mr Holt"] },
    { id: 2, name: "Ben Okafor", aliases: ["Okafor"] },
    { id: 3, name: "Carla Wend", aliases: ["Wend", "Ms Wend"] },
    { id: 4, name: "Tom Fry", aliases: ["Fry"] },
    { id: 5, name: "Mary Cole", aliases: ["Cole"] },
    { id: 6, name: "John Park", aliases: ["Park"] },
  ];

  it("reads “…,” he says after a quote as a clause of its own, so the pronoun is its subject's, not a name after “with”", () => {
    const text =
      'Mr Holt begins with the floods. "We share your grief," he says, adding that he has spoken with President Okafor. "We live in a dangerous world," he concludes.';
    expect(attribute(text, directory).map((q) => q.speaker)).toEqual(["Dan Holt", "Dan Holt"]);
  });

  it("does not take someone named after a preposition in the pronoun's own clause for its subject", () => {
    const text = "Ms Wend now admits she misread the book. In a letter to the committee chairman Tom Fry, she wrote: “I must apologise.”";
    expect(attribute(text, directory)[0]).toMatchObject({ speaker: "Carla Wend" });
  });

  it("reads an abbreviated title (“Sen.”) before a subject at the clause's start", () => {
    const text =
      "Subsequently, Sen. Mary Cole, R-Maine, argued with Sen. John Park, accusing him of bias. In retaliation, she made a remark about his age: “He was not even born then.”";
    expect(attribute(text, directory)[0]).toMatchObject({ speaker: "Mary Cole" });
  });

  it("gives a quote introduced by an unnamed voice (“One listener added:”, “Another added:”) to nobody named", () => {
    const text = "Dan Holt said: “It is a fine day.”\n\nOne listener added: “It is raining.”\n\nAnother added: “Nobody asked.”";
    expect(attribute(text, directory).map((q) => q.speaker)).toEqual(["Dan Holt", "One listener", "Another"]);
  });
});

describe("attribution: columns of quotes, wire copy and captions", () => {
  const directory: SpeakerDirectory = [
    { id: 1, name: "Lena Ortiz", aliases: ["Ortiz"] },
    { id: 2, name: "Tom Baird", aliases: ["Baird"] },
    { id: 3, name: "Nia Vance", aliases: ["Vance"] },
    { id: 4, name: "Paul Hedley", aliases: ["Paul"] },
  ];

  it("gives a whole quoted sentence opening its paragraph to the person the next sentence opens with", () => {
    const text = [
      "‘I never signed that letter.’ Former minister Lena Ortiz denies the report.",
      "‘We will be back next year.’ Marathon runner Tom Baird, who fell near the line.",
    ].join("\n\n");
    expect(attribute(text, directory).map((q) => [q.quote, q.speaker])).toEqual([
      ["I never signed that letter.", "Lena Ortiz"],
      ["We will be back next year.", "Tom Baird"],
    ]);
  });

  it("reads an attribution past the full stops of “U.S.”, and a quote paragraph below it as its continuation", () => {
    const text =
      "“We have no such information,” U.S. State Department spokeswoman Nia Vance said when asked about Tom Baird’s claim.\n\n“We would not discuss it in public anyway.”";
    expect(attribute(text, directory).map((q) => q.speaker)).toEqual(["Nia Vance", "Nia Vance"]);
  });

  it("takes the lead-in of a quote from the line above it that ends with a colon, and joins a line cut mid-sentence", () => {
    const text =
      "In May, Ortiz wrote in a column about the\nwedding plans of Paul Hedley and his fiancée:\n\n“I was shown a letter Paul had written. It was moving.”";
    expect(attribute(text, directory).map((q) => q.speaker)).toEqual(["Lena Ortiz"]);
  });

  it("does not take the subject of a passive verb for the speaker (“X was criticised … for “…””)", () => {
    const text = "Lena Ortiz was criticised in the committee's report for “a lack of candour” about the budget.";
    expect(attribute(text, directory)[0]).not.toMatchObject({ speaker: "Lena Ortiz", via: "before" });
    const quoted = "Lena Ortiz was quoted as saying “we will not move”.";
    expect(attribute(quoted, directory)[0]).toMatchObject({ speaker: "Lena Ortiz", via: "before" });
  });

  it("does not continue a speaker that was only guessed from the context", () => {
    const text = "Tom Baird chaired the meeting. Critics called it “rushed” and “a waste of everyone's time”.";
    const [first, second] = attribute(text, directory);
    expect(first!.strength).toBeLessThan(2);
    expect(second).not.toMatchObject({ via: "continuation" });
  });

  it("names “the ministry” by the body the text named before, outside quotations", () => {
    const text =
      "The Ministry of Water and Forests said on Friday that its plans were misreported.\n\n“The Ministry of Information has our full report,” the ministry said.";
    expect(attribute(text, directory)[0]).toMatchObject({ speaker: "Ministry of Water and Forests", via: "after" });
    expect(attribute("“We have the report,” the ministry said.", directory)[0]).toMatchObject({ speaker: "the ministry" });
  });

  it("reads capitalised words ending in a title before a name as a title (“Information Minister X told …”)", () => {
    const text =
      "Tusk spoke in Warsaw.\n\n“We will not release anyone before the trial,” Transport Minister Kaja Kallas told reporters by telephone.";
    expect(attribute(text)[0]).toMatchObject({ speaker: "Kaja Kallas", via: "after", strength: 3 });
  });

  it("gives a quote after “…, explaining that” to the clause's subject, not to the person addressed before the comma", () => {
    const text =
      "“We will not talk,” Tusk said.\n\nHe told the presenter Kaja Kallas, explaining that the country had “waited for far too long”.";
    expect(attribute(text)[1]).toMatchObject({ speaker: "Donald Tusk", via: "before" });
  });

  it("reads a title the text put before a known name (“the Chancellor Donald Tusk”) as that person when it comes back (“The Chancellor said:”)", () => {
    const text =
      "The plan was announced by the Chancellor Donald Tusk and Kaja Kallas.\n\nThe Chancellor said:\n\n“We will cut the tax on bread next spring.”";
    expect(attribute(text)[0]).toMatchObject({ speaker: "Donald Tusk", via: "before" });
    // Given to two people, the title names neither.
    const two =
      "The plan was announced by Deputy Donald Tusk and Deputy Kaja Kallas.\n\nThe Deputy said:\n\n“We will cut the tax on bread next spring.”";
    expect(attribute(two)[0]?.speaker).not.toBe("Donald Tusk");
  });
});
