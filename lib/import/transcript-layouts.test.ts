// Transcripts in the layouts official pages use: each sentence of a turn becomes a statement of
// its speaker, questions are context, remarks before the first label belong to the speaker the
// heading names.
import { describe, expect, it } from "vitest";
import { extractCandidates, PROPOSED_CONFIDENCE } from "./extract";
import type { SpeakerDirectory } from "./types";

const speakers: SpeakerDirectory = [
  {
    id: 1,
    name: "Mark Rutte",
    aliases: [],
    roles: [{ title: "Secretary General", organisation: "NATO", startDate: "2024-10-01", endDate: null }],
  },
  {
    id: 2,
    name: "Keir Starmer",
    aliases: [],
    roles: [{ title: "Prime Minister", organisation: "United Kingdom", startDate: "2024-07-05", endDate: null }],
  },
  { id: 3, name: "Kaja Kallas", aliases: [] },
];

function proposed(text: string, defaultDate = "2025-04-02") {
  const { candidates } = extractCandidates(text, { speakers, defaultDate });
  for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.text); // anchored in the source text
  return candidates.filter((c) => c.confidence >= PROPOSED_CONFIDENCE).map((c) => [c.speaker?.name ?? null, c.text]);
}

describe("transcript layouts", () => {
  it("gives a statement with no labels to the speaker the heading names, sentence by sentence", () => {
    const text = [
      "Press statement",
      "by NATO Secretary General Mark Rutte with the Prime Minister of Iceland",
      "(As delivered)",
      "Good afternoon.",
      "NATO Allies continue our support to Ukraine. President Trump has made clear the commitment of the US.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Mark Rutte", "NATO Allies continue our support to Ukraine."],
      ["Mark Rutte", "President Trump has made clear the commitment of the US."],
    ]);
  });

  it("reads “Speech by”, “Remarks by” and “Doorstep by” headings, and a role resolved on the date", () => {
    for (const heading of [
      "Speech by NATO Secretary General Mark Rutte",
      "Remarks by Mark Rutte at the Munich Security Conference",
      "Doorstep by the NATO Secretary General",
    ]) {
      expect(proposed(`${heading}\n\nWe will invest much more in our defence.`)).toEqual([
        ["Mark Rutte", "We will invest much more in our defence."],
      ]);
    }
    expect(
      proposed("Prime Minister's remarks at Downing Street: 6 July 2024\n\nYesterday the work of change began.", "2024-07-06"),
    ).toEqual([["Keir Starmer", "Yesterday the work of change began."]]);
  });

  it("reads dash labels with role and name in either order, and remarks before the first label", () => {
    const text = [
      "Press conference by NATO Secretary General Mark Rutte",
      "We had good talks today.",
      "Reporter – [Question inaudible]",
      "NATO Secretary General, Mark Rutte - Well, obviously we will keep supporting Ukraine. Is that enough? We think so.",
      "Reporter (Reuters) - Will you send more troops?",
      "Mark Rutte, NATO Secretary General – No decision has been taken.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Mark Rutte", "We had good talks today."],
      ["Mark Rutte", "Well, obviously we will keep supporting Ukraine."],
      ["Mark Rutte", "We think so."],
      ["Mark Rutte", "No decision has been taken."],
    ]);
  });

  it("reads colon labels in caps, bold, with a comma, on their own line, Q and A, and initials", () => {
    const text = [
      "**MARK RUTTE, NATO SECRETARY GENERAL:** We will defend every inch of allied territory.",
      "Q    Will you send more air defence?",
      "A    Allies are working on it.",
      "Kaja Kallas:",
      "Europe is a peace project. We have always been good allies.",
      "Interviewer: What did Trump offer?",
      "KK: We simply don’t know.",
      "Question: And the sanctions?",
      "Moderator: Last question, please.",
    ].join("\n");
    expect(proposed(text)).toEqual([
      ["Mark Rutte", "We will defend every inch of allied territory."],
      ["A", "Allies are working on it."],
      ["Kaja Kallas", "Europe is a peace project."],
      ["Kaja Kallas", "We have always been good allies."],
      ["Kaja Kallas", "We simply don’t know."],
    ]);
  });

  it("treats a journalist named with their outlet, and an unknown interviewer who asks, as context", () => {
    const text = [
      "Ellen Francis, Washington Post: Secretary General, what good would Article Five do?",
      "Mark Rutte, NATO Secretary General: I think we should zoom out from Greenland.",
      "MARGARET BRENNAN: Do you know what the President meant by it?",
      "Mark Rutte: You have to ask the President.",
      "MARGARET BRENNAN: It seems there is some tension at this point.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Mark Rutte", "I think we should zoom out from Greenland."],
      ["Mark Rutte", "You have to ask the President."],
    ]);
  });

  it("does not read a dateline dash as a label", () => {
    const text =
      "BRATISLAVA, Slovakia (AP) — Slovakia’s Prime Minister suggested Tuesday that his country might be better off neutral.\n\nTHE HAGUE, Netherlands (AP) — Leaders met.";
    expect(extractCandidates(text, { speakers }).candidates.filter((c) => c.origin === "transcript")).toEqual([]);
  });
});

