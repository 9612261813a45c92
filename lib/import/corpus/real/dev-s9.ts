// A sixth set of real texts for the dev split (session 9), found after the rules of that session
// were written and annotated by hand before they were run: a No. 10 lobby briefing reading out the
// Prime Minister's statement in single marks over three paragraphs, English regional papers and
// trade sites (a leader's quote over paragraphs with a newsletter sign-up inside it, an editor's
// quote over four reopening paragraphs and one the excerpt ends inside, a resignation statement
// after “says:”), a community council row reported in a forum's archive (two people called
// Campbell, “Mr Bush:”, captions with colons, a quote left open) and an Australian regional paper
// (a letter's partial quote, “Cr X”, quotes over reopening paragraphs). A second batch follows.
import type { RealArticle } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });

export const s9DevArticles: RealArticle[] = [
  article({
    id: "ra101-scoop-no10-gibbons",
    split: "dev",
    url: "https://scoop.co.nz/stories/WO0712/S00178/no-10-morning-press-briefing-from-3-dec-2007.htm",
    outlet: "Scoop (No. 10 morning press briefing)",
    date: "2007-12-03",
    layout: "lobby briefing: “The PMS read out the Prime Minister's statement;” then the statement in single marks over three paragraphs that do not reopen, a plural possessive (Gibbons') inside it, then reported speech",
    text: `No. 10 Morning Press Briefing From 3 Dec 2007
Briefing from the British Prime Minister's Spokesman
on: Sudan, Russia, Flood Heroes, Reception, Child Poverty,
Afghanistan, Lord Ashdown, EU African Summit And Misc.
Morning press briefing from 3 December 2007
Sudan
The Prime Minister's Spokesman (PMS) started by highlighting the Prime Minister's statement and the words he recorded whilst at the Royal Marsden Hospital, regarding Gillian Gibbons' release. The PMS read out the Prime Minister's statement;
'I was delighted and relieved to hear the news that Gillian Gibbons is to be freed. Common sense has prevailed. She will be released into the care of our embassy in Khartoum after what must have been a difficult ordeal.
Through the course of Ms Gibbons' detention I was glad to see Muslim support groups across the UK express strong support for her case.
I applaud the particular efforts of Lord Ahmed and Baroness Warsi in securing her freedom. I am also grateful to our officials for all their work behind the scenes.'
The PMS also told journalists that the Prime Minister had spoken to Ms Gibbons' family again that morning.
Asked if there were any details of the logistics concerning Gillian Gibbons' return, the PMS replied, no, not at this stage but obviously we were focused on getting her back to the UK safely.`,
    quotes: [
      {
        text: "I was delighted and relieved to hear the news that Gillian Gibbons is to be freed. Common sense has prevailed. She will be released into the care of our embassy in Khartoum after what must have been a difficult ordeal. Through the course of Ms Gibbons' detention I was glad to see Muslim support groups across the UK express strong support for her case. I applaud the particular efforts of Lord Ahmed and Baroness Warsi in securing her freedom. I am also grateful to our officials for all their work behind the scenes.",
        speaker: "Gordon Brown",
      },
    ],
  }),
  article({
    id: "ra102-lep-south-ribble-green",
    split: "dev",
    url: "https://www.lep.co.uk/news/politics/south-ribble-council-leader-quits-ahead-no-confidence-vote-560290",
    outlet: "Lancashire Evening Post",
    date: "2018-10-15",
    layout: "regional paper: a partial quote, then “A tearful Coun Green said:” and a quote over four reopening paragraphs with a newsletter sign-up printed between the first two",
    text: `South Ribble Council leader quits ahead of no confidence vote

The leader of South Ribble Council has resigned after just five months in the hot seat.

Monday, 15th October 2018, 3:09 pm
Updated Monday, 15th October 2018, 4:13 pm
Coun Mary Green has resigned as leader of South Ribble Council

Coun Mary Green announced she was standing down this afternoon, just hours before a meeting to call for a vote of no confidence in her leadership.

And in a bitter parting shot, the 69-year-old blamed members of her own Tory group - as well as a "shocking character assassination" by Labour - for making her job untenable.

A tearful Coun Green said: "I'm absolutely devastated by what's been going on.

Sign up to our daily newsletter

The i newsletter cut through the noise

"The Labour party has stooped to gutter politics by saying things about me (in the media) that were blatantly untrue. They have been really brutal and made a nasty and personal attack on my character.

"But to get no support from members of my own party is very hurtful. There is a power struggle going on within the group and certain councillors have refused to be team players, they haven't played ball with me from the word go.

"Some of these people voted for me as leader back in May. So what is going on?"

The news is the latest episode in a leadership saga - Coun Green was the authority's fourth in less than two years when she was appointed in May.`,
    quotes: [
      { text: "shocking character assassination", speaker: "Mary Green", optional: true },
      {
        text: "I'm absolutely devastated by what's been going on. The Labour party has stooped to gutter politics by saying things about me (in the media) that were blatantly untrue. They have been really brutal and made a nasty and personal attack on my character. But to get no support from members of my own party is very hurtful. There is a power struggle going on within the group and certain councillors have refused to be team players, they haven't played ball with me from the word go. Some of these people voted for me as leader back in May. So what is going on?",
        speaker: "Mary Green",
      },
    ],
  }),
  article({
    id: "ra103-caithness-wick-community-council",
    split: "dev",
    url: "http://forum.caithness.org/archive/index.php/t-135247.html",
    outlet: "Caithness.org forum (a local paper's report reposted)",
    date: "2011-02-08",
    layout: "a council row: two women called Campbell (“Mrs Campbell”, “Chairwoman Coreen Campbell:”), “Mr Bush:” glued to its quote, a quote never closed, a “She then rose” whose antecedent is the resigner named earlier, an unnamed member's words",
    text: `Councillor resigns during row

A WICK community councillor dramatically resigned this week, saying she had had enough of a fellow member’s approach to council life.
Discontent has been simmering since Laurel Bush joined the Royal Burgh of Wick Community Council, last year.
Since then he has persistently requested information on a series of topics and been critical of how the council was being run. At a previous sitting, in December, he went so far as to make an unsuccessful motion that the meeting was “incompetent” and “invalid”.
Members have become increasingly irritated by Mr Bush’s attitude but have endeavoured to answer his queries, to the best of their abilities. However, their patience ran out last night (Monday) when tempers became frayed and a row erupted with local pub boss Wendy Campbell walking out, and making it clear she wouldn't be coming back.
The trouble began at the current session when Mr Bush circulated a paper questioning the council’s sub groups and their constitution and actions.
Mrs Campbell invited Mr Bush to become a member of all of the groups and rapped: “All you have done since you came on this council is to criticise it. Are you going to come on the groups...yes or no, instead of criticising and giving us headaches and all this c**p.
Chairwoman Coreen Campbell: “I came on the community council to help get things done. None of us can understand why you decided to become a community councillor”
Mr Bush:”It is something I am very keen on.”
Coreen Campbell: “We would prefer if you to be positive rather than negative”.
She then rose, declared she was resigning and, replying to a well-meaning member who commented: “You’ll be back” said: “I don’t think so.”
Councillor Geraldine Durrand, referring to the resignation, predicted: “This is going to happen, more and more”.`,
    quotes: [
      { text: "incompetent", speaker: "Laurel Bush", optional: true },
      { text: "invalid", speaker: "Laurel Bush", optional: true },
      {
        text: "All you have done since you came on this council is to criticise it. Are you going to come on the groups...yes or no, instead of criticising and giving us headaches and all this c**p.",
        speaker: "Wendy Campbell",
      },
      {
        text: "I came on the community council to help get things done. None of us can understand why you decided to become a community councillor",
        speaker: "Coreen Campbell",
      },
      { text: "It is something I am very keen on.", speaker: "Laurel Bush" },
      { text: "We would prefer if you to be positive rather than negative", speaker: "Coreen Campbell" },
      { text: "You’ll be back", speaker: null, optional: true },
      { text: "I don’t think so.", speaker: "Wendy Campbell" },
      { text: "This is going to happen, more and more", speaker: "Geraldine Durrand" },
    ],
  }),
  article({
    id: "ra104-holdthefrontpage-echo-williams",
    split: "dev",
    url: "http://www.holdthefrontpage.co.uk/2013/news/city-council-leader-quits-after-regional-dailys-expose/",
    outlet: "HoldTheFront Page",
    date: "2013-04-26",
    layout: "trade site: “X said:” over a quote of four reopening paragraphs, a photo caption, a partial quote, “Added Ian:” (the speaker by first name) over a quote the excerpt ends inside",
    text: `City council leader quits after regional daily’s exposé

A city council leader has been forced to resign after a 12-month investigation into his conduct by a regional daily.

Over the past year, the Southern Daily Echo published several allegations against Southampton city councillor Richard Williams including verbal abuse and dishonesty.

The series of articles resulted in an official report concluding that Mr Williams has failed to live up to the standards of an elected representative,  but council bosses redacted 62 of the 85 pages before releasing it to the public.

However after  the paper decided to publish some of the redacted information, the councillor finally resigned from all of his posts and stood down from the authority.

Echo editor-in-chief Ian Murray said:  “This was a clear example of a local paper doing its job policing local democracy.

“It was shocking in the end that the council’s legal department attempted to silence us with threats before we published our investigations based on their own report.

“This was a clear matter of public interest. If we had not lifted the lid on this issue then no one else would have revealed what was going on.

“As a lesson in why a free and vibrant local press is needed to scrutinise local democracy I can think of no better example.”

The Southern Daily Echo's splash after the city council leader resigned on Thursday (April 25)

The original story, he said, came from “good solid reporting” by their then-local government correspondent Matt Smith.

It emerged after the council put out press note saying that a cabinet member had resigned on health grounds.

Matt phoned him at home for chat, felt all was not right with the line being put out and eventually managed to get him to admit that it was a cover up – he had wanted to resign in protest against council cuts and Coun Williams had persuaded him to lie.

Added Ian:  “After bluff and bluster the leader came clean that`,
    quotes: [
      {
        text: "This was a clear example of a local paper doing its job policing local democracy. It was shocking in the end that the council’s legal department attempted to silence us with threats before we published our investigations based on their own report. This was a clear matter of public interest. If we had not lifted the lid on this issue then no one else would have revealed what was going on. As a lesson in why a free and vibrant local press is needed to scrutinise local democracy I can think of no better example.",
        speaker: "Ian Murray",
      },
      { text: "good solid reporting", speaker: "Ian Murray", optional: true },
      { text: "After bluff and bluster the leader came clean that", speaker: "Ian Murray" },
    ],
  }),
  article({
    id: "ra105-conservativehome-theobald",
    split: "dev",
    url: "https://www.conservativehome.com/localgovernment/2009/12/conservative-council-leader-resigns.html",
    outlet: "ConservativeHome",
    date: "2009-12-04",
    layout: "blog: “Cllr X says:” over a statement of five reopening paragraphs, a newspaper headline in single marks inside it (date approximate: the month is known)",
    text: `Cllr Bernard Theobald has resigned as the Conservative leader of West Lindsey District Council.

Cllr Theobald says:

"On Tuesday of this week a report appeared in the Lincolnshire Echo under the heading, 'Revealed: The Truth Behind Planning Outcry' claiming that a planning application submitted by me has resulted in an officer's suspension and investigation by the Audit Commission.

"This report is wholly unfounded and has been passed to my lawyers.

"However, I am of the opinion that the aspersions cast on my reputation and integrity in that report make my position as council leader untenable until these accusations can be properly revoked.

"This report not only harms me but I believe, serves to bring the council and my colleagues into disrepute.

"I have therefore, with the greatest regret, decided to stand down from my position of leader of the council whilst challenging the accuracy and facts in this newspaper report."`,
    quotes: [
      {
        text: "On Tuesday of this week a report appeared in the Lincolnshire Echo under the heading, 'Revealed: The Truth Behind Planning Outcry' claiming that a planning application submitted by me has resulted in an officer's suspension and investigation by the Audit Commission. This report is wholly unfounded and has been passed to my lawyers. However, I am of the opinion that the aspersions cast on my reputation and integrity in that report make my position as council leader untenable until these accusations can be properly revoked. This report not only harms me but I believe, serves to bring the council and my colleagues into disrepute. I have therefore, with the greatest regret, decided to stand down from my position of leader of the council whilst challenging the accuracy and facts in this newspaper report.",
        speaker: "Bernard Theobald",
      },
      { text: "Revealed: The Truth Behind Planning Outcry", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra106-guardian-au-wakool-councillors",
    split: "dev",
    url: "https://theguardian.com.au/2017/2015/12/11/wakool-shire-councillors-resign",
    outlet: "The Guardian (Swan Hill, Australia)",
    date: "2015-12-11",
    layout: "regional paper: a partial quote from a letter, “…,” Mr X wrote to Mr Y., “Cr X” and “he said”, a quote over two reopening paragraphs, a partial quote with an editorial insertion",
    text: `TWO Wakool Shire councillors have resigned amid a longstanding dispute with the mayor, with both parties presenting alternate accounts of what has happened.
Anthony Jackson and Colin Membrey tendered their resignation to the council last week and were not present at its December business meeting on Wednesday.
In his resignation letter, Mr Jackson accused Wakool Shire Mayor Neil Gorey of having an “autocratic style of leadership and conduct” that was detrimental to the shire.
Mr Jackson, who stood down as deputy mayor in August citing a lack of communication and consultation with the mayor as his reasons, said the situation regarding councillor access to information and communication had not improved since that point.
He also accused the mayor of trying to negotiate the exit from council of general manager Bruce Graham, without the approval of other councillors.
“It seems to be a personal issue the mayor has with you, senior staff and other councillors, that drives his actions,” Mr Jackson wrote to Mr Graham.
Cr Gorey had a different account of affairs, however, saying there had been ongoing issues with both Mr Jackson and Mr Membrey over the past 12 months or more.
“One of the councillors wears two hats in that he’s a property developer and also a councillor,” he said.
“Those two councillors, as members of a community organisation, were clashing with other community groups as well.
“There have been other ongoing concerns with the organisation for some time, but because of ongoing processes I’m not at liberty at this stage to comment too much.”
Though wishing not to be drawn on the subject of an alleged code of conduct investigation into council members, Cr Gorey said he was “aware of ongoing issues and [had] been concerned with certain behaviours throughout the organisation for some time”.
He also said both former councillors had attempted to remove the general manager in the past.`,
    quotes: [
      { text: "autocratic style of leadership and conduct", speaker: "Anthony Jackson" },
      {
        text: "It seems to be a personal issue the mayor has with you, senior staff and other councillors, that drives his actions,",
        speaker: "Anthony Jackson",
      },
      { text: "One of the councillors wears two hats in that he’s a property developer and also a councillor,", speaker: "Neil Gorey" },
      {
        text: "Those two councillors, as members of a community organisation, were clashing with other community groups as well. There have been other ongoing concerns with the organisation for some time, but because of ongoing processes I’m not at liberty at this stage to comment too much.",
        speaker: "Neil Gorey",
      },
      {
        text: "aware of ongoing issues and [had] been concerned with certain behaviours throughout the organisation for some time",
        speaker: "Neil Gorey",
      },
    ],
  }),
];

// A second batch, found and annotated after the first was run and its three classes fixed, before
// it was run: Yonhap copy in the Korea Herald (a page repeating two paragraphs, a spokesman's quote
// after a sentence that lacks its verb, “…,” he said. “…”), Proto Thema (“said assistant to the
// Turkish President …, X”), Newsweek with AP copy (partial quotes, a photo caption repeating one),
// US senators' and representatives' statement pages (“released the following statement:”, a
// statement over reopening paragraphs with single-quoted words of another, a briefing's
// “QUESTION:” and “JAY CARNEY:” inside a press release).
export const s9DevArticles2: RealArticle[] = [
  article({
    id: "ra107-koreaherald-cho-fax",
    split: "dev",
    url: "https://koreaherald.com/view.php?ud=20180516000217",
    outlet: "The Korea Herald (Yonhap)",
    date: "2018-05-16",
    layout: "wire copy: a page that prints two paragraphs twice, “Asked if …, Minister X told reporters: “…””, “…,” he said. “…” (two quotations)",
    text: `S. Korea to contact N. Korea on abrupt cancellation of talks: minister
By YonhapPublished : May 16, 2018 - 09:46
South Korea will deliver its position to North Korea on its unilateral and abrupt decision to cancel the planned high-level inter-Korean talks, Seoul's unification minister said Wednesday.
Earlier in the day, the North's Korean Central News Agency said that it has canceled the high-level talks with the South planned to take place Wednesday, citing the ongoing joint military drills between South Korea and the United States. It also threatened to cancel summit talks with the US scheduled for June 12.
Asked if the Seoul government will make its stance clear on the North's decision, Unification Minister Cho Myoung-gyon told reporters: "We will send our own message via fax. We are currently reviewing what content should be included in it."
Earlier in the day, the North's Korean Central News Agency said that it has canceled the high-level talks with the South planned to take place Wednesday, citing the ongoing joint military drills between South Korea and the United States. It also threatened to cancel summit talks with the US scheduled for June 12.
Asked if the Seoul government will make its stance clear on the North's decision, Unification Minister Cho Myoung-gyon told reporters: "We will send our own message via fax. We are currently reviewing what content should be included in it."
In response to a question as to whether he will express regrets over the North's unilateral decision, Cho didn't provide direct answers, only saying that details are under review.
"At this moment, there is nothing more than what we have figured out from the things provided by the KCNA," he said. "Things should be looked into comprehensively."`,
    quotes: [
      { text: "We will send our own message via fax. We are currently reviewing what content should be included in it.", speaker: "Cho Myoung-gyon" },
      { text: "We will send our own message via fax. We are currently reviewing what content should be included in it.", speaker: "Cho Myoung-gyon" },
      { text: "At this moment, there is nothing more than what we have figured out from the things provided by the KCNA,", speaker: "Cho Myoung-gyon" },
      { text: "Things should be looked into comprehensively.", speaker: "Cho Myoung-gyon" },
    ],
  }),
  article({
    id: "ra108-koreaherald-hong-jeong",
    split: "dev",
    url: "http://www01.koreaherald.com/view.php?ud=20151214001227",
    outlet: "The Korea Herald (Yonhap)",
    date: "2015-12-14",
    layout: "wire copy: a partial quote after “said the government will”, a two-word scare quote, a spokesman's quote after “the ministry's spokesman X in a press briefing.” (no verb), then “…,” he said. “…” two paragraphs later",
    text: `S. Korea to continue efforts for talks with N. Korea: minister

South Korea won't give up efforts to improve ties with North Korea despite a failure to strike a deal in their latest talks, a top official said Monday.

Unification Minister Hong Yong-pyo said the government will "leave the door for dialogue open and continue efforts for the development of South-North relations and peace on the Korean Peninsula on a step-by-step basis."

He was speaking at a parliamentary forum on the feasibility of a second inter-Korean industrial complex.

The two Koreas had two days of rare vice ministerial talks last week, but they failed to produce an agreement. They didn't even set a schedule for the next round of meeting.

The minister attributed it to the North's "strong demand" for the resumption of the joint tour program to Mount Kumgang on the communist nation's east coast.

Seoul remains firm that Pyongyang should first offer an apology for the 2008 shooting death of a South Korean tourist there by a North Korean soldier and assure that a similar incident will not occur.

Earlier in the day, Hong's ministry publicly called on the North to resume negotiations.

"We hope North Korea will honor the spirit of the Aug. 25 agreement and seriously reflect on ways to improve South-North relations for the implementation (of the deal), and come forward for follow-up talks," the ministry's spokesman Jeong Joon-hee in a press briefing.

Last week's talks were an outcome of the Aug. 25 inter-Korean deal that defused mounting tensions on the Korean Peninsula caused by a border land-mine explosion blamed on the North.

"The North insisted that the Mount Kumgang tours be resumed first," he said. "There is no change in the government's basic policy to develop South-North ties and lay the foundation for a peaceful reunification by holding open dialogue with the North."`,
    quotes: [
      {
        text: "leave the door for dialogue open and continue efforts for the development of South-North relations and peace on the Korean Peninsula on a step-by-step basis.",
        speaker: "Hong Yong-pyo",
      },
      { text: "strong demand", speaker: "Hong Yong-pyo", optional: true },
      {
        text: "We hope North Korea will honor the spirit of the Aug. 25 agreement and seriously reflect on ways to improve South-North relations for the implementation (of the deal), and come forward for follow-up talks,",
        speaker: "Jeong Joon-hee",
      },
      { text: "The North insisted that the Mount Kumgang tours be resumed first,", speaker: "Jeong Joon-hee" },
      {
        text: "There is no change in the government's basic policy to develop South-North ties and lay the foundation for a peaceful reunification by holding open dialogue with the North.",
        speaker: "Jeong Joon-hee",
      },
    ],
  }),
  article({
    id: "ra109-protothema-celik-kalin",
    split: "dev",
    url: "https://en.protothema.gr/2017/08/18/turkish-minister-of-european-union-affairs-cyprus-talks-have-ended",
    outlet: "Proto Thema (English edition)",
    date: "2017-08-18",
    layout: "“…,” said X.; “…,” said assistant to the Turkish President Tayyip Erdogan, Ibrahim Kalin. (titles and another's name between the verb and the speaker); “…,” he added.",
    text: `Negotiations on the Cyprus problem have ended are in no way frozen or stalled according to Turkish Minister of European Union Affairs Omer Celik.
Speaking to reporters following a meeting with his British Counterpart, Alan Duncan, Celik expressed regret at the collapse of the Cyprus talks at the Swiss resort of Crans-Montana of July 7.
“We are aware of the constructive and positive attitude of Turkey’s Foreign Minister Mevlut Tsavusoglu. It’s really a shame. We are deeply upset that there wasn’t an outcome in the talks,” said Celik.
Celik added that Turkey and Britain are in close contact with regards to the Cyprus problem adding that despite the positive stance of the Turkish side it wasn’t possible to reach a solution.
The Turkish minister described as unfortunate German Chancellor Angela Merkel’s announcement about not updating the Customs Union between Ankara and the EU.
Celik expressed the opinion that bilateral problems would not damage EU-Turkish relations and that the statements by the German Chancellor only serve to weaken the EU.
“It’s not fair that an EU member state holds such a position giving orders to all the EU institutions,” said assistant to the Turkish President Tayyip Erdogan, Ibrahim Kalin.
“The Customs Union is based on a win-win agreement,” he added.`,
    quotes: [
      {
        text: "We are aware of the constructive and positive attitude of Turkey’s Foreign Minister Mevlut Tsavusoglu. It’s really a shame. We are deeply upset that there wasn’t an outcome in the talks,",
        speaker: "Omer Celik",
      },
      { text: "It’s not fair that an EU member state holds such a position giving orders to all the EU institutions,", speaker: "Ibrahim Kalin" },
      { text: "The Customs Union is based on a win-win agreement,", speaker: "Ibrahim Kalin" },
    ],
  }),
  article({
    id: "ra110-newsweek-ri-son-gwon",
    split: "dev",
    url: "https://www.newsweek.com/north-koreas-foreign-minister-not-considering-even-possibility-contact-us-1603399",
    outlet: "Newsweek (with AP copy)",
    date: "2021-06-23",
    layout: "a headline quoting the minister in single marks, partial quotes only (one of another person's “comments”, one inside “X's statement dismissed the U.S.' “…””), a photo caption repeating a quote",
    text: `North Korea's Foreign Minister 'Not Considering Even the Possibility' of Contact With U.S.

North Korea's foreign minister said the dictatorial nation is "not considering even the possibility of any contact with the U.S." on Wednesday in regards to resuming halted nuclear talks.

Foreign Minister Ri Son Gwon applauded North Korean leader Kim Jong Un's sister's comments made a day earlier on how U.S. expectations of communication would "plunge them into a greater disappointment," the Associated Press reported.

Ri said Kim Yo Jong's statement dismissed the U.S.' "hasty judgment, conjecture and expectation." He also said contact with the U.S. "would get us nowhere, only taking up precious time."

Experts say that North Korea may resume nuclear talks if the U.S. eases its sanctions placed on the country, according to the Associated Press.

North Korea Foreign Minister Ri Son Gwon
Chairman of the Committee for the Peaceful Reunification Ri Son Gwon speaks during a joint North and South Korean event marking the 11th anniversary of a 2007 inter-Korean summit, at the People's Palace of Culture in Pyongyang on October 5, 2018. Ri, as North Korea's foreign minister, said North Korea is “not considering even the possibility of any contact with the U.S.” Kim Won Jin/AFP via Getty Images

Ri's comments dismiss hopes expressed by U.S. and South Korean officials for a quick resumption of negotiations.`,
    quotes: [
      { text: "Not Considering Even the Possibility", speaker: "Ri Son Gwon", optional: true },
      { text: "not considering even the possibility of any contact with the U.S.", speaker: "Ri Son Gwon" },
      { text: "plunge them into a greater disappointment,", speaker: "Kim Yo Jong" },
      { text: "hasty judgment, conjecture and expectation.", speaker: "Ri Son Gwon", optional: true },
      { text: "would get us nowhere, only taking up precious time.", speaker: "Ri Son Gwon" },
      { text: "not considering even the possibility of any contact with the U.S.", speaker: "Ri Son Gwon" },
    ],
  }),
  article({
    id: "ra111-stabenow-menendez",
    split: "dev",
    url: "https://www.stabenow.senate.gov/news/senator-stabenow-statement-on-senator-bob-menendez",
    outlet: "Office of Senator Debbie Stabenow",
    date: "2023-09-26",
    layout: "a senator's statement page: headline, date, “WASHINGTON—Senator X released the following statement:” over one quoted paragraph",
    text: `Senator Stabenow Statement on Senator Bob Menendez

Tuesday, September 26, 2023

WASHINGTON—Senator Stabenow released the following statement:

“The allegations against Senator Bob Menendez are very serious and deeply concerning. While he deserves his presumption of innocence, I believe it’s best for him to step down from the U.S. Senate. Bob is a longtime colleague, and it saddens me to come to this decision.”`,
    quotes: [
      {
        text: "The allegations against Senator Bob Menendez are very serious and deeply concerning. While he deserves his presumption of innocence, I believe it’s best for him to step down from the U.S. Senate. Bob is a longtime colleague, and it saddens me to come to this decision.",
        speaker: "Debbie Stabenow",
      },
    ],
  }),
  article({
    id: "ra112-wagner-durbin-carney",
    split: "dev",
    url: "https://wagner.house.gov/media-center/press-releases/wagner-responds-to-senator-durbins-outrageous-allegation",
    outlet: "Office of Representative Ann Wagner",
    date: "2013-10-23",
    layout: "a press release: an allegation quoted after “that one House Republican Leader told the president during a White House meeting,”, “…,” said Rep. X. “…”, then a briefing's “QUESTION:” and “JAY CARNEY:” turns",
    text: `Wagner Responds To Senator Durbin's Outrageous Allegation

Oct 23, 2013
Press Release

Washington, DC – Congresswoman Ann Wagner (R-MO) released the following statement in response to Senator Durbin’s (D-IL) outrageous allegation that one House Republican Leader told the president during a White House meeting, "I cannot even stand to look at you."

“Senator Durbin’s accusation against House Republican leaders is not only outrageous, but a blatant falsehood as well,” said Rep. Ann Wagner.  “The senior senator from Illinois should either disclose his source, or retract this bogus allegation immediately and apologize for lying to the American people.  The American people are tired of these partisan attacks, and they just want Congress to work together and get the job done.”

During a White House press conference, Press Secretary Jay Carney denied this allegation took place:

QUESTION: Just to follow up on that. In terms of the president talking to Republicans, can you rule out -- there was the number two Senate Democrat, Dick Durbin, said on his Facebook page that someone in recent exchange with the president said he can't even stand, this member of Congress, that he can't even stand to look at the president. Can you say whether that happened?

JAY CARNEY: I will say this, I spoke with somebody who was in that meeting and it did not happen.`,
    quotes: [
      { text: "I cannot even stand to look at you.", speaker: null },
      { text: "Senator Durbin’s accusation against House Republican leaders is not only outrageous, but a blatant falsehood as well,", speaker: "Ann Wagner" },
      {
        text: "The senior senator from Illinois should either disclose his source, or retract this bogus allegation immediately and apologize for lying to the American people.  The American people are tired of these partisan attacks, and they just want Congress to work together and get the job done.",
        speaker: "Ann Wagner",
      },
      { text: "I will say this, I spoke with somebody who was in that meeting and it did not happen.", speaker: "Jay Carney" },
    ],
  }),
  article({
    id: "ra113-gillibrand-comey",
    split: "dev",
    url: "https://muslimcommunityreport.com/index.php/2017/06/08/former-fbi-director-james-comeys-senate-intelligence-committee-testimony/",
    outlet: "Muslim Community Report (a senator's statement reposted)",
    date: "2017-06-08",
    layout: "“Senator X today issued the following statement on …:” over a statement of three reopening paragraphs quoting another person's words in single marks",
    text: `Washington, DC – U.S. Senator Kirsten Gillibrand today issued the following statement on former FBI Director James Comey’s testimony before the Senate Select Committee on Intelligence:

“It was stunning to hear the former FBI Director testify under oath today that President Trump ‘defamed’ him and the Bureau and told lies about them, and that Director Comey began writing contemporaneous memos after their first meeting because he was concerned the President may lie about the interaction. Even more shocking was his testimony that President Trump didn’t have any conversations with him about how a foreign government interfered in our election at a time when Russia ‘is coming after America’.

“Director Comey’s testimony makes clear that he expects Special Prosecutor Mueller will investigate obstruction of justice by the President. Director Comey’s testimony that he took the President’s comments regarding the Flynn investigation ‘as a direction’ is alarming. We must get to the bottom of this issue because nobody, including the President, is above the law.

“Today’s hearing also raises serious questions concerning the actions of the Attorney General. The American people need to know what the underlying facts are that led Director Comey to believe Attorney General Sessions’s engagement in the Russia-related investigation was ‘problematic’.”

Leave A Reply`,
    quotes: [
      {
        text: "It was stunning to hear the former FBI Director testify under oath today that President Trump ‘defamed’ him and the Bureau and told lies about them, and that Director Comey began writing contemporaneous memos after their first meeting because he was concerned the President may lie about the interaction. Even more shocking was his testimony that President Trump didn’t have any conversations with him about how a foreign government interfered in our election at a time when Russia ‘is coming after America’. Director Comey’s testimony makes clear that he expects Special Prosecutor Mueller will investigate obstruction of justice by the President. Director Comey’s testimony that he took the President’s comments regarding the Flynn investigation ‘as a direction’ is alarming. We must get to the bottom of this issue because nobody, including the President, is above the law. Today’s hearing also raises serious questions concerning the actions of the Attorney General. The American people need to know what the underlying facts are that led Director Comey to believe Attorney General Sessions’s engagement in the Russia-related investigation was ‘problematic’.",
        speaker: "Kirsten Gillibrand",
      },
      { text: "defamed", speaker: "James Comey", optional: true },
      { text: "is coming after America", speaker: "James Comey", optional: true },
      { text: "as a direction", speaker: "James Comey", optional: true },
      { text: "problematic", speaker: "James Comey", optional: true },
    ],
  }),
];
