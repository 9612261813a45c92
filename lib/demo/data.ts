// Demo data set: dated public statements by NATO Secretary General Mark Rutte and the people
// around him, taken from five unattributed news reports and NATO's official transcripts. Quotes
// are verbatim as printed in the reports (surrounding quotation marks and
// trailing attribution commas removed); paraphrases are written in our own words.
import type { DemoDataSet } from "./types";

export const demoData: DemoDataSet = {
  people: [
    {
      slug: "mark-rutte",
      name: "Mark Rutte",
      description:
        "Dutch politician. Led four Dutch governments as prime minister before becoming NATO's Secretary General in October 2024.",
      aliases: [
        "Rutte",
        "Mark Rutte",
        "the Secretary General",
        "NATO Secretary General",
        "NATO Secretary-General",
        "NATO chief",
        "Secretary General Rutte",
        "Secretary-General Mark Rutte",
      ],
      roles: [
        {
          title: "Prime Minister of the Netherlands",
          organisation: "Government of the Netherlands",
          startDate: "2010-10-14",
          endDate: "2024-07-02",
        },
        {
          title: "Secretary General",
          organisation: "NATO",
          startDate: "2024-10-01",
          endDate: null,
        },
      ],
    },
    {
      slug: "emmanuel-macron",
      name: "Emmanuel Macron",
      description: "French politician, President of the French Republic since May 2017.",
      aliases: ["Macron", "President Macron", "French President Emmanuel Macron"],
      roles: [
        {
          title: "President of France",
          organisation: "French Republic",
          startDate: "2017-05-14",
          endDate: null,
        },
      ],
    },
    {
      slug: "donald-tusk",
      name: "Donald Tusk",
      description:
        "Polish politician. Prime Minister of Poland again since December 2023; earlier prime minister and President of the European Council.",
      aliases: ["Tusk", "PM Donald Tusk", "Polish Prime Minister Donald Tusk", "Prime Minister Tusk"],
      roles: [
        {
          title: "Prime Minister of Poland",
          organisation: "Government of Poland",
          startDate: "2007-11-16",
          endDate: "2014-09-22",
        },
        {
          title: "President of the European Council",
          organisation: "European Union",
          startDate: "2014-12-01",
          endDate: "2019-11-30",
        },
        {
          title: "Prime Minister of Poland",
          organisation: "Government of Poland",
          startDate: "2023-12-13",
          endDate: null,
        },
      ],
    },
    {
      slug: "donald-trump",
      name: "Donald Trump",
      description:
        "American businessman and politician; President of the United States in two non-consecutive terms.",
      aliases: ["Trump", "President Trump", "President Donald Trump", "former President Donald Trump"],
      roles: [
        {
          title: "President of the United States",
          organisation: "United States of America",
          startDate: "2017-01-20",
          endDate: "2021-01-20",
        },
        {
          title: "President of the United States",
          organisation: "United States of America",
          startDate: "2025-01-20",
          endDate: null,
        },
      ],
    },
    {
      slug: "kaja-kallas",
      name: "Kaja Kallas",
      description:
        "Estonian politician. Former Prime Minister of Estonia; the EU's foreign policy chief since December 2024.",
      aliases: ["Kallas", "Kaja Kallas", "High Representative Kallas"],
      roles: [
        {
          title: "Prime Minister of Estonia",
          organisation: "Government of Estonia",
          startDate: "2021-01-26",
          endDate: "2024-07-23",
        },
        {
          title: "High Representative for Foreign Affairs and Security Policy",
          organisation: "European Union",
          startDate: "2024-12-01",
          endDate: null,
        },
      ],
    },
    {
      slug: "vladimir-putin",
      name: "Vladimir Putin",
      description:
        "Russian politician; President of Russia, who ordered the full-scale invasion of Ukraine in February 2022.",
      aliases: [
        "Putin",
        "President Putin",
        "Vladimir Vladimirovich Putin",
        "Russian President Vladimir Putin",
      ],
      roles: [
        {
          title: "President of Russia",
          organisation: "Russian Federation",
          startDate: "2000-05-07",
          endDate: "2008-05-07",
        },
        {
          title: "Prime Minister of Russia",
          organisation: "Russian Federation",
          startDate: "2008-05-08",
          endDate: "2012-05-07",
        },
        {
          title: "President of Russia",
          organisation: "Russian Federation",
          startDate: "2012-05-07",
          endDate: null,
        },
      ],
    },
    {
      slug: "volodymyr-zelenskyy",
      name: "Volodymyr Zelenskyy",
      description: "Ukrainian politician, President of Ukraine since May 2019, leading the country during Russia's invasion.",
      aliases: ["Zelenskyy", "Zelensky", "President Zelenskyy", "Volodymyr Zelensky"],
      roles: [
        {
          title: "President of Ukraine",
          organisation: "Ukraine",
          startDate: "2019-05-20",
          endDate: null,
        },
      ],
    },
  ],

  topics: [
    {
      slug: "military-aid-to-ukraine",
      name: "Military aid to Ukraine",
      description: "Weapons, ammunition, training and funding that allies provide to Ukraine's armed forces.",
      proposition: "Allies should keep up and increase military support to Ukraine.",
    },
    {
      slug: "russia-as-threat",
      name: "Russia as a threat",
      description: "How serious and lasting a danger Russia poses to NATO members and European security.",
      proposition: "Russia poses a serious, long-term threat to NATO and Europe.",
    },
    {
      slug: "defence-spending",
      name: "Defence spending",
      description: "The level of allies' defence budgets, including NATO spending targets expressed as a share of GDP.",
      proposition: "NATO allies should spend more on defence.",
    },
    {
      slug: "russian-nuclear-rhetoric",
      name: "Russian nuclear rhetoric",
      description: "Whether Moscow's nuclear threats signal a real risk that nuclear weapons will be used.",
      proposition: "Russia's nuclear rhetoric signals an imminent risk of nuclear weapons use.",
    },
    {
      slug: "air-and-missile-defence",
      name: "Air and missile defence",
      description: "Systems such as Patriot that protect against aircraft, drones and missiles, for allies and for Ukraine.",
      proposition: "Air and missile defence for NATO and Ukraine must be substantially strengthened.",
    },
    {
      slug: "sanctions-on-russia",
      name: "Sanctions on Russia",
      description: "Economic pressure on Russia and on countries that trade with it, including secondary sanctions and tariffs.",
      proposition: "Economic pressure, including sanctions on Russia and its trading partners, should be used to push Russia to end the war.",
    },
    {
      slug: "ukraine-peace-negotiations",
      name: "Ukraine peace negotiations",
      description: "Talks aimed at ending Russia's war against Ukraine, and the conditions under which they take place.",
      proposition: "A negotiated settlement should be actively pursued to end Russia's war against Ukraine.",
    },
    {
      slug: "nato-role-in-peace-talks",
      name: "NATO's role in peace talks",
      description: "Whether NATO and its Secretary General should take part directly in negotiations on Ukraine.",
      proposition: "NATO's Secretary General should play a direct part in Ukraine peace negotiations.",
    },
    {
      slug: "collective-defence",
      name: "Collective defence and deterrence",
      description: "NATO's mutual defence commitment and the posture meant to deter an attack on any ally.",
      proposition: "NATO will defend every ally with full force if it is attacked.",
    },
    {
      slug: "indo-pacific-partnerships",
      name: "Indo-Pacific partnerships",
      description: "NATO's cooperation with partners beyond Europe, notably in the Indo-Pacific, and its view of China.",
      proposition: "NATO should deepen its partnerships beyond Europe, especially in the Indo-Pacific.",
    },
    {
      slug: "transatlantic-unity",
      name: "Transatlantic unity and US commitment",
      description: "The cohesion of North American and European allies, and the United States' commitment to the alliance.",
      proposition: "The United States and its European and Canadian allies should act together on security and Ukraine.",
    },
    {
      slug: "ukraine-nato-membership",
      name: "Ukraine's NATO membership",
      description: "Ukraine's prospective accession to the alliance and the commitments made about it.",
      proposition: "Ukraine should become a member of NATO.",
    },
    {
      slug: "european-security",
      name: "European security and NATO–EU cooperation",
      description: "How Europe organises its own defence and how NATO and the EU divide and coordinate their roles.",
      proposition: "European countries should take greater responsibility for their own security, working alongside NATO.",
    },
  ],

  sources: [
    {
      key: "seed-000",
      url: null,
      title: "Analysis of Rutte's first remarks as NATO Secretary General: nuclear rhetoric, Ukraine support and priorities",
      outlet: "Unattributed news article",
      kind: "NEWS_ARTICLE",
      publishedOn: null,
      notes:
        "No dateline, URL or outlet. Opinion-style analysis with no direct quotes; all of Rutte's statements are paraphrased. The occasion, his first press conference (2024-10-01), is dated from contemporary news reports.",
    },
    {
      key: "seed-001",
      url: null,
      title: "Report on Rutte and Macron's joint press statements in Paris on support for Ukraine",
      outlet: "Unattributed news article",
      kind: "NEWS_ARTICLE",
      publishedOn: null,
      notes:
        "No dateline, URL or outlet. Quotes Rutte three times and Macron once; one quote contains the editorial insertion \"[France]\". The occasion (2024-11-12) is dated from NATO's official transcript.",
    },
    {
      key: "seed-002",
      url: null,
      title: "Report on Rutte's warning to Russia during his Warsaw visit with Donald Tusk",
      outlet: "Unattributed news article",
      kind: "NEWS_ARTICLE",
      publishedOn: null,
      notes:
        "No dateline, URL or outlet. Two long Rutte quotes. Its wording \"dark threat\" differs from NATO's transcript (\"direct threat\"). The occasion (2025-03-26) is dated from NATO's official transcript.",
    },
    {
      key: "seed-003",
      url: null,
      title: "Summary and Q&A on Rutte's positions on Ukraine, air defence, sanctions and spending in mid-2025",
      outlet: "Unattributed news article",
      kind: "NEWS_ARTICLE",
      publishedOn: null,
      notes:
        "No dateline, URL or outlet. No quotes: a summary paragraph followed by question-and-answer pairs that mix several mid-2025 events. The identifiable events (2025-06-09, 2025-07-14, 2025-08-01) are dated from NATO's records and dated news reports; the rest are estimated.",
    },
    {
      key: "seed-004",
      url: null,
      title: "Report on Rutte's video remarks about his role, and Kaja Kallas's, in Ukraine peace talks",
      outlet: "Unattributed news article",
      kind: "NEWS_ARTICLE",
      publishedOn: null,
      notes:
        "No dateline, URL or outlet. Wrongly calls Kaja Kallas \"Estonian Prime Minister\" (she was EU High Representative by then). The video remarks have not been traced to a date.",
    },
    {
      key: "nato-2024-11-12-paris",
      url: "https://www.nato.int/cps/en/natohq/opinions_230362.htm",
      title: "Press statements by NATO Secretary General Mark Rutte and President Emmanuel Macron, Paris — official transcript",
      outlet: "NATO",
      kind: "OFFICIAL_TRANSCRIPT",
      publishedOn: "2024-11-12",
      notes:
        "NATO's official record of the Élysée Palace press statements, also reported in an unattributed news article. Publication date taken as the day of the event.",
    },
    {
      key: "nato-2025-03-26-warsaw",
      url: "https://www.nato.int/cps/en/natohq/opinions_233922.htm",
      title: "Joint press conference by NATO Secretary General Mark Rutte and Prime Minister Donald Tusk, Warsaw — official transcript",
      outlet: "NATO",
      kind: "OFFICIAL_TRANSCRIPT",
      publishedOn: "2025-03-26",
      notes:
        "NATO's official record of the Warsaw press conference, also reported in an unattributed news article. It reads \"the most significant and direct threat\" where the article has \"dark\". Publication date taken as the day of the event.",
    },
    {
      key: "nato-2025-06-09-chatham-house",
      url: "https://www.nato.int/cps/en/natohq/opinions_235867.htm",
      title: "\"Building a better NATO\": speech by Secretary General Mark Rutte at Chatham House, London — official transcript",
      outlet: "NATO",
      kind: "OFFICIAL_TRANSCRIPT",
      publishedOn: "2025-06-09",
      notes:
        "NATO's as-delivered text of the Chatham House speech in which Rutte called for a 400% increase in air and missile defence (summarised in an unattributed news article). Publication date taken as the day of the speech.",
    },
    {
      key: "politico-2024-10-01",
      url: "https://www.politico.eu/article/mark-rutte-mr-nice-guy-nato-eu-ukraine-donald-trump-vladimir-putin/",
      title: "POLITICO Europe report on Rutte's first day and press conference as NATO Secretary General",
      outlet: "POLITICO Europe",
      kind: "NEWS_ARTICLE",
      publishedOn: "2024-10-01",
      notes:
        "Dated news report on the 2024-10-01 press conference. Used only for Rutte's remark on Dutch defence spending against NATO's 2% of GDP guideline.",
    },
  ],

  events: [
    {
      key: "nato-hq-2024-10-01",
      name: "Mark Rutte's first press conference as NATO Secretary General",
      kind: "PRESS_CONFERENCE",
      location: "NATO Headquarters, Brussels, Belgium",
      date: "2024-10-01",
    },
    {
      key: "elysee-2024-11-12",
      name: "Press statements by Mark Rutte and President Emmanuel Macron",
      kind: "PRESS_CONFERENCE",
      location: "Élysée Palace, Paris, France",
      date: "2024-11-12",
    },
    {
      key: "warsaw-2025-03-26",
      name: "Joint press conference of Mark Rutte and Prime Minister Donald Tusk",
      kind: "PRESS_CONFERENCE",
      location: "Warsaw, Poland",
      date: "2025-03-26",
    },
    {
      key: "chatham-house-2025-06-09",
      name: "Speech by Mark Rutte at Chatham House",
      kind: "SPEECH",
      location: "Chatham House, London, United Kingdom",
      date: "2025-06-09",
    },
    {
      key: "white-house-2025-07-14",
      name: "Meeting of Mark Rutte with President Donald Trump",
      kind: "MEETING",
      location: "White House, Washington, D.C., United States",
      date: "2025-07-14",
    },
    {
      key: "patriot-announcement-2025-08-01",
      name: "Rutte welcomes Germany's two additional Patriot systems for Ukraine",
      kind: "OTHER",
      location: "",
      date: "2025-08-01",
    },
    {
      key: "video-remarks-undated",
      name: "Video remarks by Mark Rutte on his role in Ukraine peace talks",
      kind: "VIDEO_ADDRESS",
      location: "",
      date: null,
    },
  ],

  statements: [
    // ---------------------------------------------------------------------------------------
    // First press conference as Secretary General, NATO HQ, 2024-10-01 (paraphrase only)
    // ---------------------------------------------------------------------------------------
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte said he sees no imminent threat that Russia will use nuclear weapons, despite troubling nuclear rhetoric from the Kremlin.",
      context:
        "First press conference on the day he took office as NATO Secretary General. The only report of it is a paraphrase.",
      sources: [{ source: "seed-000" }],
      topics: [
        { topic: "russian-nuclear-rhetoric", stance: "AGAINST", hedging: "HEDGED" },
        { topic: "russia-as-threat", stance: "MIXED" },
      ],
      claims: [
        {
          text: "There is no imminent threat of Russia using nuclear weapons.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
          note: "An assessment by the Secretary General; not independently checkable from the article.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte urged NATO allies to keep supplying weapons to Ukraine.",
      context: "First press conference as Secretary General, NATO Headquarters.",
      sources: [{ source: "seed-000" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR", hedging: "COMMITTED" }],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte argued that supporting Ukraine militarily costs allies far less than they would pay if Putin were allowed to get his way in Ukraine.",
      context: "First press conference as Secretary General; framed as an economic argument for continued aid.",
      sources: [{ source: "seed-000" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "russia-as-threat", stance: "FOR" },
      ],
      claims: [
        {
          text: "The cost of supporting Ukraine is far lower than the cost of allowing Putin to win.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
          note: "A comparative cost argument; no figures given in the article.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte acknowledged that Ukraine's forces face a difficult battlefield situation, but said Russia's gains have been limited and have come at a high cost.",
      context: "First press conference as Secretary General, NATO Headquarters.",
      sources: [{ source: "seed-000" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "FOR" },
        { topic: "russia-as-threat", stance: "MIXED" },
      ],
      claims: [
        {
          text: "Russia's battlefield gains in Ukraine have been limited and costly.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte cited estimates that Russia is suffering about 1,000 casualties a day in Ukraine.",
      context: "First press conference as Secretary General; the figure was given as an estimate.",
      sources: [{ source: "seed-000" }],
      topics: [{ topic: "russia-as-threat", stance: "NOT_STATED" }],
      claims: [
        {
          text: "Russia suffers about 1,000 casualties (killed or wounded) per day in Ukraine.",
          kind: "NUMERIC",
          value: 1000,
          unit: "casualties per day",
          status: "UNVERIFIED",
          note: "Quoted as an estimate; its origin is not given in the article.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte set out the priorities for his term: stronger allied capabilities for deterrence and defence, continued support for Ukraine, and closer ties with partners outside Europe, the Indo-Pacific above all.",
      context: "First press conference as Secretary General, presenting his agenda for the term.",
      sources: [{ source: "seed-000" }],
      topics: [
        { topic: "indo-pacific-partnerships", stance: "FOR", hedging: "COMMITTED" },
        { topic: "collective-defence", stance: "FOR" },
        { topic: "military-aid-to-ukraine", stance: "FOR" },
      ],
      claims: [
        {
          text: "Building partnerships beyond Europe, especially in the Indo-Pacific, will be a priority of Rutte's term.",
          kind: "COMMITMENT",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "PARAPHRASE",
      text: "Rutte credited Donald Trump with pushing allies to spend more on defence and said allied spending is now higher than it was when that push began.",
      context:
        "Answer to a question about Donald Trump, then a candidate in the US presidential election, at the first press conference.",
      sources: [{ source: "seed-000" }],
      topics: [
        { topic: "defence-spending", stance: "FOR" },
        { topic: "transatlantic-unity", stance: "FOR" },
      ],
      claims: [
        {
          text: "NATO allies now spend more on defence than before Trump's first-term pressure on spending.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2024-10-01",
      datePrecision: "DAY",
      event: "nato-hq-2024-10-01",
      kind: "QUOTE",
      text: "Obviously you have a point here, that we should have done this earlier",
      context:
        "Asked at his first press conference about the Netherlands' defence spending during his years as prime minister, which reached NATO's 2% of GDP guideline late. Reported by POLITICO Europe.",
      sources: [{ source: "politico-2024-10-01" }],
      topics: [{ topic: "defence-spending", stance: "FOR" }],
      claims: [
        {
          text: "The Netherlands should have reached NATO's 2% of GDP defence spending guideline earlier than it did.",
          kind: "NUMERIC",
          value: 2,
          unit: "% of GDP",
          status: "UNVERIFIED",
          note: "POLITICO reports the Netherlands did not meet the 2% guideline until 2024.",
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // Press statements with Emmanuel Macron, Élysée Palace, Paris, 2024-11-12
    // ---------------------------------------------------------------------------------------
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "QUOTE",
      text: "We must recommit to stay the course of the war and we must do more than just keep Ukraine in the fight",
      context: "Joint press statements with President Macron at the Élysée Palace, during Rutte's first weeks in office.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR", hedging: "COMMITTED" }],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "PARAPHRASE",
      text: "Rutte said allies should go beyond sustaining Ukraine's defence, aiming to shift the war's trajectory and to raise the costs for Putin and the authoritarian states backing him.",
      context: "Joint press statements with President Macron in Paris.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "russia-as-threat", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "emmanuel-macron",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "QUOTE",
      text: "It is the only way toward negotiations",
      context:
        "Macron, speaking alongside Rutte at the Élysée Palace, referring to sustained support for Ukraine as the path to eventual negotiations.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "FOR", hedging: "COMMITTED" },
        { topic: "ukraine-peace-negotiations", stance: "FOR", hedging: "CONDITIONAL" },
      ],
      claims: [],
    },
    {
      speaker: "emmanuel-macron",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "PARAPHRASE",
      text: "Macron said support for Ukraine must be maintained until Ukraine prevails, presenting this as the precondition for any negotiations.",
      context: "Joint press statements with Rutte in Paris.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "ukraine-peace-negotiations", stance: "MIXED", hedging: "CONDITIONAL" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "QUOTE",
      text: "You [France] were among the first countries to train and equip entire Ukrainian brigades.",
      context:
        "Addressed to President Macron; the bracketed \"[France]\" is an editorial insertion in the article.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "FOR" }],
      claims: [
        {
          text: "France was among the first countries to train and equip entire Ukrainian brigades.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
          note: "Can be checked against NATO's transcript of the Paris press statements.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "PARAPHRASE",
      text: "Rutte thanked France for its substantial military deliveries to Ukraine, including artillery and armoured vehicles.",
      context: "Joint press statements with President Macron in Paris.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "FOR" }],
      claims: [
        {
          text: "France has supplied Ukraine with artillery and armoured vehicles.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "QUOTE",
      text: "Every day, Ukrainians are killed and wounded by the deadly Shahed drones.",
      context: "Paris press statements; Rutte was describing the support Russia receives from partners such as Iran.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [
        { topic: "russia-as-threat", stance: "FOR" },
        { topic: "air-and-missile-defence", stance: "FOR" },
      ],
      claims: [
        {
          text: "Iranian-designed Shahed drones kill and wound Ukrainians every day.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "PARAPHRASE",
      text: "Rutte warned that Russia is getting military help from North Korea, Iran and China, and said this cooperation should worry allies in Europe and beyond.",
      context: "Paris press statements with President Macron, shortly after reports of North Korean troops deploying for Russia.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [
        { topic: "russia-as-threat", stance: "STRONGLY_FOR" },
        { topic: "indo-pacific-partnerships", stance: "FOR" },
      ],
      claims: [
        {
          text: "North Korea is sending troops and Iran is supplying drones to support Russia's war against Ukraine.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-11-12",
      dateEnd: "2024-11-12",
      datePrecision: "DAY",
      event: "elysee-2024-11-12",
      kind: "PARAPHRASE",
      text: "Rutte pointed to the hard winter ahead for Ukraine and said it made stepping up military aid more urgent.",
      context: "Paris press statements with President Macron, ahead of winter 2024–25.",
      sources: [{ source: "seed-001" }, { source: "nato-2024-11-12-paris" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR" }],
      claims: [],
    },

    // ---------------------------------------------------------------------------------------
    // Joint press conference with Donald Tusk, Warsaw, 2025-03-26
    // ---------------------------------------------------------------------------------------
    {
      speaker: "mark-rutte",
      dateStart: "2025-03-26",
      dateEnd: "2025-03-26",
      datePrecision: "DAY",
      event: "warsaw-2025-03-26",
      kind: "QUOTE",
      text: "Let’s not forget that Russia is and is remaining the most significant and dark threat to our alliance. Let’s not forget that Russia is moving into a wartime economy, and that will have a huge impact on their capacity and capability to build their armed forces",
      context:
        "Joint press conference with Prime Minister Tusk in Warsaw. Quoted as printed in the article; NATO's official transcript has \"direct\" instead of \"dark\" (\"the most significant and direct threat\").",
      sources: [{ source: "seed-002" }, { source: "nato-2025-03-26-warsaw" }],
      topics: [
        { topic: "russia-as-threat", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "collective-defence", stance: "FOR" },
      ],
      claims: [
        {
          text: "Russia is moving into a wartime economy.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
        {
          text: "Russia's shift to a wartime economy will greatly increase its capacity to build up its armed forces.",
          kind: "PREDICTION",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-03-26",
      dateEnd: "2025-03-26",
      datePrecision: "DAY",
      event: "warsaw-2025-03-26",
      kind: "QUOTE",
      text: "If anyone were to miscalculate and think they can get away with an attack on Poland or on any other ally, they will be met with the full force of this fierce alliance. Our reaction will be devastating. This has to be very clear to Vladimir Vladimirovich Putin and anyone else who wants to attack us",
      context:
        "Joint press conference with Prime Minister Tusk in Warsaw, amid eastern allies' worries about US–Russia talks on Ukraine.",
      sources: [{ source: "seed-002" }, { source: "nato-2025-03-26-warsaw" }],
      topics: [
        { topic: "collective-defence", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "russia-as-threat", stance: "FOR" },
      ],
      claims: [
        {
          text: "An attack on Poland or any other ally would be met with the full force of NATO.",
          kind: "COMMITMENT",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-03-26",
      dateEnd: "2025-03-26",
      datePrecision: "DAY",
      event: "warsaw-2025-03-26",
      kind: "PARAPHRASE",
      text: "Rutte reaffirmed, standing next to Prime Minister Tusk, that NATO is committed to defending Poland and that Putin should not believe the alliance would tolerate an attack on any member.",
      context: "Warsaw visit; the article summarises this as a warning of a \"devastating\" response.",
      sources: [{ source: "seed-002" }, { source: "nato-2025-03-26-warsaw" }],
      topics: [{ topic: "collective-defence", stance: "STRONGLY_FOR", hedging: "COMMITTED" }],
      claims: [],
    },
    {
      speaker: "donald-tusk",
      dateStart: "2025-03-26",
      dateEnd: "2025-03-26",
      datePrecision: "DAY",
      event: "warsaw-2025-03-26",
      kind: "PARAPHRASE",
      text: "Tusk said Poland and Europe must be ready for whatever outcome the US–Russia talks on the war in Ukraine produce.",
      context: "Joint press conference with Rutte in Warsaw, while US-led talks with Russia on Ukraine were under way.",
      sources: [{ source: "seed-002" }, { source: "nato-2025-03-26-warsaw" }],
      topics: [
        { topic: "european-security", stance: "FOR", hedging: "COMMITTED" },
        { topic: "ukraine-peace-negotiations", stance: "NOT_STATED" },
        { topic: "transatlantic-unity", stance: "MIXED" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2024-10-01",
      dateEnd: "2025-03-25",
      datePrecision: "APPROXIMATE",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte warned that Russia could pose a military threat to Europe by the end of the decade, citing Moscow's switch to a wartime economy as a sign of a growing build-up.",
      context:
        "The Warsaw article says Rutte made this point \"earlier\", without saying when. Dated as an interval from the start of his term as Secretary General to the day before the Warsaw press conference; an estimate, not a traced date.",
      sources: [{ source: "seed-002" }],
      topics: [
        { topic: "russia-as-threat", stance: "STRONGLY_FOR", hedging: "HEDGED" },
        { topic: "defence-spending", stance: "FOR" },
      ],
      claims: [
        {
          text: "Russia could be a military threat to Europe by the end of the decade.",
          kind: "PREDICTION",
          status: "UNVERIFIED",
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // Several events of mid-2025 (summary + Q&A, paraphrase only)
    // ---------------------------------------------------------------------------------------
    {
      speaker: "mark-rutte",
      dateStart: "2025-06-09",
      dateEnd: "2025-06-09",
      datePrecision: "DAY",
      event: "chatham-house-2025-06-09",
      kind: "PARAPHRASE",
      text: "Rutte called for a 400% increase in NATO's air and missile defence to counter the threat from Russia.",
      context: "Speech at Chatham House in London, two weeks before the NATO summit in The Hague.",
      sources: [{ source: "seed-003" }, { source: "nato-2025-06-09-chatham-house" }],
      topics: [
        { topic: "air-and-missile-defence", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "russia-as-threat", stance: "FOR" },
        { topic: "defence-spending", stance: "FOR" },
      ],
      claims: [
        {
          text: "NATO needs a 400% increase in air and missile defence.",
          kind: "NUMERIC",
          value: 400,
          unit: "%",
          status: "SUPPORTED",
          note: "The call itself is confirmed: he made it in the Chatham House speech of 2025-06-09, for which NATO publishes the official text. Whether 400% is the right level is a judgement, not a fact.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-06-09",
      dateEnd: "2025-06-09",
      datePrecision: "DAY",
      event: "chatham-house-2025-06-09",
      kind: "PARAPHRASE",
      text: "Rutte proposed that allies commit to investing 5% of GDP in defence, made up of 3.5% for core military needs and 1.5% for wider defence-related spending, and said he expected agreement at The Hague summit.",
      context:
        "Chatham House speech; taken from NATO's text of the speech and contemporary reports.",
      sources: [{ source: "nato-2025-06-09-chatham-house" }],
      topics: [{ topic: "defence-spending", stance: "STRONGLY_FOR", hedging: "COMMITTED" }],
      claims: [
        {
          text: "Allies should invest 5% of GDP in defence in total.",
          kind: "NUMERIC",
          value: 5,
          unit: "% of GDP",
          status: "UNVERIFIED",
          note: "A proposed target; allies later adopted a 5% commitment at The Hague summit (24–25 June 2025), per contemporary reports.",
        },
        {
          text: "Allies should spend 3.5% of GDP on core defence requirements.",
          kind: "NUMERIC",
          value: 3.5,
          unit: "% of GDP",
          status: "UNVERIFIED",
        },
        {
          text: "Allies should spend a further 1.5% of GDP on defence-related investment such as infrastructure and resilience.",
          kind: "NUMERIC",
          value: 1.5,
          unit: "% of GDP",
          status: "UNVERIFIED",
        },
        {
          text: "Allies will agree to a major increase in defence spending at The Hague summit.",
          kind: "PREDICTION",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-06-01",
      dateEnd: "2025-06-30",
      datePrecision: "MONTH",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte urged all NATO countries to raise defence spending substantially, arguing that higher readiness and better technology are needed to answer Russia's military build-up.",
      context:
        "The report summarises this without a date. Recorded as June 2025, the month of the Chatham House speech and The Hague summit, when his spending campaign peaked; an estimate.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "defence-spending", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "russia-as-threat", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-07-14",
      dateEnd: "2025-07-14",
      datePrecision: "DAY",
      event: "white-house-2025-07-14",
      kind: "PARAPHRASE",
      text: "Meeting President Trump at the White House, Rutte discussed large-scale military aid for Ukraine and a joint US–European approach to sanctions intended to push Russia towards peace.",
      context: "White House meeting with President Trump; the report describes the topics of the discussion rather than quoting it.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR" },
        { topic: "sanctions-on-russia", stance: "FOR" },
        { topic: "transatlantic-unity", stance: "STRONGLY_FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-07-01",
      dateEnd: "2025-07-31",
      datePrecision: "MONTH",
      event: null,
      kind: "PARAPHRASE",
      text: "In talks with Ukrainian officials, Rutte stressed that buying US weapons is important for keeping Ukraine's defence going.",
      context:
        "Weapons for Ukraine were discussed at the White House meeting of 14 July 2025, but the report places this remark in separate talks with Ukrainian officials whose date it does not give. Recorded as July 2025; an estimate.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR" },
        { topic: "transatlantic-unity", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-07-14",
      dateEnd: "2025-07-15",
      datePrecision: "RANGE",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte warned that US secondary sanctions could hit countries such as Brazil, China and India hard if they keep trading with Russia while Moscow refuses to negotiate seriously.",
      context:
        "Said during Rutte's Washington visit. Secondary sanctions were threatened at the White House meeting of 14 July 2025; dated reports place the Brazil–China–India warning on 15 July, to reporters on Capitol Hill. Recorded as a range covering both days.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "sanctions-on-russia", stance: "STRONGLY_FOR", hedging: "CONDITIONAL" },
        { topic: "ukraine-peace-negotiations", stance: "FOR" },
      ],
      claims: [
        {
          text: "US secondary sanctions could hit Brazil, China and India hard if Russia does not negotiate peace.",
          kind: "PREDICTION",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-07-14",
      dateEnd: "2025-07-15",
      datePrecision: "RANGE",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte called on Russia to engage seriously in peace negotiations, backed international pressure including possible US tariffs and sanctions to that end, and said allies must keep supporting Ukraine until a just peace that lasts has been achieved.",
      context:
        "The report ties this to the pressure on Russia announced during Rutte's Washington visit (White House meeting on 14 July 2025 and Capitol Hill remarks on 15 July); recorded as a range covering both days.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "ukraine-peace-negotiations", stance: "FOR", hedging: "CONDITIONAL" },
        { topic: "sanctions-on-russia", stance: "FOR" },
        { topic: "military-aid-to-ukraine", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-08-01",
      dateEnd: "2025-08-01",
      datePrecision: "DAY",
      event: "patriot-announcement-2025-08-01",
      kind: "PARAPHRASE",
      text: "Rutte welcomed Germany's decision to send Ukraine two more Patriot air defence systems, saying they would strengthen Ukraine's air defence and deter further Russian attacks.",
      context: "Reaction to Germany's announcement; dated from contemporary news reports.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "air-and-missile-defence", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR" },
      ],
      claims: [
        {
          text: "Germany is providing Ukraine with two additional Patriot systems.",
          kind: "NUMERIC",
          value: 2,
          unit: "Patriot systems",
          status: "SUPPORTED",
          note: "The report gives Germany's decision as fact, and dated news reports place Rutte's welcome on 2025-08-01.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-08-01",
      dateEnd: "2025-08-01",
      datePrecision: "DAY",
      event: "patriot-announcement-2025-08-01",
      kind: "PARAPHRASE",
      text: "Rutte said the Patriot systems are vital for shielding Ukrainian infrastructure from Russian missiles and show allies' solidarity with Ukraine.",
      context: "Same occasion as the welcome of Germany's decision; the article's Q&A section elaborates on it.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "air-and-missile-defence", stance: "STRONGLY_FOR" },
        { topic: "military-aid-to-ukraine", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-06-01",
      dateEnd: "2025-08-31",
      datePrecision: "APPROXIMATE",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte said all 32 NATO allies have confirmed that Ukraine is on an irreversible path to NATO membership.",
      context:
        "Undated in the report, which mixes events from June to August 2025; recorded as an approximate mid-2025 interval. The \"irreversible path\" wording originates in the 2024 Washington Summit declaration.",
      sources: [{ source: "seed-003" }],
      topics: [{ topic: "ukraine-nato-membership", stance: "FOR", hedging: "COMMITTED" }],
      claims: [
        {
          text: "All 32 NATO allies have affirmed that Ukraine's path to NATO membership is irreversible.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
          note: "Refers to allied summit language; the report gives no date or document.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-06-01",
      dateEnd: "2025-08-31",
      datePrecision: "APPROXIMATE",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte called on allies to stay united behind Ukraine and for European and Canadian allies to keep up financial and military support.",
      context:
        "The report presents this as a position held consistently; recorded as an approximate mid-2025 interval matching its datable events (9 June to 1 August 2025).",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR" },
        { topic: "transatlantic-unity", stance: "FOR" },
        { topic: "european-security", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-06-01",
      dateEnd: "2025-08-31",
      datePrecision: "APPROXIMATE",
      event: null,
      kind: "PARAPHRASE",
      text: "Rutte warned that China's rapid military expansion has strategic consequences, including for Taiwan, and said NATO should strengthen its partnerships and cooperative defence in response.",
      context:
        "Undated in the report; recorded as an approximate mid-2025 interval matching its other events.",
      sources: [{ source: "seed-003" }],
      topics: [
        { topic: "indo-pacific-partnerships", stance: "FOR", hedging: "HEDGED" },
        { topic: "collective-defence", stance: "FOR" },
      ],
      claims: [
        {
          text: "China is rapidly expanding its military capabilities.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // Undated video remarks on his role versus Kaja Kallas's in peace talks
    // Date: not before 2024-12-01 (Kallas became EU High Representative); content suggests 2025.
    // ---------------------------------------------------------------------------------------
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "I need to chair the alliance and make sure that we do everything to protect allied territory but also to be as helpful to Ukraine.",
      context:
        "Video remarks, date not traced. Kallas became EU High Representative on 2024-12-01, a hard lower bound; his references to following an ongoing peace process point to the US-led talks from February 2025. The article's hints conflict (\"third year\" of the war, Rutte taking office \"earlier this year\"), so the interval is an estimate. The article wrongly calls Kallas \"Estonian Prime Minister\".",
      sources: [{ source: "seed-004" }],
      topics: [
        { topic: "collective-defence", stance: "STRONGLY_FOR", hedging: "COMMITTED" },
        { topic: "military-aid-to-ukraine", stance: "FOR" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "I don’t feel at liberty to comment too much on the day-to-day because I’m not always sure that from my position that’s helpful.",
      context:
        "Video remarks, date not traced (estimated 2025; not before 2024-12-01). Rutte was explaining why he avoids commenting on peace negotiations. The article wrongly calls Kallas \"Estonian Prime Minister\".",
      sources: [{ source: "seed-004" }],
      topics: [
        { topic: "nato-role-in-peace-talks", stance: "AGAINST", hedging: "HEDGED" },
        { topic: "ukraine-peace-negotiations", stance: "NOT_STATED" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "making sure that we do the max",
      context:
        "Fragment from the video remarks, about aid to Ukraine; date not traced (estimated 2025; not before 2024-12-01).",
      sources: [{ source: "seed-004" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "STRONGLY_FOR", hedging: "COMMITTED" }],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "joint initiative in Poland where we capture all the lessons from the front lines.",
      context:
        "Fragment from the video remarks; date not traced (estimated 2025; not before 2024-12-01). Probably refers to the NATO-Ukraine Joint Analysis, Training and Education Centre (JATEC) in Bydgoszcz, formally opened on 2025-02-17.",
      sources: [{ source: "seed-004" }],
      topics: [
        { topic: "military-aid-to-ukraine", stance: "FOR" },
        { topic: "collective-defence", stance: "FOR" },
      ],
      claims: [
        {
          text: "NATO and Ukraine run a joint initiative in Poland that gathers lessons from the front lines.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
          note: "Likely JATEC in Bydgoszcz, Poland; not named in the article.",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "Her position is different",
      context:
        "Fragment from the video remarks, contrasting his role with that of Kaja Kallas, whom the article wrongly calls \"Estonian Prime Minister\" (she was EU High Representative). Date not traced (estimated 2025; not before 2024-12-01).",
      sources: [{ source: "seed-004" }],
      topics: [
        { topic: "nato-role-in-peace-talks", stance: "AGAINST" },
        { topic: "european-security", stance: "NOT_STATED" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "following closely what’s happening in the peace process",
      context:
        "Fragment from the video remarks; date not traced (estimated 2025; not before 2024-12-01). The reference to an ongoing peace process is the main reason for dating it to 2025.",
      sources: [{ source: "seed-004" }],
      topics: [
        { topic: "ukraine-peace-negotiations", stance: "NOT_STATED" },
        { topic: "nato-role-in-peace-talks", stance: "AGAINST", hedging: "HEDGED" },
      ],
      claims: [],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "QUOTE",
      text: "the training which is of course very much organized through the NATO command",
      context:
        "Fragment from the video remarks, about training for Ukrainian forces; date not traced (estimated 2025; not before 2024-12-01).",
      sources: [{ source: "seed-004" }],
      topics: [{ topic: "military-aid-to-ukraine", stance: "FOR" }],
      claims: [
        {
          text: "Training for Ukrainian forces is organised through a NATO command.",
          kind: "FACTUAL",
          status: "UNVERIFIED",
        },
      ],
    },
    {
      speaker: "mark-rutte",
      dateStart: "2025-02-01",
      dateEnd: "2025-12-31",
      datePrecision: "APPROXIMATE",
      event: "video-remarks-undated",
      kind: "PARAPHRASE",
      text: "Rutte said his job as NATO chief is to coordinate military aid and training for Ukraine and the defence of allied territory, not to take part directly in peace negotiations, and that Kaja Kallas's role differs from his.",
      context:
        "Summary of the video remarks; date not traced (estimated 2025; not before 2024-12-01, when Kallas became EU High Representative). The article wrongly calls Kallas \"Estonian Prime Minister\".",
      sources: [{ source: "seed-004" }],
      topics: [
        { topic: "nato-role-in-peace-talks", stance: "STRONGLY_AGAINST", hedging: "COMMITTED" },
        { topic: "military-aid-to-ukraine", stance: "FOR" },
        { topic: "european-security", stance: "NOT_STATED" },
      ],
      claims: [],
    },
  ],
};