describe("more transcript layouts", () => {
  it("reads a label typed with the space before its colon (“RUTTE :Well”)", () => {
    const text = ["Q: Will allies spend more?", "RUTTE :Well, they will spend much more this year.", "Q: And next year?"].join("\n\n");
    expect(proposed(text)).toEqual([["Mark Rutte", "Well, they will spend much more this year."]]);
  });

  it("gives the paragraphs between two labels to the first, even in a text with only two labels", () => {
    const text = [
      "The Prime Minister took questions after the summit.",
      "STARMER: Good afternoon.",
      "This morning we agreed a new package of support for Ukraine.",
      "It will be delivered before the winter.",
      "QUESTION: Thank you, Prime Minister.",
      "The summit ends tomorrow.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Keir Starmer", "This morning we agreed a new package of support for Ukraine."],
      ["Keir Starmer", "It will be delivered before the winter."],
    ]);
  });

  it("treats a reporter known by first name as context when the turns below their labels ask", () => {
    const text = [
      "Kaja Kallas: (00:01)",
      "We will keep supporting Ukraine for as long as it takes.",
      "Anna: (00:09)",
      "… over the weekend, though.",
      "Anna: (00:12)",
      "Is there a new package? When?",
      "Kaja Kallas: (00:15)",
      "The package will come next month.",
    ].join("\n");
    expect(proposed(text)).toEqual([
      ["Kaja Kallas", "We will keep supporting Ukraine for as long as it takes."],
      ["Kaja Kallas", "The package will come next month."],
    ]);
  });

  it("in a joint press point naming two people, gives the remarks to the one who thanks the other", () => {
    const text = [
      "Joint press point",
      "with NATO Secretary General Mark Rutte and Prime Minister Keir Starmer",
      "(As delivered)",
      "Thank you so much, Prime Minister Starmer.",
      "The United Kingdom plays an essential role in NATO.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Mark Rutte", "Thank you so much, Prime Minister Starmer."],
      ["Mark Rutte", "The United Kingdom plays an essential role in NATO."],
    ]);
    // Without such an opening, nobody is guessed.
    expect(proposed(text.replace("Thank you so much, Prime Minister Starmer.", "The meeting was long."))).toEqual([]);
  });

  it("takes the speaker from the by-part of a heading, not from the guest after “with”", () => {
    const text = [
      "Press conference",
      "by the NATO Secretary General with Prime Minister Keir Starmer",
      "(As delivered)",
      "Allies will spend more on defence this year.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([["Mark Rutte", "Allies will spend more on defence this year."]]);
  });

  it("reads a “Name – role” caption over a digest's paragraph as a heading of reported speech, not a turn", () => {
    const text = [
      "Keir Starmer – British Prime Minister",
      "Starmer said on Monday that talks were “difficult”. “We will keep talking to every ally, and we will not give up,” Starmer told reporters.",
      "Mark Rutte – NATO Secretary General",
      "“Allies must spend more, and faster,” Rutte said in Brussels.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Keir Starmer", "Starmer said on Monday that talks were “difficult”."],
      ["Keir Starmer", "We will keep talking to every ally, and we will not give up"],
      ["Mark Rutte", "Allies must spend more, and faster"],
    ]);
    // A dash followed by words that are a sentence is still a turn.
    expect(proposed("Mark Rutte – Well, obviously we will keep our support going.\n\nReporter – [Question inaudible]")).toEqual([
      ["Mark Rutte", "Well, obviously we will keep our support going."],
    ]);
  });

  it("resolves a label that is a role title (“Minister of Foreign Affairs:”) to whoever held it that day, in either wording", () => {
    const directory: SpeakerDirectory = [
      ...speakers,
      {
        id: 9,
        name: "Eleni Dima",
        aliases: [],
        roles: [{ title: "Foreign Minister", organisation: "Greece", startDate: "2020-01-01", endDate: "2023-01-01" }],
      },
    ];
    const text = [
      "Question: Minister, what is your comment on that?",
      "Minister of Foreign Affairs:",
      "I understand their frustration, and we will answer in writing.",
      "Question: And the agreements?",
      "Minister of Foreign Affairs: We will sign two agreements this week.",
    ].join("\n");
    const got = (day: string) =>
      extractCandidates(text, { speakers: directory, defaultDate: day })
        .candidates.filter((c) => c.confidence >= PROPOSED_CONFIDENCE)
        .map((c) => [c.speaker?.name ?? null, c.text]);
    expect(got("2022-11-02")).toEqual([
      ["Eleni Dima", "I understand their frustration, and we will answer in writing."],
      ["Eleni Dima", "We will sign two agreements this week."],
    ]);
    // After her term the label is a role nobody in the directory held: no one is named for it.
    expect(got("2024-06-01").some(([name]) => name === "Eleni Dima")).toBe(false);
  });

  it("reads a news headline over a report of what its subject said (“…,” said X) as an article, not X's remarks", () => {
    const text = [
      "Mark Rutte bids farewell at final news conference",
      "Mark Rutte held his last press conference in Brussels on Friday. «I wanted to address you a very last time,» said Rutte. «The press is part of that,» he added.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Mark Rutte", "I wanted to address you a very last time"],
      ["Mark Rutte", "The press is part of that"],
    ]);
  });

  it("under a “news conference” heading, keeps the paragraphs after the last label in its turn", () => {
    const text = [
      "Annual news conference",
      "Anna Berg: Mr Prime Minister, you spoke yesterday about defence. Could you say more?",
      "Keir Starmer: There is nothing new here.",
      "Honestly, I was surprised by the statements of others.",
    ].join("\n\n");
    expect(proposed(text, "2025-01-10")).toEqual([
      ["Keir Starmer", "There is nothing new here."],
      ["Keir Starmer", "Honestly, I was surprised by the statements of others."],
    ]);
  });

  it("splits an interview printed in one paragraph at each label in capitals the text uses twice", () => {
    const text = [
      "On Sunday Anna Berg interviewed Keir Starmer",
      "ANNA BERG: Why did you write this article? KEIR STARMER: I think it is important to do two things. We need to make the case. ANNA BERG: Okay. KEIR STARMER: And that is the case we need to make.",
    ].join("\n\n");
    expect(proposed(text, "2025-01-10")).toEqual([
      ["Keir Starmer", "I think it is important to do two things."],
      ["Keir Starmer", "We need to make the case."],
      ["Keir Starmer", "And that is the case we need to make."],
    ]);
    // A numbered line (“1. SOUNDBITE:”) is not a label inside a sentence.
    expect(proposed("Briefing notes. 1. SOUNDBITE: one. 2. SOUNDBITE: two.")).toEqual([]);
  });

  it("treats the interviewer a text names (“X interviewed Y”) as context, even when they state rather than ask", () => {
    const text = [
      "On Sunday Andrew Marr interviewed Keir Starmer",
      "ANDREW MARR:",
      "My guest this morning has a very long title.",
      "KEIR STARMER:",
      "It is a title with a purpose, and it is going to take all my time.",
      "ANDREW MARR:",
      "It is a very long title.",
    ].join("\n\n");
    expect(proposed(text, "2025-01-10")).toEqual([["Keir Starmer", "It is a title with a purpose, and it is going to take all my time."]]);
  });

  it("keeps the paragraphs after the last label in a text that calls itself a transcript", () => {
    const text = [
      "Please note this transcript was typed from a recording.",
      "Anna Berg: I'm joined now by the Prime Minister. Welcome to you.",
      "Keir Starmer: I heard that said. So I think that's all nonsense.",
      "But the key point is the premise of your programme. Now that isn't true.",
    ].join("\n\n");
    expect(proposed(text, "2025-01-10").filter(([name]) => name === "Keir Starmer")).toEqual([
      ["Keir Starmer", "I heard that said."],
      ["Keir Starmer", "So I think that's all nonsense."],
      ["Keir Starmer", "But the key point is the premise of your programme."],
      ["Keir Starmer", "Now that isn't true."],
    ]);
  });

  it("reads paragraphs that open with a time code as the running turn, without the time code", () => {
    const text = [
      "The Prime Minister and the Secretary General hold a joint press availability.",
      "PRIME MINISTER STARMER: (16:56:07) Please, everybody have a seat.",
      "(16:56:14) I am delighted to welcome my dear friend to London.",
      "(16:57:33) Today we have reaffirmed the ties between our countries.",
    ].join("\n");
    expect(proposed(text, "2025-01-10")).toEqual([
      ["Keir Starmer", "Please, everybody have a seat."],
      ["Keir Starmer", "I am delighted to welcome my dear friend to London."],
      ["Keir Starmer", "Today we have reaffirmed the ties between our countries."],
    ]);
  });

  it("takes the spokesman an introduction names over a role the title line only describes (“Office of the Spokesperson for …”)", () => {
    const directory: SpeakerDirectory = [
      ...speakers,
      {
        id: 7,
        name: "Ned Pryce",
        aliases: [],
        roles: [{ title: "Spokesperson", organisation: "State Department", startDate: "2021-01-01", endDate: null }],
      },
      {
        id: 8,
        name: "Stefan Dujardin",
        aliases: [],
        roles: [{ title: "Spokesman", organisation: "United Nations", startDate: "2014-01-01", endDate: null }],
      },
    ];
    const text = [
      "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
      "The following is a near-verbatim transcript of today's noon briefing by Stefan Dujardin, Spokesman for the Secretary-General.",
      "The Secretary-General arrived earlier today in Somalia on his annual visit.",
    ].join("\n\n");
    const got = extractCandidates(text, { speakers: directory, defaultDate: "2023-04-11" })
      .candidates.filter((c) => c.confidence >= PROPOSED_CONFIDENCE)
      .map((c) => [c.speaker?.name ?? null, c.text]);
    expect(got).toEqual([["Stefan Dujardin", "The Secretary-General arrived earlier today in Somalia on his annual visit."]]);
  });
});

