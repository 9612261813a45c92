// More real texts for the dev split, in layouts the first corpus did not cover (US State
// Department and White House briefings with "MR PRICE:"/"QUESTION:" labels, a television
// interview, a transcript with the label on its own line and a timestamp, a NATO page with a
// photo caption, a joint press point naming two people, a UN noon briefing; news agency copy with "quoted X as saying", "X answered",
// a shot list of soundbites). Annotated by hand before they were run through the extraction.
import type { RealArticle, RealTranscript } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });
const PRICE = "Ned Price";

export const widenedTranscripts: RealTranscript[] = [
  {
    id: "rt25-state-price-october",
    kind: "transcript",
    split: "dev",
    url: "https://agenparl.eu/2022/10/12/department-press-briefing-october-11-2022",
    outlet: "U.S. Department of State",
    date: "2022-10-11",
    layout: "name and role line, “MR PRICE:” without a full stop, “QUESTION:”, “[]” bullet",
    text: `Department Press Briefing – October 11, 2022
Ned Price, Department Spokesperson
Washington, D.C.
2:39 p.m. EDT
MR PRICE: Hello.
QUESTION: Hello.
MR PRICE: Good afternoon. Happy Tuesday. Very sorry for the delay today. It may be Tuesday, but it feels like a Monday.
QUESTION: Happy Birthday. (Applause.)
MR PRICE: Let the transcript reflect the applause. (Laughter.)
MR PRICE: We have a couple items at the top, and then we’ll turn to your questions.
[] Yesterday and today’s horrific strikes against Ukraine again demonstrate the lows to which President Putin and his enablers will sink. These missiles hit playgrounds, universities, apartment buildings, and city streets during rush hour traffic. Kremlin spokespeople claim the attacks destroyed their intended targets.
As we’ve said, there is one aggressor in this war: it is Russia. There is one person who can stop this war now and withdraw Russia’s forces, and that of course is Vladimir Putin.`,
    sentences: [
      { text: "Hello.", speaker: PRICE, optional: true },
      { text: "Good afternoon.", speaker: PRICE, optional: true },
      { text: "Happy Tuesday.", speaker: PRICE, optional: true },
      { text: "Very sorry for the delay today.", speaker: PRICE, optional: true },
      { text: "It may be Tuesday, but it feels like a Monday.", speaker: PRICE },
      { text: "Let the transcript reflect the applause.", speaker: PRICE },
      { text: "We have a couple items at the top, and then we’ll turn to your questions.", speaker: PRICE },
      {
        text: "Yesterday and today’s horrific strikes against Ukraine again demonstrate the lows to which President Putin and his enablers will sink.",
        speaker: PRICE,
      },
      {
        text: "These missiles hit playgrounds, universities, apartment buildings, and city streets during rush hour traffic.",
        speaker: PRICE,
      },
      { text: "Kremlin spokespeople claim the attacks destroyed their intended targets.", speaker: PRICE },
      { text: "As we’ve said, there is one aggressor in this war: it is Russia.", speaker: PRICE },
      {
        text: "There is one person who can stop this war now and withdraw Russia’s forces, and that of course is Vladimir Putin.",
        speaker: PRICE,
      },
    ],
  },
  {
    id: "rt26-state-price-bass-budget",
    kind: "transcript",
    split: "dev",
    url: "https://www.state.gov/briefings/department-press-briefing-march-9-2023/",
    outlet: "U.S. Department of State",
    date: "2023-03-09",
    layout: "two officials by title and surname in caps (“UNDER SECRETARY BASS:”), interrupted turns",
    text: `2:02 p.m. EST

MR PRICE: Good afternoon, everyone. Happy budget day. It’s a very special day every year. Today, to help commemorate the occasion –

QUESTION: A very special day?

MR PRICE: A very special day every year. And to help commemorate the occasion, we have two very special guests. I am very pleased to introduce to you Ambassador John Bass – he, of course, is the Acting Deputy Secretary of State for Management and Resources; and our colleague Paloma Adams-Allen – she is the USAID Deputy Administrator for Management and Resources.

So with that, Ambassador Bass.

UNDER SECRETARY BASS: Great. Thank you, Ned, colleagues. Good afternoon. Great to be with you. And before I start, I just want to take a minute to thank Ned for his remarkable –

MR PRICE: This was not part of the program.

UNDER SECRETARY BASS: — service and leadership. It’s not Ned Price Day, but maybe it should be.`,
    sentences: [
      { text: "Good afternoon, everyone.", speaker: PRICE, optional: true },
      { text: "Happy budget day.", speaker: PRICE, optional: true },
      { text: "It’s a very special day every year.", speaker: PRICE },
      { text: "Today, to help commemorate the occasion –", speaker: PRICE, optional: true },
      { text: "A very special day every year.", speaker: PRICE },
      { text: "And to help commemorate the occasion, we have two very special guests.", speaker: PRICE },
      {
        text: "I am very pleased to introduce to you Ambassador John Bass – he, of course, is the Acting Deputy Secretary of State for Management and Resources; and our colleague Paloma Adams-Allen – she is the USAID Deputy Administrator for Management and Resources.",
        speaker: PRICE,
      },
      { text: "So with that, Ambassador Bass.", speaker: PRICE, optional: true },
      { text: "Great.", speaker: "John Bass", optional: true },
      { text: "Thank you, Ned, colleagues.", speaker: "John Bass", optional: true },
      { text: "Good afternoon.", speaker: "John Bass", optional: true },
      { text: "Great to be with you.", speaker: "John Bass", optional: true },
      { text: "And before I start, I just want to take a minute to thank Ned for his remarkable –", speaker: "John Bass" },
      { text: "This was not part of the program.", speaker: PRICE },
      { text: "— service and leadership.", speaker: "John Bass", optional: true },
      { text: "It’s not Ned Price Day, but maybe it should be.", speaker: "John Bass" },
    ],
  },
  {
    id: "rt27-rev-price-iran",
    kind: "transcript",
    split: "dev",
    url: "https://www.rev.com/blog/transcripts/state-department-spokesman-ned-price-holds-news-briefing-transcript",
    outlet: "Rev",
    date: "2022-08-22",
    layout: "label on its own line with a timestamp (“Ned Price: (00:01)”), a reporter by first name",
    text: `State Department spokesman Ned Price holds news briefing. Read the transcript here.

Matt: (00:00)
… over the weekend, though.

Ned Price: (00:01)
You are welcome to ask about it.

Matt: (00:03)
You have nothing to say about any of it? Okay.

Ned Price: (00:04)
You are welcome to ask anything that comes to mind.

Ned Price: (00:38)
Sure. So to take a step back and to remind of something we’ve said since the earliest days of this: we have taken a deliberate, we have taken a principled approach to these negotiations from the start. That, of course, remains as true today as it was last year.

Ned Price: (01:11)
This negotiation, it is true, and you all in this room know this, has at times languished, and it has languished at times for months and months because of the action or, oftentimes was the case, inaction from Iran. The notion that we have delayed this negotiation in any way is just not true.`,
    sentences: [
      { text: "You are welcome to ask about it.", speaker: PRICE },
      { text: "You are welcome to ask anything that comes to mind.", speaker: PRICE },
      { text: "Sure.", speaker: PRICE, optional: true },
      {
        text: "So to take a step back and to remind of something we’ve said since the earliest days of this: we have taken a deliberate, we have taken a principled approach to these negotiations from the start.",
        speaker: PRICE,
      },
      { text: "That, of course, remains as true today as it was last year.", speaker: PRICE },
      {
        text: "This negotiation, it is true, and you all in this room know this, has at times languished, and it has languished at times for months and months because of the action or, oftentimes was the case, inaction from Iran.",
        speaker: PRICE,
      },
      { text: "The notion that we have delayed this negotiation in any way is just not true.", speaker: PRICE },
    ],
  },
  {
    id: "rt28-nbc-priebus-interview",
    kind: "transcript",
    split: "dev",
    url: "https://breitbart.com/clips/2017/01/15/priebus-hasnt-been-determined-if-reporters-will-be-working-inside-the-white-house",
    outlet: "Breitbart (NBC’s Meet the Press)",
    date: "2017-01-15",
    layout: "article lead, then “Partial transcript as follows:” with surname labels in caps, one with a space before the colon",
    text: `Sunday on NBC’s “Meet the Press,” incoming White House chief of staff Reince Priebus addressed a report on whether reporters will be working daily inside the White House.
Partial transcript as follows:
TODD: There was a new report out from “Esquire” magazine that includes quotes by the incoming secretary and anonymous quotes that seemed to indicate that it is your intent to remove the White House press corps from the White House. is that true?
PRIEBUS :Well, look, first of all — let me explain. I don’t think it was a bizarre news conference. I don’t think it’s a fair characterization, but there was 500 to 600 reporters at that news conference. It is about more access.
TODD: This isn’t about the office space or any of that business?
PRIEBUS: This is about quadrupling the amount of reporters that can cover our press conference.`,
    sentences: [
      { text: "Well, look, first of all — let me explain.", speaker: "Reince Priebus", optional: true },
      { text: "I don’t think it was a bizarre news conference.", speaker: "Reince Priebus" },
      {
        text: "I don’t think it’s a fair characterization, but there was 500 to 600 reporters at that news conference.",
        speaker: "Reince Priebus",
      },
      { text: "It is about more access.", speaker: "Reince Priebus" },
      { text: "This is about quadrupling the amount of reporters that can cover our press conference.", speaker: "Reince Priebus" },
    ],
  },
  {
    id: "rt29-wapo-sanders-briefing",
    kind: "transcript",
    split: "dev",
    url: "http://www.worldusnews.com/u-s/no-cameras-no-live-audio-and-no-sean-spicer-the-latest-white-house-press-briefing-annotated-washington-post/",
    outlet: "The Washington Post",
    date: "2017-06-22",
    layout: "news lead naming the speaker, then surname labels in caps and “QUESTION:”",
    text: `Press secretary Sean Spicer also skipped the session, deploying his deputy, Sarah Huckabee Sanders, to answer questions instead.

In keeping with a promise we made Monday, The Fix has annotated a transcript of Thursday’s briefing, since it could not be seen on TV.

SANDERS: Good afternoon.

This morning, the Senate released the discussion draft of its health-care bill. The president is pleased to see the process moving forward swiftly in Congress.

Just yesterday, another insurer announced that it’s pulling out of Obamacare exchanges.

And with that, ladies and gentlemen, I’ll take your questions.

QUESTION: Thank you, Sarah.`,
    sentences: [
      { text: "Good afternoon.", speaker: "Sarah Huckabee Sanders", optional: true },
      { text: "This morning, the Senate released the discussion draft of its health-care bill.", speaker: "Sarah Huckabee Sanders" },
      { text: "The president is pleased to see the process moving forward swiftly in Congress.", speaker: "Sarah Huckabee Sanders" },
      { text: "Just yesterday, another insurer announced that it’s pulling out of Obamacare exchanges.", speaker: "Sarah Huckabee Sanders" },
      { text: "And with that, ladies and gentlemen, I’ll take your questions.", speaker: "Sarah Huckabee Sanders", optional: true },
    ],
  },
  {
    id: "rt30-nato-stoltenberg-caption",
    kind: "transcript",
    split: "dev",
    url: "https://www.nato.int/cps/en/natohq/opinions_144081.htm?selectedLocale=uk",
    outlet: "NATO",
    date: "2017-05-24",
    layout: "heading speaker, a photo caption line before the remarks",
    text: `Press conference

by NATO Secretary General Jens Stoltenberg ahead of the Meeting of NATO Heads of State and Government

  • 24 May. 2017 -
  • |
  • Last updated 25-May-2017 09:01

(As delivered)

NATO Secretary General Jens Stoltenberg giving a press conference ahead of the Meeting of NATO Heads of State and Government

Good morning.

Tomorrow Heads of State and Government in NATO will meet here in Brussels. It will be a short but it will be an important meeting.

Terrorists struck again this week in Manchester. This was a barbaric attack, which deliberately targeted children, young people and their families.`,
    sentences: [
      { text: "Good morning.", speaker: "Jens Stoltenberg", optional: true },
      { text: "Tomorrow Heads of State and Government in NATO will meet here in Brussels.", speaker: "Jens Stoltenberg" },
      { text: "It will be a short but it will be an important meeting.", speaker: "Jens Stoltenberg" },
      { text: "Terrorists struck again this week in Manchester.", speaker: "Jens Stoltenberg" },
      {
        text: "This was a barbaric attack, which deliberately targeted children, young people and their families.",
        speaker: "Jens Stoltenberg",
      },
    ],
  },
  {
    id: "rt31-nato-joint-press-point-merkel",
    kind: "transcript",
    split: "dev",
    url: "https://www.nato.int/cps/en/natohq/opinions_156035.htm",
    outlet: "NATO",
    date: "2018-06-15",
    layout: "joint press point naming two people in the heading; the remarks thank the other one",
    text: `Joint press point

with NATO Secretary General Jens Stoltenberg and German Chancellor Angela Merkel

  • 15 Jun. 2018 -
  • |
  • Last updated: 15 Jun. 2018 21:17

(As delivered)

Joint press point with NATO Secretary General Jens Stoltenberg and German Chancellor Angela Merkel

Thank you so much, Chancellor Merkel.

Dear Angela. It is always a pleasure to meet with you.

Germany plays an essential role in NATO.

We just had an excellent discussion to prepare for the NATO Summit in Brussels next month.

Our dialogue with Russia is not easy.

But the more difficult our relations are, the more we need dialogue.`,
    sentences: [
      { text: "Thank you so much, Chancellor Merkel.", speaker: "Jens Stoltenberg", optional: true },
      { text: "Dear Angela.", speaker: "Jens Stoltenberg", optional: true },
      { text: "It is always a pleasure to meet with you.", speaker: "Jens Stoltenberg", optional: true },
      { text: "Germany plays an essential role in NATO.", speaker: "Jens Stoltenberg" },
      { text: "We just had an excellent discussion to prepare for the NATO Summit in Brussels next month.", speaker: "Jens Stoltenberg" },
      { text: "Our dialogue with Russia is not easy.", speaker: "Jens Stoltenberg" },
      { text: "But the more difficult our relations are, the more we need dialogue.", speaker: "Jens Stoltenberg" },
    ],
  },
  {
    id: "rt32-un-noon-briefing-haq",
    kind: "transcript",
    split: "dev",
    url: "https://www.un.org/press/en/2008/db081212.doc.htm",
    outlet: "United Nations",
    date: "2008-12-12",
    layout: "speaker named in a sentence (“transcript of today’s noon briefing by …”), “**” section headings",
    text: `Spokesperson's Noon Briefing

The following is a near-verbatim transcript of today’s noon briefing by Farhan Haq, Associate Spokesperson for the Secretary-General.

Good afternoon.

**Guests at Noon Today

We expect to have some time later in the briefing Serge Brammertz, the Prosecutor of the International Criminal Tribunal for the Former Yugoslavia, and Hassan Jallow, Prosecutor of the International Criminal Tribunal for Rwanda.

**Secretary-General in Geneva

The Secretary-General marked the sixtieth anniversary of the Universal Declaration of Human Rights in Geneva today, saying that the Declaration embodies groundbreaking principles:  the universality of human rights and their indivisibility.

There is no time to rest.  And we have that speech upstairs.`,
    sentences: [
      { text: "Good afternoon.", speaker: "Farhan Haq", optional: true },
      {
        text: "We expect to have some time later in the briefing Serge Brammertz, the Prosecutor of the International Criminal Tribunal for the Former Yugoslavia, and Hassan Jallow, Prosecutor of the International Criminal Tribunal for Rwanda.",
        speaker: "Farhan Haq",
      },
      {
        text: "The Secretary-General marked the sixtieth anniversary of the Universal Declaration of Human Rights in Geneva today, saying that the Declaration embodies groundbreaking principles:  the universality of human rights and their indivisibility.",
        speaker: "Farhan Haq",
      },
      { text: "There is no time to rest.", speaker: "Farhan Haq" },
      { text: "And we have that speech upstairs.", speaker: "Farhan Haq" },
    ],
  },
];

