// A fourth set of real texts for the dev split, in outlets and layouts the corpus lacked: minute-by-
// minute live coverage of press conferences, local and regional papers, tabloid rows told through
// tweets and committee hearings, a letter to the editor quoting several senators, Gulf and Iranian
// ministries in agency copy, a mayor's statement printed as one quote over paragraphs, a statement
// with a quotation nested in it; transcripts of the Japanese, Indian, Russian and Chinese foreign
// ministries (“Name, Outlet:” question labels, bilingual lines, a print-button label), the Canadian
// and Irish prime ministers (caption-made transcripts, time codes inside sentences, “RIGHT
// HONOURABLE … (Prime Minister of Canada):”), a GOV.UK joint press conference, a statement block on a
// blog's tag page. Annotated by hand before they were run through the extraction.
import type { RealArticle, RealTranscript } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });
const transcript = (t: Omit<RealTranscript, "kind">): RealTranscript => ({ kind: "transcript", ...t });

export const widerDevArticles: RealArticle[] = [
  article({
    id: "ra60-guardian-blair-minute-by-minute-2004",
    split: "dev",
    url: "https://www.theguardian.com/politics/2004/sep/07/media.media",
    outlet: "The Guardian (minute-by-minute)",
    date: "2004-09-07",
    layout: "live coverage in the present tense: “he says”, “he concludes”, “he adds” after the quote; partial quotes; a journalist's question",
    text: `Tony Blair's press conference

Follow the prime minister's September Downing Street press conference with our minute-by-minute report

The first of Mr Blair's monthly press conferences since the summer recess, and it seems the reshuffle, partly pre-empted by Andrew Smith's surprise resignation last night, will dominate.

Mr Blair begins - with a few words about recent events in Beslan. "We share Russia's grief in this dark hour," he says, adding that he has spoken with President Putin on the phone. "We live in a world where this form of terrorism without limits, of appalling extremism, can occur anywhere in the world," he concludes.

Before taking questions, he tackles two other topics - "the best ever school results this country's achieved" and the improved prospects of London winning the 2012 Olympics bid.

He singles out Hackney and Hartlepool for credit in improved school results.

On the Olympics, he says: "It was a fantastic performance from Team GB in a Games which thrilled the country." London's bid is "strong, and getting stronger", with Wembley and the Dome both available as venues within the next few weeks and a Kings Cross-Hackney link up and running for 2012 if needs be.

Oh - "the reshuffle will not be today but it will be before the end of the week," he adds.`,
    quotes: [
      { text: "We share Russia's grief in this dark hour,", speaker: "Tony Blair" },
      { text: "We live in a world where this form of terrorism without limits, of appalling extremism, can occur anywhere in the world,", speaker: "Tony Blair" },
      { text: "the best ever school results this country's achieved", speaker: "Tony Blair", optional: true },
      { text: "It was a fantastic performance from Team GB in a Games which thrilled the country.", speaker: "Tony Blair" },
      { text: "strong, and getting stronger", speaker: "Tony Blair", optional: true },
      { text: "the reshuffle will not be today but it will be before the end of the week,", speaker: "Tony Blair" },
    ],
  }),
  article({
    id: "ra61-guardian-blair-minute-by-minute-2003",
    split: "dev",
    url: "http://www.theguardian.com/politics/2003/sep/04/media.media",
    outlet: "The Guardian (minute-by-minute)",
    date: "2003-09-04",
    layout: "time-stamped entries (“11am”), reported speech with partial quotes, one full quote followed by “he concludes”, journalists named with their questions",
    text: `Blair faces the media

Minute-by-minute commentary on Tony Blair's press conference
Tony Blair was today facing his monthly press conference after a senior government intelligence officer accused No 10 of "over-egging" the threat posed by Saddam Hussein's weapons of mass destruction.

Below are minute-by-minute highlights of the press conference.

11am
Mr Blair starts by asking the hacks to suspend their judgment on the Hutton inquiry until the law lord gives his report, because that what he "shall be doing".

He then explains that the government is going to "redouble its efforts" to stand up to those in Iraq opposed to the Anglo-American occupation because they fear a "stable, prosperous and democratic Iraq".

"It has been a tough time for obvious reasons," he concludes, but it is important to press on.

11.10am
Andrew Marr starts by asking what was it that went wrong that made yesterday No 10 restructuring necessary.

The PM says its important to communicate with the electorate.

Mr Blair says it is up to Mr Phillis, and adds that what is important is not how the lobby works but that people know that politics works and delivers and understand that there is a "huge domestic agenda that we're working on".`,
    quotes: [
      { text: "over-egging", speaker: null, optional: true },
      { text: "shall be doing", speaker: "Tony Blair", optional: true },
      { text: "redouble its efforts", speaker: "Tony Blair", optional: true },
      { text: "stable, prosperous and democratic Iraq", speaker: "Tony Blair", optional: true },
      { text: "It has been a tough time for obvious reasons,", speaker: "Tony Blair" },
      { text: "huge domestic agenda that we're working on", speaker: "Tony Blair", optional: true },
    ],
  }),
  article({
    id: "ra62-politicscouk-brown-as-it-happened",
    split: "dev",
    url: "https://www.politics.co.uk/comment-analysis/2009/11/10/brown-press-conference-as-it-happened/",
    outlet: "politics.co.uk (as it happened)",
    date: "2009-11-10",
    layout: "live blog with “10:07 –” time stamps, opinionated reported speech, scare quotes only",
    text: `Brown press conference as-it-happened

By Ian Dunt

10:07 – Brown emerges and discusses the human cost of Afghanistan. He says his thoughts and prayers today are on those struggling with the loss of a loved one .

10:08 – And then, rather suddenly, he tells us about Andy Burnham’s launch of the next stage of health care reform. He’s about to explain a little more about this. Burnham is next to him, and starts talking. He seems a little nervous and uncomposed. He suggests he doesn’t want to “overclaim” on the NHS. The next decade will see the NHS go from good to great, apparently. He says he will unveil new rights guarantees for patients.

10:10 – He repeats the plans to send patients to private hosptials if the NHS can’t deliver “on time”. In the next decade the NHS will move to becoming a more preventative service. This is also old news.`,
    quotes: [
      { text: "overclaim", speaker: "Andy Burnham", optional: true },
      { text: "on time", speaker: "Andy Burnham", optional: true },
    ],
  }),
  article({
    id: "ra63-broadsheet-varadkar-oreilly",
    split: "dev",
    url: "https://www.broadsheet.ie/tag/speech/",
    outlet: "Broadsheet.ie (tag page)",
    date: "2020-04-10",
    layout: "blog tag page: a quotation after “He ended his address … with a quote from …:”; a speech quoted over paragraphs, each opening with a quote mark and only the last closing",
    text: `Tag Archives: speech

Earlier this evening.

Further to Taoiseach Leo Varadkar quoting The Terminator when he announced further movement restrictions on March 27…

He ended his address to the nation with a quote from Lord of the Rings:

“In the end, it’s only a passing thing, this shadow. Even darkness must pass. A new day will come and when the sun shines, it’ll shine out all the clearer.”

Ah here.

Previously: “There’s No Fate But What We Make For Ourselves”

European Ombudsman Emily O’Reilly speaking at the Institute of International and European Affairs today

Earlier today.

European Ombudsman Emily O’Reilly addressed the Institute of International and European Affairs in Dublin, outlining what she believes are the challenges facing the European Union.

During her speech, she said:

“Legitimacy is eroded when influential EU personnel move through the revolving door dragging their institutional network and insider knowledge with them with just superficial restraint imposed.

“Legitimacy is eroded when a citizen cannot find out what position their own Government is taking on an issue that is important to that citizen.

“Legitimacy is ultimately eroded when an institution prioritises its own interest over those it is there to serve.”`,
    quotes: [
      {
        text: "In the end, it’s only a passing thing, this shadow. Even darkness must pass. A new day will come and when the sun shines, it’ll shine out all the clearer.",
        speaker: "Leo Varadkar",
      },
      { text: "There’s No Fate But What We Make For Ourselves", speaker: null, optional: true },
      {
        text: "Legitimacy is eroded when influential EU personnel move through the revolving door dragging their institutional network and insider knowledge with them with just superficial restraint imposed. Legitimacy is eroded when a citizen cannot find out what position their own Government is taking on an issue that is important to that citizen. Legitimacy is ultimately eroded when an institution prioritises its own interest over those it is there to serve.",
        speaker: "Emily O’Reilly",
      },
    ],
  }),
  article({
    id: "ra64-channel4-mensch-morgan",
    split: "dev",
    url: "https://channel4.com/news/louise-mensch-comes-clean-on-morgan-drugs-and-bad-dancing",
    outlet: "Channel 4 News",
    date: "2011-07-27",
    layout: "“In a letter …, she wrote:”, a demand “for what he called “…””, a tweet after “tweeted simply:”, a pull quote without quote marks ending with the speaker's name",
    text: `From a family holiday in Disney World, Florida, Louise Mensch issues an apology to CNN’s embattled celebrity anchor Piers Morgan, and reveals a colourful past.
Conservative MP Louise Mensch has faced the wrath of former Red Top editor Piers Morgan since she accused him of boasting about phone hacking in his book last week.
Mrs Mensch now admits she misquoted Mr Morgan’s book while questioning Rupert and James Murdoch in the Select Committee hearing.
In a letter to the Committee chairman John Whittingdale, she wrote: “I must apologise to Mr Morgan and the Committee for this error about his book.”
Mrs Mensch claims she misread a story in the press which she believed had alleged Mr Morgan wrote about personally hacking phones in his book The Insider, boasting that he had won Scoop of the Year thanks to the “little trick”.
Mr Morgan, who is now a presenter on CNN, demanded an apology for what he called “a smear on my name, CNN’s name, The Daily Mirror’s name”.
The two have been locked in an extraordinary battle of wills in the days since; on-air, on Twitter and through the wider media. But after today’s apology, Mr Morgan tweeted simply: “Apology graciously accepted @LouiseMensch – thank you.”
FactCheck: Did Piers Morgan boast about phone hacking?
Meanwhile, Mrs Mensch fought allegations over her own conduct, issuing a candid response to an email she recieved from an investigative journalist.
I am not a very good dancer and must apologise to any and all journalists who were forced to watch me dance that night at Ronnie Scott’s. Louise Mensch MP`,
    quotes: [
      { text: "I must apologise to Mr Morgan and the Committee for this error about his book.", speaker: "Louise Mensch" },
      { text: "little trick", speaker: "Piers Morgan", optional: true },
      { text: "a smear on my name, CNN’s name, The Daily Mirror’s name", speaker: "Piers Morgan" },
      { text: "Apology graciously accepted @LouiseMensch – thank you.", speaker: "Piers Morgan" },
      {
        text: "I am not a very good dancer and must apologise to any and all journalists who were forced to watch me dance that night at Ronnie Scott’s.",
        speaker: "Louise Mensch",
      },
    ],
  }),
  article({
    id: "ra65-bbc-newmark-pritchard",
    split: "dev",
    url: "https://www.bbc.com/news/uk-politics-29405442",
    outlet: "BBC News",
    date: "2014-09-29",
    layout: "image captions inside the text, a subheading in single quotes, every quotation a partial one",
    text: `Brooks Newmark Sunday Mirror story prompts MP's complaint

Image caption Cabinet Office minister Brooks Newmark resigned after tabloid allegations he behaved inappropriately

An MP has made make a formal complaint against the Sunday Mirror over a story that led to the resignation of a government minister.

Conservative Mark Pritchard said "questionable techniques" were involved in the paper's report that Brooks Newmark sent explicit pictures of himself to an undercover journalist.

Mr Newmark resigned after the sting, saying he had been a "complete fool".

The Sunday Mirror said that the story was in the public interest.

'Swapped images'

Adopting the false identity of "Sophie Wittams", a male freelance reporter described himself on Twitter as a "twenty-something Tory PR girl".

Mr Pritchard, MP for The Wrekin, told the BBC he would be writing a "formal complaint" to the Independent Press Standards Organisation (IPSO) "about the Sunday Mirror's questionable techniques".`,
    quotes: [
      { text: "questionable techniques", speaker: "Mark Pritchard", optional: true },
      { text: "complete fool", speaker: "Brooks Newmark", optional: true },
      { text: "Swapped images", speaker: null, optional: true },
      { text: "Sophie Wittams", speaker: null, optional: true },
      { text: "twenty-something Tory PR girl", speaker: null, optional: true },
      { text: "formal complaint", speaker: "Mark Pritchard", optional: true },
      { text: "about the Sunday Mirror's questionable techniques", speaker: "Mark Pritchard", optional: true },
    ],
  }),
  article({
    id: "ra66-pressgazette-dorries",
    split: "dev",
    url: "https://pressgazette.co.uk/publishers/regional-newspapers/mp-nadine-dorries-ill-not-talk-to-local-paper-again/",
    outlet: "Press Gazette",
    date: "2013-01-10",
    layout: "trade press: a quote opening a paragraph with “she told Press Gazette” inside it, a tweet quoted after “telling them:”, an editor's quote after “said:” running on",
    text: `Conservative MP Nadine Dorries is refusing to speak to her local newspaper over what she describes as a series of salacious and inaccurate stories.
Dorries claimed the Bedfordshire on Sunday (BoS) specialised in “character assassination” and accused the newspaper of indulging in “lazy journalism” by “stalking her Twitter account for easy copy”.
“I’ll never give that newspaper a quote again,” she told Press Gazette. The BoS insists it has done nothing wrong and is now finding it increasingly frustrating that Dorries has refused to have any form of communication with them.
But she said the BoS “crossed a line” when it published a recent story which Dorries claimed repeated “lies” about her family.
Dorries’ dispute with the paper came to a head this week when she blocked the BoS’s Twitter account and one of its reporters, telling them: “Lie about my family, you pay the price.”
The newspaper’s editor Keeley Knowles said: “With every story that we’ve done on her, and indeed any other MP, we always attempt to get their side of things, which we have done with every story with Nadine.`,
    quotes: [
      { text: "character assassination", speaker: "Nadine Dorries", optional: true },
      { text: "lazy journalism", speaker: "Nadine Dorries", optional: true },
      { text: "stalking her Twitter account for easy copy", speaker: "Nadine Dorries", optional: true },
      { text: "I’ll never give that newspaper a quote again,", speaker: "Nadine Dorries" },
      { text: "crossed a line", speaker: "Nadine Dorries", optional: true },
      { text: "lies", speaker: "Nadine Dorries", optional: true },
      { text: "Lie about my family, you pay the price.", speaker: "Nadine Dorries" },
      {
        text: "With every story that we’ve done on her, and indeed any other MP, we always attempt to get their side of things, which we have done with every story with Nadine.",
        speaker: "Keeley Knowles",
      },
    ],
  }),
  article({
    id: "ra67-guardian-nicky-morgan",
    split: "dev",
    url: "https://www.theguardian.com/media/2014/sep/29/sunday-mirror-must-answer-mp-sexting-nicky-morgan",
    outlet: "The Guardian",
    date: "2014-09-29",
    layout: "standfirst with single-quoted partial quotes, a photo caption repeated, “Morgan, who …, said: “…””; two people surnamed Morgan in the directory",
    text: `Sunday Mirror must answer for MP sexting story – Nicky Morgan

Women’s minister says use of photos without consent is wrong, as editor defends article as ‘wholly in public interest’

Women's minister Nicky Morgan said the Sunday Mirror would have to ‘think about its conduct’. Photograph: Dominic Lipinski/PA

Nicky Morgan, the women’s minister, has criticised the Sunday Mirror for trying to get male MPs to hand over sexually explicit pictures of themselves using photographs of women taken from social media without their consent.

Morgan, who as education secretary is one of the most senior women in government, said: “It is not right that photos are taken without consent from anybody … There is also the broader issue of this story and the fact there was a paper that seemed to be out to target a particular group of men. They will have to answer, I’m afraid, and I think there are regulations affecting that.`,
    quotes: [
      { text: "wholly in public interest", speaker: null, optional: true },
      { text: "think about its conduct", speaker: "Nicky Morgan", optional: true },
      {
        text: "It is not right that photos are taken without consent from anybody … There is also the broader issue of this story and the fact there was a paper that seemed to be out to target a particular group of men. They will have to answer, I’m afraid, and I think there are regulations affecting that.",
        speaker: "Nicky Morgan",
      },
    ],
  }),
  article({
    id: "ra68-huffpost-anderson-morgan",
    split: "dev",
    url: "https://www.huffingtonpost.co.uk/entry/piers-morgan-rinses-tory-mp-lee-anderson-who-doesnt-think-the-times-is-mainstream-media_uk_640b2315e4b01ea5122636eb",
    outlet: "HuffPost UK",
    date: "2023-03-10",
    layout: "social-media row: tweets quoted after “commented:”, “who said:”, “One Twitter user added:”, anonymous voices, a headline in single quotes",
    text: `Piers Morgan Rinses Tory MP Who Doesn’t Think The Times Is 'Mainstream Media'

Critics described Lee Anderson's Twitter as a "parody account".

Conservative party deputy chairman Lee Anderson tweeted a photo of Rishi Sunak with a Times headline underneath which said: “UK economy returns to growth in January”.

Anderson commented: “Getting There. You won’t see this in the MSM.”

MSM is an abbreviation for “mainstream media” and usually associated with large mass media outlets.

Morgan, a presenter on News UK owned TalkTV, commented with a laughing face emoji: “That’s literally a screenshot from the MSM.”

Others working for the News UK empire also tweeted their amusement including Times columnist and Times Radio presenter Hugo Rifkind who said: “Big shout-out to my colleagues in the dissident alternative media.”

One Twitter user added: “Ah yes that famously underground little-known subversive publication *checks notes* The Times.”

Another added: “The Times is literally the MSM Lee.” While one journalist wrote: “Refuse to believe he’s real at this point.”`,
    quotes: [
      { text: "Mainstream Media", speaker: null, optional: true },
      { text: "parody account", speaker: null, optional: true },
      { text: "UK economy returns to growth in January", speaker: null, optional: true },
      { text: "Getting There. You won’t see this in the MSM.", speaker: "Lee Anderson" },
      { text: "mainstream media", speaker: null, optional: true },
      { text: "That’s literally a screenshot from the MSM.", speaker: "Piers Morgan" },
      { text: "Big shout-out to my colleagues in the dissident alternative media.", speaker: "Hugo Rifkind" },
      { text: "Ah yes that famously underground little-known subversive publication *checks notes* The Times.", speaker: null },
      { text: "The Times is literally the MSM Lee.", speaker: null },
      { text: "Refuse to believe he’s real at this point.", speaker: null },
    ],
  }),
  article({
    id: "ra69-azdailysun-flagstaff-council",
    split: "dev",
    url: "https://azdailysun.com/news/local/govt-and-politics/flagstaff-city-council-addresses-controversial-wastewater-expenditure-mayors-recent-behavior/article_b205cf98-1a2a-588b-9b7a-18f4faeab0f7.html",
    outlet: "Arizona Daily Sun",
    date: "2021-10-20",
    layout: "regional paper: quote, “Vice Mayor X said.”, quote continued as a new sentence; a curly opening closed by a straight mark; a resident's partial quote",
    text: `“Whether it be at Council meetings, via email or through social media, your words and your actions reflect upon the entire community,” Vice Mayor Becky Daggett said. “I implore you to take your responsibility as an elected official seriously and conduct yourself accordingly.”

Councilmember Jim McCarthy, who attended the mayor's proposed special meeting, defended the councilmembers that were not present, noting that they were either out of town at the Arizona League of Cities and Towns conference or had made prior commitments.

“The charge that the councilmembers do not value health and safety, and that they just casually skipped Council meetings is completely unfounded,” McCarthy said. “Personal attacks on fellow councilmembers and members of the public will not be tolerated. They must cease immediately, and permanently."

The statements by councilmembers were preceded by a public comment from local business owner John Conley, who called for the mayor to resign, citing “a significant lack of leadership.” Conley, who has lived in Flagstaff for 35 years, said the behavior was unprecedented in the city.`,
    quotes: [
      {
        text: "Whether it be at Council meetings, via email or through social media, your words and your actions reflect upon the entire community,",
        speaker: "Becky Daggett",
      },
      { text: "I implore you to take your responsibility as an elected official seriously and conduct yourself accordingly.", speaker: "Becky Daggett" },
      {
        text: "The charge that the councilmembers do not value health and safety, and that they just casually skipped Council meetings is completely unfounded,",
        speaker: "Jim McCarthy",
      },
      {
        text: "Personal attacks on fellow councilmembers and members of the public will not be tolerated. They must cease immediately, and permanently.",
        speaker: "Jim McCarthy",
      },
      { text: "a significant lack of leadership.", speaker: "John Conley", optional: true },
    ],
  }),
  article({
    id: "ra70-afp-qatar-ansari-need-time",
    split: "dev",
    url: "https://test.daily8.com/en/article/cecdd179da9097bd9e3dae6c6bc23ea6",
    outlet: "AFP (syndicated)",
    date: "2025-07-08",
    layout: "agency copy with straight quotes: “X told reporters at a regular briefing”, “he said.”, “he added.”, a headline quote in single marks, another leader's partial quotes",
    text: `Qatar says 'we will need time' for Gaza ceasefire
A fresh round of indirect talks, after 21 months of fighting in Gaza, began on Sunday, with Qatar's foreign ministry spokesman Majed al-Ansari confirming discussions had gone into a third day.
"I don't think that I can give any timeline at the moment, but I can say right now that we will need time for this," Majed Al-Ansari told reporters at a regular briefing, when asked if a deal was close.
Qatar, along with fellow mediators the United States and Egypt, has brokered back-and-forth talks aimed at a truce since the earliest days of the war, which erupted with Hamas's October 7, 2023 attack on Israel.
Trump, during Israel Prime Minister Benjamin Netanyahu's visit to Washington, earlier said the Doha talks were going "very well" and that Hamas "want to have that ceasefire".
Ansari declined to go into detail about the negotiations, but said they were focused on a framework for talks.
"What is happening right now is that both delegations are in Doha, we are speaking with them separately on a framework for the talks," he said.
"So talks have not begun, as of yet, but we are talking to both sides over that framework," he added.
Ansari noted "positive engagement" and said the fact that the negotiating teams hadn't left the Qatari capital was "always a good sign".`,
    quotes: [
      { text: "we will need time", speaker: "Majed Al-Ansari", optional: true },
      {
        text: "I don't think that I can give any timeline at the moment, but I can say right now that we will need time for this,",
        speaker: "Majed Al-Ansari",
      },
      { text: "very well", speaker: "Donald Trump", optional: true },
      { text: "want to have that ceasefire", speaker: "Donald Trump", optional: true },
      {
        text: "What is happening right now is that both delegations are in Doha, we are speaking with them separately on a framework for the talks,",
        speaker: "Majed Al-Ansari",
      },
      { text: "So talks have not begun, as of yet, but we are talking to both sides over that framework,", speaker: "Majed Al-Ansari" },
      { text: "positive engagement", speaker: "Majed Al-Ansari", optional: true },
      { text: "always a good sign", speaker: "Majed Al-Ansari", optional: true },
    ],
  }),
  article({
    id: "ra71-lbc-qatar-pm-munich",
    split: "dev",
    url: "https://www.lbcgroup.tv/news/israel-gaza-war-updates/754991/qatari-foreign-minister-gazas-truce-talks-in-the-last-few-days-were-no/en",
    outlet: "LBCI (AFP)",
    date: "2024-02-17",
    layout: "Lebanese broadcaster's English page: a headline “Role: claim” without quote marks, a title-and-honorific name, “He added in English, “…””",
    text: `Qatari Foreign Minister: Gaza's truce talks in the last few days were not very promising
2024-02-17
Qatari Prime Minister announced on Saturday in Munich that negotiations between Israel and the Islamic Resistance Movement (Hamas) regarding a ceasefire in the Gaza Strip "have not been very promising" in recent days.
Sheikh Mohammed bin Abdulrahman Al Thani said at the Munich Security Conference, "I believe we can reach an agreement very soon. But the momentum that prevailed in the past few days has not been very promising."
He added in English, "We will always remain optimistic and continue to exert pressure always."
AFP`,
    quotes: [
      { text: "have not been very promising", speaker: "Mohammed bin Abdulrahman Al Thani", optional: true },
      {
        text: "I believe we can reach an agreement very soon. But the momentum that prevailed in the past few days has not been very promising.",
        speaker: "Mohammed bin Abdulrahman Al Thani",
      },
      { text: "We will always remain optimistic and continue to exert pressure always.", speaker: "Mohammed bin Abdulrahman Al Thani" },
    ],
  }),
  article({
    id: "ra72-mina-jubeir-ceasefire",
    split: "dev",
    url: "https://en.minanews.net/saudi-says-syiria-ceasefire-deal-could-be-agreed/",
    outlet: "MINA (Mi’raj Islamic News Agency)",
    date: "2016-09-08",
    layout: "agency brief with a Hijri dateline, “(MINA) –”, the quote's “he” after a paragraph that names the minister twice",
    text: `Saudi Says Syiria Ceasefire Deal Could Be Agreed

Riyadh, 6 Dzulhijjah 1437/8 September 2016  (MINA) – Saudi Foreign Minister Adel Al-Jubeir yesterday said there was a possibility of reaching an agreement on a ceasefire in Syria within 24 hours.

Asked at a briefing with reporters in London to comment on the failure of the United States and Russia to agree a ceasefire, Al-Jubeir said he would not describe it as a failure but as a work in progress, , Middle East Monitor (MEMO) reported.

“There is a possibility of arriving at an understanding in the next 24 hours or so that will test Bashar Al-Assad’s seriousness to comply,” he said.

But the minister went on to say Al-Assad’s history did not inspire optimism about implementation of any agreement.(T/P008/R07)`,
    quotes: [
      {
        text: "There is a possibility of arriving at an understanding in the next 24 hours or so that will test Bashar Al-Assad’s seriousness to comply,",
        speaker: "Adel al-Jubeir",
      },
    ],
  }),
  article({
    id: "ra73-ddindia-ansari-resolution",
    split: "dev",
    url: "https://ddindia.co.in/2024/03/negotiations-on-gaza-ceasefire-deal-ongoing-with-no-timeline-for-agreement-qatari-foreign-ministry",
    outlet: "DD India",
    date: "2024-03-26",
    layout: "state broadcaster's page: long quotes closed by “said the spokesman.” (role noun after the verb) and “X said.”; another outlet quoting an unnamed official",
    text: `The negotiations on a Gaza ceasefire deal are still ongoing, but Qatar cannot offer any timeline on an agreement, the Qatari Foreign Ministry said on Tuesday.
Majed Al-Ansari, spokesman of the ministry said at a media briefing that regardless of the comings and goings of negotiating parties, the meetings are still ongoing in Qatari capital Doha. He denied the allegations that one of the teams had pulled out of the negotiations.
Al-Ansari said Qatar welcomes the resolution that the UN Security Council adopted on Monday. Resolution 2728 demands an immediate cease-fire in Gaza for Ramadan, as a stopgap paving way for a sustainable cease-fire.
“We welcome such a move because we welcome any international diplomatic initiative, whether it be regional or international, in support of ending this terrible conflict. And that is certainly coming from the Security Council. And such language is very helpful. And we hope that this momentum would continue and that we can build down this decision to expedite the end of this war,” said the spokesman.
He also said that Qatar cannot offer any timeline, but remains optimistic over the current situation of the talks.
“The talks are ongoing, the efforts are ongoing and that in its own right is a good thing certainly. As I said, I don’t have any update over the timelines of how we can gauge optimism over the current situation but we remain hopeful,” Al-Ansari said.
The Times of Israel quoted an Israeli official as saying the Israeli government on Tuesday recalled its negotiating team from Qatar after Hamas rejected its latest offer in talks on a hostage deal and truce.`,
    quotes: [
      {
        text: "We welcome such a move because we welcome any international diplomatic initiative, whether it be regional or international, in support of ending this terrible conflict. And that is certainly coming from the Security Council. And such language is very helpful. And we hope that this momentum would continue and that we can build down this decision to expedite the end of this war,",
        speaker: "Majed Al-Ansari",
      },
      {
        text: "The talks are ongoing, the efforts are ongoing and that in its own right is a good thing certainly. As I said, I don’t have any update over the timelines of how we can gauge optimism over the current situation but we remain hopeful,",
        speaker: "Majed Al-Ansari",
      },
    ],
  }),
  article({
    id: "ra74-financialtribune-jaberi-ansari",
    split: "dev",
    url: "https://financialtribune.com/articles/national/51672/ceasefire-focal-point-of-syria-peace-talks",
    outlet: "Financial Tribune (Tehran)",
    date: "2016-10-16",
    layout: "Iranian English daily: a pull quote without marks under the headline, a photo caption of the name twice, “X …, told IRIB News … . “…,” he said.”; two people called Ansari in the directory",
    text: `Ceasefire Focal Point of Syria Peace Talks

Ways to separate terrorist groups from the so-called moderate militants in Syria and the related criteria and timetable were discussed in detail
Hossein Jaberi Ansari
Hossein Jaberi Ansari

The international Syria talks on Saturday were mainly focused on establishing a ceasefire in the conflict-ridden Arab country, a high-ranking Iranian diplomat said.

Hossein Jaberi Ansari, the deputy foreign minister for Arab and African affairs, who attended the meeting, told IRIB News on Saturday that the participants conferred on how to distinguish terrorist groups, particularly the Al-Nusra Front [recently rebranded as Jabhat Fateh al-Sham] and the self-styled Islamic State, from other militant groups operating in Syria.

"Ways to separate these groups and the related criteria and timetable were discussed in detail," he said.`,
    quotes: [{ text: "Ways to separate these groups and the related criteria and timetable were discussed in detail,", speaker: "Hossein Jaberi Ansari" }],
  }),
  article({
    id: "ra75-wilmington-mayor-statement",
    split: "dev",
    url: "http://www.ci.wilmington.de.us/news/news.php?newsID=924",
    outlet: "City of Wilmington (news release)",
    date: "2013-05-30",
    layout: "a city's release: the whole statement one quotation over two paragraphs, the second without an opening mark, closed by “said Mayor X.”",
    text: `Mayor Williams Issues Statement Following Council Override

Posted on  05/30/2013 6:48 pm

“I am disappointed by Council’s action. Throughout this process, my Administration has worked diligently to achieve a compromise, and it is disheartening we were unable to reach an agreement. I remain concerned that the budget is unbalanced and contains provisions that are contrary to the City Charter.

I was elected to manage this City, and while I do not believe this budget includes all of the resources necessary to meet next year’s obligations, we will do our best to move forward and provide the quality services our citizens deserve, among them police and fire protection, trash collection and safe parks for our kids,” said Mayor Dennis P. Williams.`,
    quotes: [
      {
        text: "I am disappointed by Council’s action. Throughout this process, my Administration has worked diligently to achieve a compromise, and it is disheartening we were unable to reach an agreement. I remain concerned that the budget is unbalanced and contains provisions that are contrary to the City Charter. I was elected to manage this City, and while I do not believe this budget includes all of the resources necessary to meet next year’s obligations, we will do our best to move forward and provide the quality services our citizens deserve, among them police and fire protection, trash collection and safe parks for our kids,",
        speaker: "Dennis Williams",
      },
    ],
  }),
  article({
    id: "ra76-eastwick-mantello-statement",
    split: "dev",
    url: "https://eastwickpress.com/news/2022/06/reaction-to-ashe-mcpherson-conviction-and-resignation/",
    outlet: "The Eastwick Press",
    date: "2022-06-09",
    layout: "weekly paper: “issued the following statement”, the statement over paragraphs opening with a doubled mark (““), a quotation of the city charter nested in the same marks",
    text: `On Thursday morning, June 9, Troy City Council President Carmella Mantello issued the following statement on the Ashe-McPherson resignation following her guilty plea to a felony count of absentee ballot-fraud.

““This morning I received District 2 Council Member Ashe-McPherson’s resignation, effective immediately.

Per the City Charter, the City Council vacancy “shall be filled by a vote of the remaining Council Members. In the event of a tie, the Mayor shall cast the deciding vote. An election will take place this November to fulfill the balance of the term from January 2023 through the end of next year”.

I, along with Council Members Gulli and Sorriento, will be advancing legislation creating a bi-partisan Special Committee comprised of five members, three District 2 residents and a majority and minority Council Member, which will open the door for residents of District 2 to express their ideas and make recommendations pertaining to filling the vacant council seat in District 2.

It is imperative that we move forward in an open and inclusive manner to ensure the residents in District 2 have ongoing representation on the City Council.”`,
    quotes: [
      { text: "This morning I received District 2 Council Member Ashe-McPherson’s resignation, effective immediately.", speaker: "Carmella Mantello" },
      {
        text: "I, along with Council Members Gulli and Sorriento, will be advancing legislation creating a bi-partisan Special Committee comprised of five members, three District 2 residents and a majority and minority Council Member, which will open the door for residents of District 2 to express their ideas and make recommendations pertaining to filling the vacant council seat in District 2.",
        speaker: "Carmella Mantello",
      },
      {
        text: "It is imperative that we move forward in an open and inclusive manner to ensure the residents in District 2 have ongoing representation on the City Council.",
        speaker: "Carmella Mantello",
      },
    ],
  }),
  article({
    id: "ra77-pressherald-letter-senators",
    split: "dev",
    url: "https://www.pressherald.com/2022/01/27/letter-to-the-editor-debate-with-georgia-colleague-doesnt-reflect-well-on-sen-collins/",
    outlet: "Portland Press Herald (letter to the editor)",
    date: "2022-01-27",
    layout: "a reader's letter quoting five senators named “Sen. X, R-State,”; ellipses inside quotes; scare quotes; the writer's signature",
    text: `In the Senate voting rights debate Jan. 19, I was proud of one of my senators and embarrassed by the other.

When Sen. Tom Cotton, R-Ark., invited Sen. Angus King, I-Maine, to “colloquy” about changing his mind on the filibuster, King accepted, explaining that the filibuster should not be used for “fundamental structural changes that … are compromising the ability of our people to express themselves in a democracy. … If I have to choose between a Senate rule … and democracy itself, I’m going to take democracy every single time.”

Subsequently, Sen. Susan Collins, R-Maine, engaged in a back-and-forth with Sen. Jon Ossoff, D-Ga., accusing him of impugning her for being inconsistent in her support of the Voting Rights Act. In retaliation, she made a snide remark about his age: “I’m not sure that the senator from Georgia was even born in 1965.”

In his rebuttal, Ossoff – the youngest sitting senator – did not take the bait but praised Collins’ “reputation for bipartisanship” and her “thoughtful … approach.”

She replied with a petty complaint about the bill’s page count, and in a final fit of pique, admonished Ossoff to “review exactly what he said” on the floor earlier that evening – words she admitted she had not even been on the floor to hear.

When Sen. Jeff Merkley, D-Ore., finally called for a vote on the filibuster, he said, “If … you want people who want to debate to have to show up to debate, support the talking filibuster.”

I guess Sen. Collins supports the “secret silent filibuster.”

Kelley McDaniel
Portland`,
    quotes: [
      { text: "colloquy", speaker: "Tom Cotton", optional: true },
      {
        text: "fundamental structural changes that … are compromising the ability of our people to express themselves in a democracy. … If I have to choose between a Senate rule … and democracy itself, I’m going to take democracy every single time.",
        speaker: "Angus King",
      },
      { text: "I’m not sure that the senator from Georgia was even born in 1965.", speaker: "Susan Collins" },
      { text: "reputation for bipartisanship", speaker: "Jon Ossoff", optional: true },
      { text: "thoughtful … approach.", speaker: "Jon Ossoff", optional: true },
      { text: "review exactly what he said", speaker: "Susan Collins", optional: true },
      { text: "If … you want people who want to debate to have to show up to debate, support the talking filibuster.", speaker: "Jeff Merkley" },
      { text: "secret silent filibuster.", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra78-bbc-morgan-mensch-hacking",
    split: "dev",
    url: "https://www.bbc.co.uk/news/uk-politics-14221376",
    outlet: "BBC News",
    date: "2011-07-21",
    layout: "a media caption “Media captionName: ''…''” in doubled single marks, “saying: “…””, a quote inside a quote in single marks, a subheading in single marks",
    text: `Piers Morgan demands MP apology over hacking 'lies'

Media playback is unsupported on your device
Media captionPiers Morgan: ''It is a complete outrage... I would like her (Louise Mensch) to read the book and then apologise''

Piers Morgan has demanded Tory MP Louise Mensch apologise for claiming he had admitted using phone hacking to get stories when he was a tabloid editor.

The two clashed on CNN after Mrs Mensch said Mr Morgan had "boasted" in his book about hacking phones to get a news story while he was at the Daily Mirror.

Mr Morgan accused her of "cowardice" and of telling "an outrageous lie".

Mr Morgan also firmly denied sanctioning any phone hacking while he was at those newspapers, saying: "For the record, at my time at the Mirror and the News of the World I have never hacked a phone, told any body to hack a phone or published any stories based on the hacking of a phone."

'Little trick'

In the committee hearing, she said: "As a former editor of the Daily Mirror, he said in his book The Insider recently that that 'little trick' of entering a 'standard four digit code' will allow 'anyone' to call a number and 'hear all your messages'."`,
    quotes: [
      { text: "lies", speaker: "Louise Mensch", optional: true },
      { text: "It is a complete outrage... I would like her (Louise Mensch) to read the book and then apologise", speaker: "Piers Morgan" },
      { text: "boasted", speaker: "Louise Mensch", optional: true },
      { text: "cowardice", speaker: "Piers Morgan", optional: true },
      { text: "an outrageous lie", speaker: "Piers Morgan", optional: true },
      {
        text: "For the record, at my time at the Mirror and the News of the World I have never hacked a phone, told any body to hack a phone or published any stories based on the hacking of a phone.",
        speaker: "Piers Morgan",
      },
      { text: "Little trick", speaker: null, optional: true },
      {
        text: "As a former editor of the Daily Mirror, he said in his book The Insider recently that that 'little trick' of entering a 'standard four digit code' will allow 'anyone' to call a number and 'hear all your messages'.",
        speaker: "Louise Mensch",
      },
      { text: "little trick", speaker: "Piers Morgan", optional: true },
      { text: "standard four digit code", speaker: "Piers Morgan", optional: true },
      { text: "anyone", speaker: "Piers Morgan", optional: true },
      { text: "hear all your messages", speaker: "Piers Morgan", optional: true },
    ],
  }),
];

const MAY = "Theresa May";
const KENNY = "Enda Kenny";
const KAWAMURA = "Yasuhisa Kawamura";
const ONO = "Hikariko Ono";
const YOSHIDA = "Tomoyuki Yoshida";
const BAGCHI = "Arindam Bagchi";
const ZAKHAROVA = "Maria Zakharova";
const WANG = "Wang Wenbin";
const TRUDEAU = "Justin Trudeau";
const SWARAJ = "Sushma Swaraj";
const HARRIS = "Simon Harris";
const JAISWAL = "Randhir Jaiswal";

export const widerDevTranscripts: RealTranscript[] = [
  transcript({
    id: "rt60-govuk-may-varadkar",
    split: "dev",
    url: "https://www.gov.uk/government/speeches/pm-press-conference-with-taoiseach-leo-varadkar-19-june-2017",
    outlet: "GOV.UK",
    date: "2017-06-19",
    layout: "joint press conference: the speaker's role and name alone on a line above her remarks, an image caption, the guest named by role in the remarks",
    text: `PM press conference with Taoiseach Leo Varadkar: 19 June 2017

Prime Minister Theresa May held a press conference with the Irish Taoiseach Leo Varadkar after talks at 10 Downing Street.

Image of Prime Minister Theresa May with Taoiseach Leo Varadkar

PM press conference with Taoiseach Leo Varadker

Prime Minister Theresa May

I would like to extend a warm welcome to Leo Varadkar to Downing Street today for the first time and offer my congratulations on his appointment as Taoiseach and leader of Fine Gael.

The unique relationship shared between the United Kingdom and Ireland is one of friendship, close cooperation and a deep sense of shared endeavour, bound by common values and generations of family links between our people.

The Taoiseach has said he believes in an Ireland where every person has an opportunity to succeed and share in prosperity. And I share a similar belief that the United Kingdom should be a place where everyone should have the chance to live a secure and happy life - a country that works for everyone, not just the privileged few.

We also spoke about the unimaginable tragedy which struck Grenfell Tower last week. The government will continue to do absolutely everything possible to help all of those affected through the difficult days, weeks, months and years ahead.

The Taoiseach expressed his deepest sympathies for those affected by these horrific events and we both agreed that this kind of hatred and evil that leads to terrorism would never prevail.`,
    sentences: [
      {
        text: "I would like to extend a warm welcome to Leo Varadkar to Downing Street today for the first time and offer my congratulations on his appointment as Taoiseach and leader of Fine Gael.",
        speaker: MAY,
      },
      {
        text: "The unique relationship shared between the United Kingdom and Ireland is one of friendship, close cooperation and a deep sense of shared endeavour, bound by common values and generations of family links between our people.",
        speaker: MAY,
      },
      { text: "The Taoiseach has said he believes in an Ireland where every person has an opportunity to succeed and share in prosperity.", speaker: MAY },
      {
        text: "And I share a similar belief that the United Kingdom should be a place where everyone should have the chance to live a secure and happy life - a country that works for everyone, not just the privileged few.",
        speaker: MAY,
      },
      { text: "We also spoke about the unimaginable tragedy which struck Grenfell Tower last week.", speaker: MAY },
      {
        text: "The government will continue to do absolutely everything possible to help all of those affected through the difficult days, weeks, months and years ahead.",
        speaker: MAY,
      },
      {
        text: "The Taoiseach expressed his deepest sympathies for those affected by these horrific events and we both agreed that this kind of hatred and evil that leads to terrorism would never prevail.",
        speaker: MAY,
      },
    ],
  }),
  transcript({
    id: "rt61-broadsheet-kenny-brexit",
    split: "dev",
    url: "http://www.broadsheet.ie/tag/speech/",
    outlet: "Broadsheet.ie (tag page)",
    date: "2016-06-24",
    layout: "a statement printed under a caption line “Taoiseach Enda Kenny” on a blog's tag page, after another post quoting a journalist's tweet",
    text: `Tag Archives: speech

Fiach Kelly tweetz:

#Budget2017 lost and found: budget speech found on floor of Leinster House toilet, guessing it’s a Sinn Féin TD – any takers?!

Taoiseach Enda Kenny

In recent months, the Irish Government has advocated for our belief that the EU would be better with Britain as a leading member and that Britain and Ireland have always worked together very well as equal partners within the European Union.

I’m very sorry that the result of the referendum is for the United Kingdom to leave the European Union. However, the British people have spoken clearly and we fully respect their position and their decision.

I want to assure the Irish public that we have prepared, to the greatest extent possible, for this eventuality. There will be no immediate change to the free flow of people, of good and of services between our islands.

Our primary objective remains to protect and to advance this country’s interest. I propose to further brief the Opposition leaders of those actions in the afternoon and the Dáil will be recalled on Monday.`,
    sentences: [
      {
        text: "In recent months, the Irish Government has advocated for our belief that the EU would be better with Britain as a leading member and that Britain and Ireland have always worked together very well as equal partners within the European Union.",
        speaker: KENNY,
      },
      { text: "I’m very sorry that the result of the referendum is for the United Kingdom to leave the European Union.", speaker: KENNY },
      { text: "However, the British people have spoken clearly and we fully respect their position and their decision.", speaker: KENNY },
      { text: "I want to assure the Irish public that we have prepared, to the greatest extent possible, for this eventuality.", speaker: KENNY },
      { text: "There will be no immediate change to the free flow of people, of good and of services between our islands.", speaker: KENNY },
      { text: "Our primary objective remains to protect and to advance this country’s interest.", speaker: KENNY },
      {
        text: "I propose to further brief the Opposition leaders of those actions in the afternoon and the Dáil will be recalled on Monday.",
        speaker: KENNY,
      },
    ],
  }),
  transcript({
    id: "rt62-mofa-japan-kawamura",
    split: "dev",
    url: "https://www.mofa.go.jp/press/kaiken/kaiken4e_000288.html",
    outlet: "Ministry of Foreign Affairs of Japan",
    date: "2016-07-06",
    layout: "“Surname, Outlet:” question labels (one journalist surnamed like a former prime minister), “Foreign Press Secretary Surname:” answers, topic headings, a translation notice",
    text: `Press Conference by Foreign Press Secretary Yasuhisa Kawamura
Wednesday, July 6, 2016, 4:13 p.m.   Ministry of Foreign Affairs

This is a provisional translation by an external company for reference purpose only.

Terrorist attack and hostage incident in Bangladesh

Abe, Asahi Shimbun: The bodies of the deceased in the Dhaka hostage incident were returned to Japan yesterday, and it is my understanding that the Ministry of Foreign Affairs has assigned one official to each of the families. Could you tell us what measures you will be taking for the families going forward?

Foreign Press Secretary Kawamura: Regarding this incident in Dhaka, the feelings of the families are extremely important. We assigned an official to each family in order to provide as much support as we can in a manner that respects the feelings of the families. As for the specific measures to be taken going forward, we intend to communicate with the respective families and, based on that, make our responses.

Fujita, Fuji TV: On a related matter, there are some media reports that say that reinforcing and adding personnel to the Counter Terrorism Unit- Japan is being considered. Could you give us confirmation on this point?

Foreign Press Secretary Kawamura: We received instructions from the Prime Minister to be fully prepared regarding counter-terrorism measures in Japan and abroad in light of this terrorist incident. In response, we intend to consider the matter in order to strengthen the specific system including the Counter Terrorism Unit – Japan that was established in the Ministry of Foreign Affairs last year.`,
    sentences: [
      { text: "Regarding this incident in Dhaka, the feelings of the families are extremely important.", speaker: KAWAMURA },
      {
        text: "We assigned an official to each family in order to provide as much support as we can in a manner that respects the feelings of the families.",
        speaker: KAWAMURA,
      },
      {
        text: "As for the specific measures to be taken going forward, we intend to communicate with the respective families and, based on that, make our responses.",
        speaker: KAWAMURA,
      },
      {
        text: "We received instructions from the Prime Minister to be fully prepared regarding counter-terrorism measures in Japan and abroad in light of this terrorist incident.",
        speaker: KAWAMURA,
      },
      {
        text: "In response, we intend to consider the matter in order to strengthen the specific system including the Counter Terrorism Unit – Japan that was established in the Ministry of Foreign Affairs last year.",
        speaker: KAWAMURA,
      },
    ],
  }),
  transcript({
    id: "rt63-mofa-japan-ono",
    split: "dev",
    url: "https://www.mofa.go.jp/press/kaiken/kaiken23e_000067.html",
    outlet: "Ministry of Foreign Affairs of Japan",
    date: "2023-03-08",
    layout: "“Outlet, Surname:” and “Ms. SURNAME Given, Press Secretary:” labels with no space after the colon; a question quoting another minister in marks",
    text: `Press Conferences

Press Conference by Foreign Press Secretary ONO Hikariko

Wednesday, March 8, 2023, 3:45 p.m. Ministry of Foreign Affairs

This is a provisional translation by an external company for reference purpose only.

Press Conference by Foreign Minister Qin Gang of China

Yomiuri Shimbun, Yokobori:In the press conference on March 7, Foreign Minister Qin Gang of China repeatedly criticized the United States. He also made statements to Japan, as if to check Japan from not following the United States, which is putting pressure on Japan, stating that if Japan were to “take part in a new Cold War to contain China, the bilateral relations would only suffer new wounds…” Please tell us the reaction of the Government of Japan, and your policy for approaching dialogue with China.

Ms. ONO Hikariko, Press Secretary:I would like to refrain from commenting one by one on the statements of Foreign Minister Qin of China. There are various possibilities for Japan-China relations, as well as many challenges and concerns. At the same time, Japan and China both have immense responsibilities for the peace and prosperity of the region and the international community amidst the changing global affairs.

In addition, I believe the stability of U.S.-China relations is extremely important to the international community. Japan will continue to urge China to fulfill its responsibilities as a major power while advancing various forms of cooperation under our strong relationship of trust with our ally, the United States.`,
    sentences: [
      { text: "I would like to refrain from commenting one by one on the statements of Foreign Minister Qin of China.", speaker: ONO },
      { text: "There are various possibilities for Japan-China relations, as well as many challenges and concerns.", speaker: ONO },
      {
        text: "At the same time, Japan and China both have immense responsibilities for the peace and prosperity of the region and the international community amidst the changing global affairs.",
        speaker: ONO,
      },
      { text: "In addition, I believe the stability of U.S.-China relations is extremely important to the international community.", speaker: ONO },
      {
        text: "Japan will continue to urge China to fulfill its responsibilities as a major power while advancing various forms of cooperation under our strong relationship of trust with our ally, the United States.",
        speaker: ONO,
      },
    ],
  }),
  transcript({
    id: "rt64-mofa-japan-yoshida",
    split: "dev",
    url: "https://www.mofa.go.jp/press/kaiken/kaiken6e_000034.html",
    outlet: "Ministry of Foreign Affairs of Japan",
    date: "2021-04-28",
    layout: "opening remarks under “Mr. SURNAME Given, Press Secretary:”, later “Press Secretary Surname:”, turns on consecutive lines without blank lines, “Outlet, Surname:” question",
    text: `Press Conference by Foreign Press Secretary YOSHIDA Tomoyuki

Wednesday, April 28, 2021, 3:46 p.m. Ministry of Foreign Affairs

This is a provisional translation by an external company for reference purpose only.

Mr. YOSHIDA Tomoyuki, Press Secretary: Please excuse me for my long absence. I look forward to your cooperation like before. I just wanted to say that before starting. I do not have anything in particular to announce.

Prime Minister Suga’s Appearance on the Cover of Newsweek Magazine

Asahi Shimbun, Abe: Prime Minister Suga will appear on the cover of Newsweek set for release on April 30. When was the last time a Japanese prime minister appeared on the cover of such a well-known magazine overseas? Also, what are your thoughts on the significance of this for MOFA?
Press Secretary Yoshida: Your question is about the English edition of Newsweek set to be released on April 30, for which there is also a Japanese edition. As you pointed out, it is my understanding that an interview with Prime Minister Suga, which was conducted during his recent visit to the United States, will be printed in the magazine.
I do not know when a Japanese prime minister last appeared on the cover of a globally influential magazine. In any event, I do not really remember such a case of one country’s leader appearing on the cover of a magazine such as Newsweek with a main interview being published.`,
    sentences: [
      { text: "Please excuse me for my long absence.", speaker: YOSHIDA, optional: true },
      { text: "I look forward to your cooperation like before.", speaker: YOSHIDA, optional: true },
      { text: "I just wanted to say that before starting.", speaker: YOSHIDA },
      { text: "I do not have anything in particular to announce.", speaker: YOSHIDA },
      {
        text: "Your question is about the English edition of Newsweek set to be released on April 30, for which there is also a Japanese edition.",
        speaker: YOSHIDA,
      },
      {
        text: "As you pointed out, it is my understanding that an interview with Prime Minister Suga, which was conducted during his recent visit to the United States, will be printed in the magazine.",
        speaker: YOSHIDA,
      },
      { text: "I do not know when a Japanese prime minister last appeared on the cover of a globally influential magazine.", speaker: YOSHIDA },
      {
        text: "In any event, I do not really remember such a case of one country’s leader appearing on the cover of a magazine such as Newsweek with a main interview being published.",
        speaker: YOSHIDA,
      },
    ],
  }),
  transcript({
    id: "rt65-mea-india-bagchi",
    split: "dev",
    url: "https://mea.gov.in/media-briefings.htm?dtl/36135/Transcript_of_Weekly_Media_Briefing_by_the_Official_Spokesperson_January_19_2023",
    outlet: "Ministry of External Affairs of India",
    date: "2023-01-19",
    layout: "“Shri Name, Official Spokesperson:” label, an announcement in one long paragraph, questions labelled with the journalist's first name only",
    text: `Media Center

Transcript of Weekly Media Briefing by the Official Spokesperson (January 19, 2023)

January 19, 2023

Shri Arindam Bagchi, Official Spokesperson: A very good afternoon to all of you. Thank you for joining us for this weekly media briefing. Before we begin, I have one announcement. I am pleased to announce that the Ministry of External Affairs will be organizing the third Atal Bihari Vajpayee Memorial Lecture on 23rd January, that is the coming Monday. The lecture will be delivered by Ambassador Bilahari Kausikan, former Permanent Secretary of the Ministry of Foreign Affairs of Singapore and he's currently, as you know, the Chairman of the Middle East Institute at the National University of Singapore. The topic of the lecture will be "The Future of Global Uncertainty”. External Affairs Minister will preside over this event. As you are aware, this is a memorial lecture series. Okay, I'm happy to take a few questions one by one.

Sidhant: Sir, I’m Sidhant from WION. Sir, in Australia, we have seen a number of temples being vandalized and graffiti being written on them, anti-India graffiti. Has India raised the matter officially with the Australian Government?

Shrinjoy: Sir, Times Now. Sir, you may be aware that BBC has recently broadcasted a documentary or longish documentary on the Gujarat riots. Now, what is the Indian government's reaction to it?`,
    sentences: [
      { text: "A very good afternoon to all of you.", speaker: BAGCHI, optional: true },
      { text: "Thank you for joining us for this weekly media briefing.", speaker: BAGCHI, optional: true },
      { text: "Before we begin, I have one announcement.", speaker: BAGCHI },
      {
        text: "I am pleased to announce that the Ministry of External Affairs will be organizing the third Atal Bihari Vajpayee Memorial Lecture on 23rd January, that is the coming Monday.",
        speaker: BAGCHI,
      },
      {
        text: "The lecture will be delivered by Ambassador Bilahari Kausikan, former Permanent Secretary of the Ministry of Foreign Affairs of Singapore and he's currently, as you know, the Chairman of the Middle East Institute at the National University of Singapore.",
        speaker: BAGCHI,
      },
      { text: "The topic of the lecture will be \"The Future of Global Uncertainty”.", speaker: BAGCHI },
      { text: "External Affairs Minister will preside over this event.", speaker: BAGCHI },
      { text: "As you are aware, this is a memorial lecture series.", speaker: BAGCHI },
      { text: "Okay, I'm happy to take a few questions one by one.", speaker: BAGCHI },
    ],
  }),
  transcript({
    id: "rt66-mid-russia-zakharova",
    split: "dev",
    url: "http://www.embrussia.ru/node/921",
    outlet: "Embassy of Russia (Foreign Ministry briefing)",
    date: "2017-10-12",
    layout: "a briefing by a named spokesperson with no turn labels: topic headings, a print-button label in Portuguese, remarks in the first person plural",
    text: `Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, October 12, 2017

Versão de impressão

Meeting between Foreign Minister Sergey Lavrov and President of El Salvador’s Legislative Assembly Guillermo Gallegos

On October 13, Foreign Minister Sergey Lavrov will have a meeting with President of El Salvador’s Legislative Assembly Guillermo Gallegos, who will be in Russia as head of a delegation of the Salvadoran Parliament to participate in the 137th session of the Inter-Parliamentary Union Assembly (St Petersburg, October 14-18).

We consider El Salvador our promising partner in Central America. In recent years, bilateral relations have gained a noticeable momentum and made some progress reaching a qualitatively new level. An Agreement on the Foundations of Relations was signed and entered into force on December 17, 2012.

June 3 marked the 25th anniversary of establishing diplomatic relations between Russia and El Salvador (1992). A photo exhibition, Modern Russia, was opened to visitors.`,
    sentences: [
      {
        text: "On October 13, Foreign Minister Sergey Lavrov will have a meeting with President of El Salvador’s Legislative Assembly Guillermo Gallegos, who will be in Russia as head of a delegation of the Salvadoran Parliament to participate in the 137th session of the Inter-Parliamentary Union Assembly (St Petersburg, October 14-18).",
        speaker: ZAKHAROVA,
      },
      { text: "We consider El Salvador our promising partner in Central America.", speaker: ZAKHAROVA },
      {
        text: "In recent years, bilateral relations have gained a noticeable momentum and made some progress reaching a qualitatively new level.",
        speaker: ZAKHAROVA,
      },
      { text: "An Agreement on the Foundations of Relations was signed and entered into force on December 17, 2012.", speaker: ZAKHAROVA },
      { text: "June 3 marked the 25th anniversary of establishing diplomatic relations between Russia and El Salvador (1992).", speaker: ZAKHAROVA },
      { text: "A photo exhibition, Modern Russia, was opened to visitors.", speaker: ZAKHAROVA },
    ],
  }),
  transcript({
    id: "rt67-fmprc-wang-wenbin-bilingual",
    split: "dev",
    url: "http://m.studyofnet.com/895770631.html",
    outlet: "Chinese Foreign Ministry (bilingual reprint)",
    date: "2022-08-19",
    layout: "bilingual: each turn in Chinese then in English, “Outlet:” question label, “Name:” answer label in both scripts",
    text: `2022年8月19日外交部发言人汪文斌

主持例行记者会

Foreign Ministry Spokesperson Wang Wenbin’s
Regular Press Conference on August 19, 2022

澎湃新闻记者:我们注意到,中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式成功举行。你可否介绍会议情况及取得的成果?

The Paper: We have noted that the Coordinators’ Meeting on the Implementation of the Follow-up Actions of the 8th Ministerial Conference of the Forum on China-Africa Cooperation (FOCAC) was successfully held yesterday via video link. Can you share with us the details and outcomes of the meeting?

汪文斌:昨天,王毅国务委员兼外长在北京以视频方式主持中非合作论坛第八届部长级会议成果落实协调人会议。这次会议是在国际形势风云变幻之下、在全球挑战层出不穷之时召开的。

Wang Wenbin: Yesterday State Councilor and Foreign Minister Wang Yi chaired the Coordinators’ Meeting on the Implementation of the Follow-up Actions of the 8th Ministerial Conference of FOCAC in Beijing via video link. Foreign Minister Aïssata Tall Sall of Senegal, the African co-chair of FOCAC, representatives of previous African co-chairs of FOCAC, sub-regional representatives of Africa, and representatives of the AU Commission, and African Diplomatic Envoys in China attended the meeting. The meeting was held amid evolving international situation and rising global challenge.`,
    sentences: [
      {
        text: "Yesterday State Councilor and Foreign Minister Wang Yi chaired the Coordinators’ Meeting on the Implementation of the Follow-up Actions of the 8th Ministerial Conference of FOCAC in Beijing via video link.",
        speaker: WANG,
      },
      {
        text: "Foreign Minister Aïssata Tall Sall of Senegal, the African co-chair of FOCAC, representatives of previous African co-chairs of FOCAC, sub-regional representatives of Africa, and representatives of the AU Commission, and African Diplomatic Envoys in China attended the meeting.",
        speaker: WANG,
      },
      { text: "The meeting was held amid evolving international situation and rising global challenge.", speaker: WANG },
    ],
  }),
  transcript({
    id: "rt68-trudeau-captions-qa",
    split: "dev",
    url: "https://jules2689.github.io/trudeau/2020-06-25/9byorXCv9D0/q_a",
    outlet: "Captions of the Prime Minister of Canada's briefing (reformatted)",
    date: "2020-06-25",
    layout: "labels on their own line: “(Question by Media):”, “The Rt. Honourable Justin Trudeau:”, “[ speaking french ]”, “Voice of Interpreter:” rendering the answer again in English; lower-case caption text",
    text: `trudeau

Parses captions for PM Trudeau's daily speeches and presents them in a more human readable format

Q & A

Thank you, Prime Minister. We’ll now go to the phone for questions. One question, one follow-up. Operator?

(Question by Media):

Thank you, Merci. First question, Kate, bloomberg. Line open.

(Question by Media):

Good morning, Prime Minister, you told bill morneau to maintain Canada’s triple a credit rating in his mandate letter, and one of the big three agencies just downgraded us. What does this say about your government as money managers an dare there any fiscal anchors let to hold on to?

The Rt. Honourable Justin Trudeau:

What it says is this inhistoric, unprecedented pandemic, we needed to help Canadians. We came into this situation wit hone of the best balance sheets in the g7, and we put that to work for people. We put more than $50 billion into people’s pockets through the Canada emergency response benefit. We have supported our entrepreneurs. That was a decision that we needed to make because supporting Canadians is always the priority of this government.

[ speaking french ]

Voice of Interpreter:

In this pandemic and this unprecedented crisis. We had to focus on supporting Canadians.`,
    sentences: [
      { text: "What it says is this inhistoric, unprecedented pandemic, we needed to help Canadians.", speaker: TRUDEAU },
      { text: "We came into this situation wit hone of the best balance sheets in the g7, and we put that to work for people.", speaker: TRUDEAU },
      { text: "We put more than $50 billion into people’s pockets through the Canada emergency response benefit.", speaker: TRUDEAU },
      { text: "We have supported our entrepreneurs.", speaker: TRUDEAU },
      { text: "That was a decision that we needed to make because supporting Canadians is always the priority of this government.", speaker: TRUDEAU },
      { text: "In this pandemic and this unprecedented crisis.", speaker: TRUDEAU, optional: true },
      { text: "We had to focus on supporting Canadians.", speaker: TRUDEAU, optional: true },
    ],
  }),
  transcript({
    id: "rt69-pmgcca-trudeau-end-of-sitting",
    split: "dev",
    url: "https://pm.gc.ca/en/videos/2016/06/22/pm-trudeau-delivers-remarks-end-parliamentary-sitting-ottawa",
    outlet: "Prime Minister of Canada",
    date: "2016-06-22",
    layout: "“RIGHT HONOURABLE NAME (Prime Minister of Canada):” label in capitals with the role in parentheses, then paragraphs without labels; title “Transcript - …”",
    text: `Transcript - PM Trudeau delivers remarks at the end of the Parliamentary sitting in Ottawa
PM Trudeau delivers remarks at the end of the Parliamentary sitting in Ottawa
RIGHT HONOURABLE JUSTIN TRUDEAU (Prime Minister of Canada): Thank you Manon.
Good afternoon, everyone. Thank you for being here.
As you know, the spring parliamentary session came to a close last week. Today, when many MPs are heading home, I’d like to take a brief look back at what we accomplished for Canadians during this period.
Last fall we were elected on a promise to do more to help middle class Canadians and those working hard to join their ranks. Looking back on the last seven months and especially the budget announced in March, it is clear that we kept this promise.
The first is the middle class tax cut. One month after taking office, we introduced legislation that would cut taxes for the middle-class and raise taxes on the wealthiest one per cent of Canadians.`,
    sentences: [
      { text: "Thank you Manon.", speaker: TRUDEAU, optional: true },
      { text: "Good afternoon, everyone.", speaker: TRUDEAU, optional: true },
      { text: "Thank you for being here.", speaker: TRUDEAU, optional: true },
      { text: "As you know, the spring parliamentary session came to a close last week.", speaker: TRUDEAU },
      {
        text: "Today, when many MPs are heading home, I’d like to take a brief look back at what we accomplished for Canadians during this period.",
        speaker: TRUDEAU,
      },
      { text: "Last fall we were elected on a promise to do more to help middle class Canadians and those working hard to join their ranks.", speaker: TRUDEAU },
      { text: "Looking back on the last seven months and especially the budget announced in March, it is clear that we kept this promise.", speaker: TRUDEAU },
      { text: "The first is the middle class tax cut.", speaker: TRUDEAU },
      {
        text: "One month after taking office, we introduced legislation that would cut taxes for the middle-class and raise taxes on the wealthiest one per cent of Canadians.",
        speaker: TRUDEAU,
      },
    ],
  }),
  transcript({
    id: "rt70-mea-swaraj-one-year",
    split: "dev",
    url: "https://nepalforeignaffairs.com/briefing-by-indian-external-affairs-minister-on-completing-one-year-in-government-may-31-2015/",
    outlet: "Nepal Foreign Affairs (reprint of the Indian MEA transcript)",
    date: "2015-05-31",
    layout: "“Role (Shrimati Name):” label, the speaker's name in an image file name on the date line, “…(Inaudible)…” inside a sentence",
    text: `Briefing by Indian External Affairs Minister on Completing One Year in Government (May 31, 2015)

Sushma_Swaraj_largeMay 31, 2015

External Affairs Minister (Shrimati Sushma Swaraj): Namaskar friends.

As you are aware, on the 26th of May this Government has completed one year and every day since then one Minister has been briefing the media. …(Inaudible)… Today we are having this press conference about the functioning, etc., and I am here in front of you to give details of all these things.

I am of the view that in order to assess the success of a foreign policy there are three parameters – visits, dialogues and outcomes. How many countries you have visited, with how many countries you have had dialogue without visiting them, what was the outcome and what the country has benefitted from these dialogues – on all these three parameters I am going to detail the foreign policy in front of you and then I will also take your questions.

We have data, in fact this is an auspicious number, that our visits and our dialogue has been with 101 countries. This number is not only the total of the visits of the Prime Minister, of EAM and of MOS.`,
    sentences: [
      { text: "Namaskar friends.", speaker: SWARAJ, optional: true },
      {
        text: "As you are aware, on the 26th of May this Government has completed one year and every day since then one Minister has been briefing the media.",
        speaker: SWARAJ,
      },
      {
        text: "Today we are having this press conference about the functioning, etc., and I am here in front of you to give details of all these things.",
        speaker: SWARAJ,
      },
      {
        text: "I am of the view that in order to assess the success of a foreign policy there are three parameters – visits, dialogues and outcomes.",
        speaker: SWARAJ,
      },
      {
        text: "How many countries you have visited, with how many countries you have had dialogue without visiting them, what was the outcome and what the country has benefitted from these dialogues – on all these three parameters I am going to detail the foreign policy in front of you and then I will also take your questions.",
        speaker: SWARAJ,
      },
      {
        text: "We have data, in fact this is an auspicious number, that our visits and our dialogue has been with 101 countries.",
        speaker: SWARAJ,
      },
      { text: "This number is not only the total of the visits of the Prime Minister, of EAM and of MOS.", speaker: SWARAJ },
    ],
  }),
  transcript({
    id: "rt71-dailymotion-harris-derry",
    split: "dev",
    url: "https://www-dc3.dailymotion.com/video/x95qw5u",
    outlet: "Dailymotion (automatic transcript)",
    date: "2024-09-16",
    layout: "a video page: description naming the speaker, “Transcript”, each caption line opening with a time code glued to the words, sentences running over lines",
    text: `Taoiseach Simon Harris visits Derry addresses reporters on the historic walls on Monday 16-09-2024.
Transcript
00:00How are you? I'm doing very well, lovely to meet you, how are you, lovely to see you.
00:27Thank you so much. Delighted to be here in Derry today for my first visit to Derry, Seashock,
00:36have a busy day of civic and political engagements. I really want to thank the Mayor of Derry
00:41for the warm welcome here to Gales Hall, an important opportunity to talk about a number
00:45of the areas of which we're seeing cross-border cooperation. The North West region on this
00:50island has so much potential and with projects like the A5 and our determination to commit
00:56€600 million to that, and also then with the Ulster University expansion here in the
01:01city, there are so many opportunities. When I was Minister for Further and Higher Education
01:05I was very determined to work with Ulster University to expand the footprint of Derry
01:10in this city from an educational point of view, but also to expand the opportunities
01:15for the North West to collaborate when it comes to education.`,
    sentences: [
      { text: "How are you?", speaker: HARRIS, optional: true },
      { text: "I'm doing very well, lovely to meet you, how are you, lovely to see you.", speaker: HARRIS, optional: true },
      { text: "Thank you so much.", speaker: HARRIS, optional: true },
      {
        text: "Delighted to be here in Derry today for my first visit to Derry, Seashock, have a busy day of civic and political engagements.",
        speaker: HARRIS,
      },
      {
        text: "I really want to thank the Mayor of Derry for the warm welcome here to Gales Hall, an important opportunity to talk about a number of the areas of which we're seeing cross-border cooperation.",
        speaker: HARRIS,
      },
      {
        text: "The North West region on this island has so much potential and with projects like the A5 and our determination to commit €600 million to that, and also then with the Ulster University expansion here in the city, there are so many opportunities.",
        speaker: HARRIS,
      },
      {
        text: "When I was Minister for Further and Higher Education I was very determined to work with Ulster University to expand the footprint of Derry in this city from an educational point of view, but also to expand the opportunities for the North West to collaborate when it comes to education.",
        speaker: HARRIS,
      },
    ],
  }),
  transcript({
    id: "rt72-mea-india-jaiswal-statement",
    split: "dev",
    url: "https://www.externalaffairs.in/2024/06/media-briefing-on-28-June-24.html",
    outlet: "Ministry of External Affairs of India (reprint)",
    date: "2024-06-28",
    layout: "title line, then “Shri Name, Official Spokesperson:” opening a long statement on consecutive lines",
    text: `Transcript of Weekly Media Briefing by the Official Spokesperson on 28 June 2024
Shri Randhir Jaiswal, Official Spokesperson: Good afternoon friends. Today I will begin with a statement, a statement on the US State Department’s report on International Religious Freedom 2023 and thereafter we will open the floor for questions.
We have noted the release by the US State Department of its report on International Religious Freedom for 2023. As in the past, the report is deeply biased, lacks understanding of India's social fabric and is visibly driven by vote bank considerations and a prescriptive outlook. We therefore reject it. The exercise itself is a mix of imputations, misrepresentations, selective usage of facts, reliance on biased sources and a one-sided projection of issues.`,
    sentences: [
      { text: "Good afternoon friends.", speaker: JAISWAL, optional: true },
      {
        text: "Today I will begin with a statement, a statement on the US State Department’s report on International Religious Freedom 2023 and thereafter we will open the floor for questions.",
        speaker: JAISWAL,
      },
      { text: "We have noted the release by the US State Department of its report on International Religious Freedom for 2023.", speaker: JAISWAL },
      {
        text: "As in the past, the report is deeply biased, lacks understanding of India's social fabric and is visibly driven by vote bank considerations and a prescriptive outlook.",
        speaker: JAISWAL,
      },
      { text: "We therefore reject it.", speaker: JAISWAL },
      {
        text: "The exercise itself is a mix of imputations, misrepresentations, selective usage of facts, reliance on biased sources and a one-sided projection of issues.",
        speaker: JAISWAL,
      },
    ],
  }),
];