describe("transcript layouts: ministries, captions and live coverage", () => {
  const role = (title: string, organisation: string, startDate: string) => ({ title, organisation, startDate, endDate: null });
  const directory: SpeakerDirectory = [
    { id: 21, name: "Hana Mori", aliases: ["MORI Hana"], roles: [role("Press Secretary", "Japan", "2022-01-01")] },
    { id: 22, name: "Anna Belle", aliases: [], roles: [role("Prime Minister", "Canada", "2019-01-01")] },
    { id: 23, name: "Petra Lind", aliases: [], roles: [role("Foreign Minister", "Norway", "2020-01-01")] },
    { id: 24, name: "Ola Berg", aliases: [], roles: [role("Foreign Minister", "Qatar", "2016-01-01")] },
    { id: 25, name: "Jane Holt", aliases: ["Mrs Holt"], roles: [role("Prime Minister", "United Kingdom", "2022-01-01")] },
    { id: 26, name: "Otto Brenner", aliases: [], roles: [role("Chancellor", "Germany", "2021-01-01")] },
    { id: 27, name: "Vera Lind", aliases: [], roles: [role("Spokesperson", "Russian Foreign Ministry", "2015-01-01")] },
    { id: 28, name: "Greta Sand", aliases: [], roles: [] },
    { id: 29, name: "Dan Holt", aliases: ["Dan P. Holt"], roles: [role("Mayor", "Wilmington", "2013-01-01")] },
  ];
  const read = (text: string, defaultDate = "2023-06-19") =>
    extractCandidates(text, { speakers: directory, defaultDate })
      .candidates.filter((c) => c.confidence >= PROPOSED_CONFIDENCE)
      .map((c) => [c.speaker?.name ?? null, c.text]);

  it("reads a label glued to its words (“Outlet, Name:Question”, “Ms. SURNAME Given, Press Secretary:I …”) and leaves a translation notice out", () => {
    const text = [
      "Press Conference by Press Secretary MORI Hana",
      "This is a provisional translation for reference purpose only.",
      "Times Daily, Ito:What is your view of the new agreement?",
      "Ms. MORI Hana, Press Secretary:I welcome the agreement. We will study it closely.",
    ].join("\n\n");
    expect(read(text)).toEqual([
      ["Hana Mori", "I welcome the agreement."],
      ["Hana Mori", "We will study it closely."],
    ]);
  });

  it("reads “(Question by Media):” as the press and “The Rt. Honourable Name:” as the speaker", () => {
    const text = [
      "(Question by Media):",
      "Prime Minister, what will you do about the deficit?",
      "The Rt. Honourable Anna Belle:",
      "We will keep our promises to families. The budget stays balanced.",
    ].join("\n\n");
    expect(read(text)).toEqual([
      ["Anna Belle", "We will keep our promises to families."],
      ["Anna Belle", "The budget stays balanced."],
    ]);
  });

  it("gives a role label two people held on the date to the one the text names", () => {
    const text = [
      "Statement by Foreign Minister Petra Lind following the meeting in Oslo",
      "Question: Minister, what about the border?",
      "Minister of Foreign Affairs:",
      "We are ready to talk. The border stays open.",
    ].join("\n\n");
    expect(read(text)).toEqual([
      ["Petra Lind", "We are ready to talk."],
      ["Petra Lind", "The border stays open."],
    ]);
  });

  it("takes a line holding only a known name as her label, and the guest after “with” as a guest", () => {
    const text = [
      "PM press conference with Chancellor Otto Brenner: 19 June 2023",
      "Prime Minister Jane Holt held a press conference with Chancellor Otto Brenner after talks in London.",
      "Prime Minister Jane Holt",
      "I would like to welcome Chancellor Brenner to London. We agreed to deepen our cooperation on energy.",
    ].join("\n\n");
    expect(read(text)).toEqual([
      ["Jane Holt", "I would like to welcome Chancellor Brenner to London."],
      ["Jane Holt", "We agreed to deepen our cooperation on energy."],
    ]);
  });

  it("does not take a name line over a report of what that person said for a label", () => {
    const text = [
      "Statements of the week",
      "Greta Sand",
      "Sand told reporters that the plan was late.",
      "Press conference with Chancellor Otto Brenner",
    ].join("\n\n");
    const labelled = extractCandidates(text, { speakers: directory, defaultDate: "2023-06-19" }).candidates.filter(
      (c) => c.speaker?.via === "label" || c.speaker?.via === "heading",
    );
    expect(labelled).toEqual([]);
  });

  it("reads live coverage of a press conference (“Mrs Holt begins …, she says”) as an article, not her remarks", () => {
    const text = [
      "Jane Holt's press conference",
      "Follow the prime minister's press conference with our minute-by-minute report",
      'Mrs Holt begins with a tribute to the flood victims. "We grieve with every family," she says.',
      "She then turns to the budget.",
    ].join("\n\n");
    expect(read(text)).toEqual([["Jane Holt", "We grieve with every family"]]);
  });

  it("leaves a topic heading in title case inside a briefing out of the spokesperson's statements", () => {
    const text = [
      "Briefing by Foreign Ministry Spokesperson Vera Lind, Moscow, October 12, 2017",
      "Meeting between Foreign Minister Ivan Petrov and President of the Legislative Assembly Juan Ortega",
      "On October 13, the Foreign Minister will meet the President of the Assembly. We consider the country a promising partner.",
    ].join("\n\n");
    expect(read(text, "2017-10-12")).toEqual([
      ["Vera Lind", "On October 13, the Foreign Minister will meet the President of the Assembly."],
      ["Vera Lind", "We consider the country a promising partner."],
    ]);
  });

  it("treats a known person who only hands the floor on as the moderator: context, not statements", () => {
    const text = [
      "Vera Lind:",
      "Thank you. The first question goes to the gentleman in the front row.",
      "Ivo Marek, Daily Post:",
      "Thanks, Vera. Minister, will the talks resume?",
      "Petra Lind:",
      "We are ready to talk. The border stays open for trade and for families. Our offer remains on the table.",
      "Vera Lind:",
      "Good. And then a lady in a green coat, please.",
    ].join("\n\n");
    expect(read(text).map(([name]) => name)).toEqual(["Petra Lind", "Petra Lind", "Petra Lind"]);
  });

  it("reads a mayor's statement quoted over two paragraphs under a headline naming him as one quotation of his", () => {
    const text = [
      "Mayor Holt Issues Statement Following Council Vote",
      "“I am disappointed by the vote. We worked hard for a compromise.",
      "I was elected to manage this city, and we will do our best,” said Mayor Dan P. Holt.",
    ].join("\n\n");
    expect(read(text, "2013-05-30")).toEqual([
      [
        "Dan Holt",
        "I am disappointed by the vote. We worked hard for a compromise.\n\nI was elected to manage this city, and we will do our best",
      ],
    ]);
  });

  it("reads a role-only heading whose title several people held, by the organisation the text names", () => {
    const directory: SpeakerDirectory = [
      {
        id: 1,
        name: "Ilse Varga",
        aliases: [],
        roles: [{ title: "Secretary-General", organisation: "United Nations", startDate: "2010-01-01", endDate: null }],
      },
      {
        id: 2,
        name: "Per Holm",
        aliases: [],
        roles: [{ title: "Secretary General", organisation: "NATO", startDate: "2011-01-01", endDate: null }],
      },
    ];
    const text =
      "Geneva\n\nSecretary-General's press conference (full transcript)\n\nThe United Nations will not give up on the talks. We are ready.";
    const found = extractCandidates(text, { speakers: directory, defaultDate: "2015-03-02" }).candidates;
    expect(found.filter((c) => c.confidence >= PROPOSED_CONFIDENCE).map((c) => [c.speaker?.name, c.text])).toEqual([
      ["Ilse Varga", "The United Nations will not give up on the talks."],
      ["Ilse Varga", "We are ready."],
    ]);
  });

  it("does not read a briefing by a title's aide (“the Prime Minister's Spokesman”) as the holder's remarks", () => {
    const text = [
      "Morning press briefing",
      "Briefing from the British Prime Minister's Spokesman",
      "Trade",
      "The Prime Minister's Spokesman (PMS) said the talks would resume on Monday. Asked about tariffs, the PMS said that no decision had been taken.",
    ].join("\n\n");
    expect(proposed(text)).toEqual([]);
    expect(proposed(text.replace("Briefing from the British Prime Minister's Spokesman", "Remarks by the British Prime Minister"))).toEqual(
      [
        ["Keir Starmer", "The Prime Minister's Spokesman (PMS) said the talks would resume on Monday."],
        ["Keir Starmer", "Asked about tariffs, the PMS said that no decision had been taken."],
      ],
    );
  });

  it("reads a statement page whose body is a quotation in marks as a report, not the heading speaker's remarks", () => {
    const text = [
      "Prime Minister Starmer Statement on the Summit",
      "Tuesday, March 4, 2025",
      "LONDON—The Prime Minister released the following statement:",
      "“The summit was a success. We agreed a plan for the harbour and I thank every delegation.”",
    ].join("\n\n");
    expect(proposed(text)).toEqual([
      ["Keir Starmer", "The summit was a success. We agreed a plan for the harbour and I thank every delegation."],
    ]);
  });

  it("reads “Full text of the … President’s speech”, the organisation's fullest match deciding between titles", () => {
    const directory: SpeakerDirectory = [
      {
        id: 1,
        name: "Ada Brandt",
        aliases: [],
        roles: [{ title: "President", organisation: "European Commission", startDate: "2020-01-01", endDate: null }],
      },
      {
        id: 2,
        name: "Luis Moreno",
        aliases: [],
        roles: [{ title: "President", organisation: "European Council", startDate: "2020-01-01", endDate: null }],
      },
    ];
    const text =
      "Full text of the EU Commission President’s speech to the plenary.\n\nHonourable Members,\n\nWe meet every month in this House. Today we debate our budget.";
    const found = extractCandidates(text, { speakers: directory, defaultDate: "2025-01-02" }).candidates;
    expect(found.filter((c) => c.confidence >= PROPOSED_CONFIDENCE).map((c) => [c.speaker?.name, c.text])).toEqual([
      ["Ada Brandt", "We meet every month in this House."],
      ["Ada Brandt", "Today we debate our budget."],
    ]);
  });

  it("gives a statement under “X responds to Y’s decision” to X, and skips the title the page repeats", () => {
    const text = [
      "Statements April 2, 2025: Former Prime Minister Keir Starmer responds to Mark Rutte’s decision on the summit",
      "Former Prime Minister Keir Starmer responds to Mark Rutte’s decision on the summit",
      "This decision is a mistake. We built that summit together.",
    ].join("\n\n");
    const quotes = extractCandidates(text, { speakers, defaultDate: "2025-04-02" }).candidates.filter(
      (c) => c.kind === "QUOTE" && c.confidence >= PROPOSED_CONFIDENCE,
    );
    expect(quotes.map((c) => [c.speaker?.name, c.text])).toEqual([
      ["Keir Starmer", "This decision is a mistake."],
      ["Keir Starmer", "We built that summit together."],
    ]);
  });

  it("reads “Name: “…”” over one quotation as an article's caption, not a turn label", () => {
    const text = [
      "Notes from the press conference",
      'Mark Rutte: "the alliance is stronger than ever."',
      'Keir Starmer : "we stand together with our allies."',
      "The reporter asked Mark Rutte about the summit.",
      '"It was a good day," Keir Starmer said.',
    ].join("\n\n");
    const quotes = extractCandidates(text, { speakers, defaultDate: "2025-04-02" }).candidates.filter(
      (c) => c.kind === "QUOTE" && c.confidence >= PROPOSED_CONFIDENCE,
    );
    expect(quotes.map((c) => [c.speaker?.name, c.text])).toEqual([
      ["Mark Rutte", "the alliance is stronger than ever."],
      ["Keir Starmer", "we stand together with our allies."],
      ["Keir Starmer", "It was a good day"],
    ]);
  });

  it("takes a known presenter who asks in half her turns, opposite a known guest who never asks, as the interviewer", () => {
    const directory: SpeakerDirectory = [
      { id: 1, name: "Rosa Lind", aliases: [] },
      { id: 2, name: "Omar Haddad", aliases: [] },
    ];
    const text = [
      "We spoke to the minister Omar Haddad after his speech.",
      "Omar Haddad: We inherited a difficult budget. We will fix it.",
      "Rosa Lind: It sounded like an old speech. The cuts stay.",
      "Omar Haddad: The cuts are part of what we inherited.",
      "Rosa Lind: Will you lose the vote next week?",
      "Omar Haddad: We will win it.",
    ].join("\n\n");
    const found = extractCandidates(text, { speakers: directory, defaultDate: "2024-09-24" }).candidates;
    const proposedNames = new Set(found.filter((c) => c.confidence >= PROPOSED_CONFIDENCE).map((c) => c.speaker?.name));
    expect([...proposedNames]).toEqual(["Omar Haddad"]);
  });
  it("reads a live blog's time stamps (“2:14 ET:”) as times, not turn labels of a speaker called “ET”", () => {
    const text = [
      "Live: the Prime Minister's press conference",
      "2:20 ET: That's the end of the press conference.",
      '2:16 ET: Asked about the budget, Starmer says, "We will not raise taxes on working people."',
      '2:14 ET: "The first job of any government is to keep the country safe."',
    ].join("\n");
    const found = proposed(text);
    expect(found.map(([speaker]) => speaker)).not.toContain("Et");
    expect(found).not.toContainEqual([expect.anything(), "That's the end of the press conference."]);
    expect(found).toContainEqual(["Keir Starmer", "We will not raise taxes on working people."]);
  });

  it("reads a label shared by two people of the directory as the one the text names in full (“HART:”, “Foreign Minister:”)", () => {
    const directory: SpeakerDirectory = [
      { id: 1, name: "Allison Hart", aliases: ["Hart"] },
      { id: 2, name: "Gary Hart", aliases: ["Hart"] },
      {
        id: 3,
        name: "Anna Kowalski",
        aliases: ["Kowalski"],
        roles: [{ title: "Foreign Minister", organisation: "Poland", startDate: "2020-01-01", endDate: null }],
      },
      {
        id: 4,
        name: "Omar Haddad",
        aliases: ["Haddad"],
        roles: [{ title: "Foreign Minister", organisation: "Jordan", startDate: "2020-01-01", endDate: null }],
      },
    ];
    const run = (text: string) =>
      extractCandidates(text, { speakers: directory, defaultDate: "2024-09-24" })
        .candidates.filter((c) => c.confidence >= PROPOSED_CONFIDENCE)
        .map((c) => [c.speaker?.name ?? null, c.text]);
    const briefing = [
      "The spokesperson, Allison Hart, answered questions in Brussels.",
      "HART: Good afternoon. We will publish the figures tomorrow.",
      "QUESTION: Thank you. When will the summit open?",
    ].join("\n\n");
    expect(run(briefing)).toContainEqual(["Allison Hart", "We will publish the figures tomorrow."]);
    const statement = [
      "Foreign Minister Anna Kowalski's statement to journalists in Amman",
      "We signed two agreements today.",
      "Question: Minister, your Jordanian counterpart, Mr. Haddad, criticised the plan today. What is your answer?",
      "Foreign Minister:",
      "I understand his concern, and we will keep talking.",
    ].join("\n");
    expect(run(statement)).toContainEqual(["Anna Kowalski", "I understand his concern, and we will keep talking."]);
  });
});