export const widenedArticles: RealArticle[] = [
  article({
    id: "ra33-china-org-mottaki-munich",
    split: "dev",
    url: "http://china.org.cn/international/2009-02/02/content_17209701.htm",
    outlet: "Xinhua (China.org.cn)",
    date: "2009-02-01",
    layout: "“the news agency quoted X as saying”, “said X” after the quote, “He added that “…””, a quote in an older interview",
    text: `Iran would not hold talks with U.S. in Munich conference, Foreign Minister Manouchehr Mottaki said on Sunday.
"Iranian delegation will not hold talks with any U.S. representative at the 45th Munich Security Conference slated to begin on Friday," the official IRNA news agency quoted Mottaki as saying.
The Iranian delegation to the conference will include the Majlis (parliament) speaker, the foreign minister and a number of officials and "talks between Iran and the U.S. at Munich Security Conference is not on the agenda," said Mottaki.
He added that "resumption of relations with the U.S. under the new circumstances is of prime importance and we are now studying the change of attitude and U.S. policies to make our views known but we have no (immediate) plan to do so."
Also on Sunday, Iran's Intelligence Minster Gholam-Hossein Mohseni-Ejeie denied any secret negotiations with the U.S.
"To date, there have been no official negotiations with the Americans ... and there would be no negotiations between Tehran and Washington unless the U.S. changes its aggressive policies towards the country," Mohseni-Ejeie stressed.
In a recent interview with Dubai-based Al-Arabiya television, Obama said "if countries like Iran are willing to unclench their fist, they will find an extended hand from us."
Observers said Iran's expectations of "change" would be viewed as the preconditions set for the new U.S. officials ahead of earnest, direct and vigorous diplomacy.`,
    quotes: [
      {
        text: "Iranian delegation will not hold talks with any U.S. representative at the 45th Munich Security Conference slated to begin on Friday,",
        speaker: "Manouchehr Mottaki",
      },
      { text: "talks between Iran and the U.S. at Munich Security Conference is not on the agenda,", speaker: "Manouchehr Mottaki" },
      {
        text: "resumption of relations with the U.S. under the new circumstances is of prime importance and we are now studying the change of attitude and U.S. policies to make our views known but we have no (immediate) plan to do so.",
        speaker: "Manouchehr Mottaki",
      },
      {
        text: "To date, there have been no official negotiations with the Americans ... and there would be no negotiations between Tehran and Washington unless the U.S. changes its aggressive policies towards the country,",
        speaker: "Gholam-Hossein Mohseni-Ejeie",
      },
      { text: "if countries like Iran are willing to unclench their fist, they will find an extended hand from us.", speaker: "Barack Obama" },
      { text: "change", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra34-aa-peskov-ceasefire",
    split: "dev",
    url: "https://turkiyescoop.com/kremlin-says-putin-supports-ceasefire-in-ukraine-but-nuances-remain",
    outlet: "Anadolu (Türkiye Scoop)",
    date: "2025-04-04",
    layout: "“saying:” before the quote, “he said”, “he remarked, noting that “…””, a role noun (“the Kremlin spokesman said:”)",
    text: `Russian President Vladimir Putin supports a ceasefire in Ukraine, but numerous factors must be addressed before taking this step, Kremlin spokesman Dmitry Peskov said on Friday.
In a press briefing in Moscow, Peskov talked about media reports, claiming that advisers to US President Donald Trump advised him not to call Putin until Moscow agreed to a complete ceasefire.
Peskov dismissed the reports, saying: “A lot of different fakes, rumors, conjectures, and outright lies are being published in the media.”
“President Putin supported the idea of a ceasefire. At the same time, he noted that many nuances must be understood before taking this step. We are maintaining our contacts and discussing these nuances,” he said.
The spokesman also denied media reports that Putin and Trump would be speaking on the phone soon, saying no contacts are planned in the coming days.
“Although strategic stability and arms control should, in general, be a high priority on the agenda, we have not reached this stage yet,” he remarked, noting that the two nations are taking “the first cautious steps toward creating a favorable atmosphere” for discussing armaments.
Regarding possible security guarantees for Ukraine, Peskov described the topic as “very difficult,” emphasizing that it is still being negotiated.
Concerning Russia’s special envoy for foreign investment and economic cooperation, Kirill Dmitriev’s two-day visit to the US on Wednesday and Thursday, the Kremlin spokesman said: “The work is ongoing” and that, so far, “cautious optimism” can be expressed about its progress.`,
    quotes: [
      { text: "A lot of different fakes, rumors, conjectures, and outright lies are being published in the media.", speaker: "Dmitry Peskov" },
      {
        text: "President Putin supported the idea of a ceasefire. At the same time, he noted that many nuances must be understood before taking this step. We are maintaining our contacts and discussing these nuances,",
        speaker: "Dmitry Peskov",
      },
      {
        text: "Although strategic stability and arms control should, in general, be a high priority on the agenda, we have not reached this stage yet,",
        speaker: "Dmitry Peskov",
      },
      { text: "the first cautious steps toward creating a favorable atmosphere", speaker: "Dmitry Peskov" },
      { text: "very difficult,", speaker: "Dmitry Peskov", optional: true },
      { text: "The work is ongoing", speaker: "Dmitry Peskov" },
      { text: "cautious optimism", speaker: "Dmitry Peskov", optional: true },
    ],
  }),
  article({
    id: "ra35-reuters-merkel-two-percent",
    split: "dev",
    url: "http://www.reuters.com/article/germany-usa-nato-idUSB4N1DJ02P",
    outlet: "Reuters",
    date: "2017-02-17",
    layout: "wire copy with hard line breaks inside sentences and quotes, “X told a news conference”",
    text: `BERLIN Feb 17 Chancellor Angela Merkel said on
Friday that Germany still intended to increase its spending on
defence to 2 percent of economic output in line with the NATO
target.
"In Wales in 2014, Germany supported the decision that we
want to reach the agreed goal of 2 percent within the next
decade and this commitment has not changed - that means we still
intend to go down this route," Merkel told a news conference
with visiting Canadian Prime Minister Justin Trudeau.
During the U.S. election campaign President Donald Trump
accused NATO allies of failing to pay their way, and described
the alliance shortly before he took office as "obsolete."
(Reporting by Michelle Martin and Paul Carrel)`,
    quotes: [
      {
        text: "In Wales in 2014, Germany supported the decision that we want to reach the agreed goal of 2 percent within the next decade and this commitment has not changed - that means we still intend to go down this route,",
        speaker: "Angela Merkel",
      },
      { text: "obsolete.", speaker: "Donald Trump", optional: true },
    ],
  }),
  article({
    id: "ra36-rt-reznikov-statement",
    split: "dev",
    url: "https://kashco.co.uk/situation-under-control-ukraines-defense-minister-says/28717/",
    outlet: "RT (Kashco)",
    date: "2022-02-24",
    layout: "short fragments in the lead, then “he said on Thursday in a statement”",
    text: `Situation under control, Ukraine’s defense minister says

Ukrainians should remain calm and trust their army, the military chief said amid Russian offensive

Ukrainian Defense Minister Oleksii Reznikov has said the national army is “holding defense” and “fending off Russian troops,” hours after Moscow announced a military operation against Ukraine. “Our troops are doing everything to protect you and not allow the aggressor to break through,” he said on Thursday in a statement.`,
    quotes: [
      { text: "holding defense", speaker: "Oleksii Reznikov", optional: true },
      { text: "fending off Russian troops,", speaker: "Oleksii Reznikov", optional: true },
      { text: "Our troops are doing everything to protect you and not allow the aggressor to break through,", speaker: "Oleksii Reznikov" },
    ],
  }),
  article({
    id: "ra37-ap-archive-spicer-soundbites",
    split: "dev",
    url: "http://www.aparchive.com/metadata/US-WH-Briefing-2-CR-/475a5467f7b28b930d82cd4d91e37936",
    outlet: "AP Archive",
    date: "2017-02-27",
    layout: "shot list: numbered “SOUNDBITE: (English) Name, Role:” lines, each followed by the quote; a reporter’s question",
    text: `Washington DC - 27 February 2017
1. SOUNDBITE: (English) Sean Spicer, White House Press Secretary:
"As you might already know the Department of Defense presented its preliminary plan to the White House today to defeat ISIS. This plan has been delivered by Secretary Mattis who is currently breaking the principals on the option presented today and seeking their input and feedback."
3. SOUNDBITE: (English) Sean Spicer, White House Press Secretary:
(Reporter question off camera): "You don't think there is something strange, or something odd about the White House press secretary getting the CIA director on the phone to knock down a story about an investigation?"
(Sean Spicer): "No. No. But you see, respectfully, you are using words like "knock down." There was a story in the newspaper, hold on, no, no."`,
    quotes: [
      {
        text: "As you might already know the Department of Defense presented its preliminary plan to the White House today to defeat ISIS. This plan has been delivered by Secretary Mattis who is currently breaking the principals on the option presented today and seeking their input and feedback.",
        speaker: "Sean Spicer",
      },
      {
        text: "You don't think there is something strange, or something odd about the White House press secretary getting the CIA director on the phone to knock down a story about an investigation?",
        speaker: null,
        optional: true,
      },
      {
        text: 'No. No. But you see, respectfully, you are using words like "knock down." There was a story in the newspaper, hold on, no, no.',
        speaker: "Sean Spicer",
      },
    ],
  }),
];
