// A fifth set of real texts for the dev split, from outlets and organisations the corpus lacked:
// Egyptian, Lebanese, Ghanaian and Cypriot government statements in the press, English regional and
// local papers (council rows, quotes over several paragraphs that reopen at each one, British
// punctuation, ‘single marks’), a Sunday paper's "quotes of the week" (each quote followed by a
// sentence naming its speaker), blogs quoting tabloids and an unnamed source, Reuters wire copy (a
// speaker named only by role, "she said" after a paragraph about her, a quote paragraph with no
// attribution), a blog's notes of a joint press conference; transcripts of the White House (“THE
// PRESIDENT:”, “PRESIDENT MACRON: (As interpreted.)”, a statement with no label), the United Nations
// (a heading naming the speaker only by role, “Secretary-General:”, an introduction naming him),
// State Department briefings of 2002 and 2004 (an index above the transcript), and the European
// Commission's President (a speech under a role-only introduction, a statement after a site's own
// introduction). Annotated by hand before they were run through the extraction.
import type { RealArticle, RealTranscript } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });
const transcript = (t: Omit<RealTranscript, "kind">): RealTranscript => ({ kind: "transcript", ...t });

export const freshDevArticles: RealArticle[] = [
  article({
    id: "ra80-egyptindependent-finance-minister",
    split: "dev",
    url: "https://www.egyptindependent.com/finance-minister-anadolu-news-agency-circulates-rumors/",
    outlet: "Egypt Independent",
    date: "2015-06-01",
    layout: "a minister's official statement quoted with “the statement read” (date approximate; the minister named once, then “the minister”)",
    text: `Finance Minister: Anadolu News Agency circulates rumors

Finance Minister Hani Qadri Demian denied on Sunday that he made a statement to the Anadolu News Agnecy related to the government's plans on economic development or any other statement.
The minister added in an official statement that the Anadolu News Agency has recently attributed an unfounded statement to him that was quoted by another news agency. He did not disclose specific details about the statement Anadolu attributed to him.
"The Anadolu News Agency circulated false and incorrect statements about his person, about officials of the Egyptian Finance Ministry and the Egyptian government, a policy the agency follows to spread confusion among citizens," the statement read.
The statement called on the Egyptian media in particular, and foreign and Arab media in general, not to be misled by Anadolu's false news, which aims to undermine public interest and negatively affect development plans and economic reforms implemented by the Egyptian government.

Related Articles

Back to top button`,
    quotes: [
      {
        text: "The Anadolu News Agency circulated false and incorrect statements about his person, about officials of the Egyptian Finance Ministry and the Egyptian government, a policy the agency follows to spread confusion among citizens,",
        speaker: "Hani Qadri Demian",
      },
    ],
  }),
  article({
    id: "ra81-onlinearabnews-jarrah",
    split: "dev",
    url: "https://onlinearabnews.com/2019/02/05/jarrah-after-ministerial-statement-meeting-we-have-finalized-statement-drafting/",
    outlet: "Online Arab News (National News Agency)",
    date: "2019-02-05",
    layout: "agency copy: every quotation after “that” (announced that, noted that, explained that, pointing out that), one full quote “…,” he said, noting that “…”",
    text: `Sunday, May 26
Social Media Profiles:

Jarrah after ministerial statement meeting: We have finalized statement drafting

Minister of Information Jamal Jarrah announced after the second meeting of the ministerial committee responsible for drafting the ministerial statement that said committee "has finalized the statement drafting, as promised by Prime Minister Saad Hariri, and there will be a meeting at 2:00 pm tomorrow to read the final version and approve it."

He noted that "there have been some corrections, additions and eliminations, so the statement has been completed and approved."

Jarrah explained that "the wording of the ministerial statement of the previous government has been adopted with regard to the item touching on the Resistance," pointing out that "the Russian initiative is the only one possible to deal with over the issue of displaced Syrians."

"We, as a country, are committed to distancing ourselves from the events in the region. We are not the ones who decide the relationship with Syria. It is the League of Arab States that has suspended its membership. And so, we abide by the decision of the League," he said, noting that "the wording of the previous ministerial statement was adopted with regard to the International Tribunal, the issue of Palestinian brothers and other important topics. There were some minor reservations that we hope will be resolved tomorrow."

Source: National News Agency

Related Posts`,
    quotes: [
      {
        text: "has finalized the statement drafting, as promised by Prime Minister Saad Hariri, and there will be a meeting at 2:00 pm tomorrow to read the final version and approve it.",
        speaker: "Jamal Jarrah",
      },
      { text: "there have been some corrections, additions and eliminations, so the statement has been completed and approved.", speaker: "Jamal Jarrah" },
      {
        text: "the wording of the ministerial statement of the previous government has been adopted with regard to the item touching on the Resistance,",
        speaker: "Jamal Jarrah",
      },
      { text: "the Russian initiative is the only one possible to deal with over the issue of displaced Syrians.", speaker: "Jamal Jarrah" },
      {
        text: "We, as a country, are committed to distancing ourselves from the events in the region. We are not the ones who decide the relationship with Syria. It is the League of Arab States that has suspended its membership. And so, we abide by the decision of the League,",
        speaker: "Jamal Jarrah",
      },
      {
        text: "the wording of the previous ministerial statement was adopted with regard to the International Tribunal, the issue of Palestinian brothers and other important topics. There were some minor reservations that we hope will be resolved tomorrow.",
        speaker: "Jamal Jarrah",
      },
    ],
  }),
  article({
    id: "ra82-cyprus-pio-spokesman",
    split: "dev",
    url: "http://www.cyprus.gov.cy/moi/pio/pio2013.nsf/All/D8F02EA3A584A212C2258153001C4BFD?OpenDocument&L=E",
    outlet: "Cyprus Press and Information Office",
    date: "2017-07-04",
    layout: "government press release: the spokesman by role and name, a quotation after “said that” running over two paragraphs, the second not reopened",
    text: `NEWS - Press Releases

04/07/2017 8:09
Remarks by the Government Spokesman on Turkish Foreign Minister's statements

The Government Spokesman, Mr Nikos Christodoulides has expressed regret over the remarks made by Turkey's Minister of Foreign Affairs in Switzerland.

In statements to reporters yesterday evening in Crans Montana, Mr Christodoulides said that "it is with regret that we heard some remarks on the part of the Turkish Foreign Minister. Probably, some people don't realize the seriousness and critical nature of the moment; probably, they wish to serve other purposes; probably, they are in a difficult situation and make remarks that don't reflect the state of affairs in any way whatsoever.

And because we are being watched by the people of Cyprus, who are really interested in seeing a result coming out of the discussions here in Switzerland, I would invite the (Turkish) Foreign Minister to speak publicly about the Turkish proposal, to make it public, to describe the Turkish proposal on the issue of security and guarantees, as it has been submitted."


Back to the top`,
    quotes: [
      {
        text: "it is with regret that we heard some remarks on the part of the Turkish Foreign Minister. Probably, some people don't realize the seriousness and critical nature of the moment; probably, they wish to serve other purposes; probably, they are in a difficult situation and make remarks that don't reflect the state of affairs in any way whatsoever. And because we are being watched by the people of Cyprus, who are really interested in seeing a result coming out of the discussions here in Switzerland, I would invite the (Turkish) Foreign Minister to speak publicly about the Turkish proposal, to make it public, to describe the Turkish proposal on the issue of security and guarantees, as it has been submitted.",
        speaker: "Nikos Christodoulides",
      },
    ],
  }),
  article({
    id: "ra83-ghanaweb-lands-ministry",
    split: "dev",
    url: "https://www.ghanaweb.com/GhanaHomePage/NewsArchive/Abu-Jinapor-s-statement-on-the-role-of-military-in-galamsey-fight-misconstrued-Lands-Ministry-1642766",
    outlet: "GhanaWeb",
    date: "2022-10-14",
    layout: "a ministry's statement quoted over two paragraphs, each reopening, closed by “the ministry said”; the minister named inside the quotation",
    text: `General News of Friday, 14 October 2022

The Ministry of Lands and Natural Resources has stated that a statement by the sector Minister, Samuel Abu Jinapor about the role of the Ghana Armed Forces in the fight against illegal mining (galamsey) has been misreported by a section of the media.



In a statement dated Friday, October 14, 2022, the Public Affairs Directorate of the Ministry said the the statement made by the minister at a press conference on Thursday had been misconstrued in some media reports.



“The attention of the Ministry of Lands and Natural Resources has been drawn to publications in a section of the media to the effect that the military is to be blamed or held responsible for any failures in the fight against illegal mining. These publications attribute this comment to the Minister for Lands and Natural Resources, Hon. Samuel A. Jinapor, MP, during his Press Update on the fight against illegal mining at the Ministry of Information on Thursday, 13th October, 2022.



“While the Ministry welcomes and commends the Ghanaian media for their interest and enthusiasm in matters involving illegal mining, for the avoidance of doubt, the Minister did NOT say the military is to be blamed or held responsible for any failures in the fight against illegal mining. What the Minister said was to the effect that the military has been put fully in charge of the operations on the ground. Accordingly, they are to carry out their mission without interference from any person whatsoever. They are to take instructions only from the military high command on matters relating to the ongoing operations, and in accordance with their established command and control structures,” the ministry said.`,
    quotes: [
      {
        text: "The attention of the Ministry of Lands and Natural Resources has been drawn to publications in a section of the media to the effect that the military is to be blamed or held responsible for any failures in the fight against illegal mining. These publications attribute this comment to the Minister for Lands and Natural Resources, Hon. Samuel A. Jinapor, MP, during his Press Update on the fight against illegal mining at the Ministry of Information on Thursday, 13th October, 2022. While the Ministry welcomes and commends the Ghanaian media for their interest and enthusiasm in matters involving illegal mining, for the avoidance of doubt, the Minister did NOT say the military is to be blamed or held responsible for any failures in the fight against illegal mining. What the Minister said was to the effect that the military has been put fully in charge of the operations on the ground. Accordingly, they are to carry out their mission without interference from any person whatsoever. They are to take instructions only from the military high command on matters relating to the ongoing operations, and in accordance with their established command and control structures,",
        speaker: "Ministry of Lands and Natural Resources",
      },
    ],
  }),
  article({
    id: "ra84-historymusings-gorsuch-release",
    split: "dev",
    url: "https://historymusings.wordpress.com/2017/01/",
    outlet: "History Musings (White House release reproduced)",
    date: "2017-01-31",
    layout: "a release in the third person: “…,” President Trump said. “…” (the second quote unattributed)",
    text: `POLITICAL TRANSCRIPTS

TRUMP PRESIDENCY & 115TH CONGRESS:

President Donald J. Trump Nominates Judge Neil Gorsuch to the United States Supreme Court

Source: WH, 1-31-17

Today, President Donald J. Trump nominated Judge Neil Gorsuch of the U.S. Court of Appeals for the Tenth Circuit to fill the Supreme Court vacancy created by the passing of Justice Antonin Scalia. The nomination of Judge Gorsuch comes after a selection process marked by an unprecedented level of transparency and involvement by the American voters.

“I am proud to announce the nomination of Judge Neil Gorsuch for Justice of the Supreme Court,” President Trump said. “This has been the most transparent and most important Supreme Court selection process in the history of our country and I wanted the American people to have a voice in this nomination. Judge Gorsuch has a superb intellect, an unparalleled legal education, and a commitment to interpreting the Constitution according to its text. He will make an incredible Justice as soon as the Senate confirms him.”

Judge Gorsuch was born and raised in Colorado. He attended Columbia University and Harvard Law School. After graduating with honors, he received his doctorate from Oxford University as a Marshall Scholar.`,
    quotes: [
      {
        text: "I am proud to announce the nomination of Judge Neil Gorsuch for Justice of the Supreme Court,",
        speaker: "Donald Trump",
      },
      {
        text: "This has been the most transparent and most important Supreme Court selection process in the history of our country and I wanted the American people to have a voice in this nomination. Judge Gorsuch has a superb intellect, an unparalleled legal education, and a commitment to interpreting the Constitution according to its text. He will make an incredible Justice as soon as the Senate confirms him.",
        speaker: "Donald Trump",
      },
    ],
  }),
  article({
    id: "ra85-edp24-council-leader",
    split: "dev",
    url: "https://www.edp24.co.uk/news/local-council/20755144.council-leader-told-apologise-residents-inflammatory-schadenfreude/",
    outlet: "Eastern Daily Press",
    date: "2020-09-01",
    layout: "regional paper: scare quotes in the standfirst, a photo caption glued to its repeat, “After the meeting he said:”, a complaint “stated:” over two paragraphs (date approximate)",
    text: `A council leader has been told to apologise for his “inflammatory”, “ill-judged” and “schadenfreude” remarks about district residents.

Eastern Daily Press: At the launch of the Love West Norfolk campaign is Borough Council leader Brian Long. Picture: Ian BurtAt the launch of the Love West Norfolk campaign is Borough Council leader Brian Long. Picture: Ian Burt (Image: Archant 2018)

Brian Long, the leader of King’s Lynn and West Norfolk Borough Council (KLWNBC), was ordered to say sorry to members of West Norfolk Extinction Rebellion after a complaint was made about him referring to campaigners as a “faction” and “not the public”.

The row came after Mr Long ended discussions on a motion about climate change at a full council meeting by moving debate to a cabinet meeting instead.

After the meeting he said: “I am glad they are disappointed. Those members of the public are not members of the public. They’re members of a particular faction.”

READ MORE: Council leader blasted for ending climate change debate

Dr Charlie Gardner formally complained to the council about Mr Long’s remarks, alongside 17 other signatories, which included members of the campaign group.

The complaint, submitted on February 13, stated: “These comments would be unacceptable if made in private conversation.

“However the fact that they have been printed in a newspaper brings both the councillor and the council into great disrepute.”

And Mr Long was criticised in the council’s report into the complaint for “inflammatory schadenfreude” and statements which were “ill-judged and disappointingly lacking respect”.

However, the council said it would not formally sanction or refer him to the standards board - and there is no provision to appeal against their decision.

Dr Gardner said the comments showed the leader “categorised us as protesters rather than as constituents”.`,
    quotes: [
      { text: "inflammatory", speaker: null, optional: true },
      { text: "ill-judged", speaker: null, optional: true },
      { text: "schadenfreude", speaker: null, optional: true },
      { text: "faction", speaker: "Brian Long", optional: true },
      { text: "not the public", speaker: "Brian Long", optional: true },
      {
        text: "I am glad they are disappointed. Those members of the public are not members of the public. They’re members of a particular faction.",
        speaker: "Brian Long",
      },
      {
        text: "These comments would be unacceptable if made in private conversation. However the fact that they have been printed in a newspaper brings both the councillor and the council into great disrepute.",
        speaker: "Charlie Gardner",
      },
      { text: "inflammatory schadenfreude", speaker: null, optional: true },
      { text: "ill-judged and disappointingly lacking respect", speaker: null, optional: true },
      { text: "categorised us as protesters rather than as constituents", speaker: "Charlie Gardner", optional: true },
    ],
  }),
  article({
    id: "ra86-eadt-needham-market",
    split: "dev",
    url: "https://www.eadt.co.uk/news/needham-market-councillor-apologises-for-facebook-comments-2045762",
    outlet: "East Anglian Daily Times",
    date: "2012-03-01",
    layout: "local paper: scare quotes, reported speech by several people, one quotation after “the town clerk, said:” with a bracketed insertion, page furniture (date approximate)",
    text: `Needham Market: Councillor apologises for Facebook comments

A TOWN councillor has apologised after he made “disparaging remarks” about the authority on a social network website.

In a Needham Market Town Council meeting, Martin Spurling had to say sorry after he claimed on Facebook that the authority was being run by “two or three” people.

The town’s mayor Kay Oakes said the activity had to stop as Mr Spurling’s comments could be seen by members of the public.

Mr Spurling said that he initially thought the comments were private and were not in the public domain, but he then accepted the comments were visible to all.

Mrs Oakes asked Mr Spurling to name the councillors he thought were running the council and he mentioned Kay Oakes, Brian Annis and Josephine Lea.

You may also want to watch:

The discussion came after Mr Spurling criticised the council for doing “too little” to inform people what it does and expressed concern about why councillors had resigned in the past.

He said councillors had resigned as they felt unable to make a difference and that, by looking round the table at the councillors presently serving, many had been in place for years.

Most Read

Kevin Hunter, the town clerk, said: “We do advertise in the newsletter which goes to every property in the town, [and] councillors themselves are busy talking to people in the town.”

Mr Hunter said the council had found it “very difficult” recently to fill four councillor vacancies and that was the reason why they had voted for a reduction in the number of seats, from 15 to 13.`,
    quotes: [
      { text: "disparaging remarks", speaker: null, optional: true },
      { text: "two or three", speaker: "Martin Spurling", optional: true },
      { text: "too little", speaker: "Martin Spurling", optional: true },
      {
        text: "We do advertise in the newsletter which goes to every property in the town, [and] councillors themselves are busy talking to people in the town.",
        speaker: "Kevin Hunter",
      },
      { text: "very difficult", speaker: "Kevin Hunter", optional: true },
    ],
  }),
  article({
    id: "ra87-ripley-heanor-woodhead",
    split: "dev",
    url: "https://www.ripleyandheanornews.co.uk/news/former-mayor-to-boycott-council-1-4554000",
    outlet: "Ripley and Heanor News",
    date: "2010-08-12",
    layout: "weekly paper: a photo code caption twice, ‘single’ scare quotes, a quotation over five paragraphs each reopening, “…”, he said. with the comma outside, a last quotation the excerpt ends inside",
    text: `Former mayor to boycott council

NEAALM110810B1 - Cllr Ken Woodhead on Princes street Eastwood
NEAALM110810B1 - Cllr Ken Woodhead on Princes street Eastwood

As the outgoing Mayor of Eastwood handed his chains over this week, he called for the council to ’disband’ and refused to attend another meeting until councillors ‘sorted themselves out’.

Ken Woodhead branded the council a ‘joke’ after three bickering councillors stormed out of a meeting in front of members of the public, who moments earlier had collected awards for the good work they did in the community.

Cllr Woodhead said: “I think the council has to disband and someone else has got to step in and take control. The council has now become a joke and I want no part of it.

“To conduct themselves in public in the way that they did was an absolute disgrace.

“They have brought our council into disrepute once more and I’m ashamed of those involved.

“The only interest of the councillors is to point score against each other. I can never see the two parties getting on.

“I will not attend another meeting until they have sorted themselves out.”

Ken Woodhead, who said he would remain a councillor, declared two weeks ago that the council should look at the election of the new mayor as the start of a new year and a turning point to end the bickering and concentrate on working for the people of Eastwood.

But they failed to manage even one meeting, said the exasperated councillor.

He said it was a ‘terrible’ end to his year as mayor and he was left ‘shell shocked’.

“It has tainted what was a special year for me”, he said.

“It upset me that at the end of my year all this kicked off. Particularly in front of the public. What sort of opinion must they have of us as a council?`,
    quotes: [
      { text: "disband", speaker: "Ken Woodhead", optional: true },
      { text: "sorted themselves out", speaker: "Ken Woodhead", optional: true },
      { text: "joke", speaker: "Ken Woodhead", optional: true },
      {
        text: "I think the council has to disband and someone else has got to step in and take control. The council has now become a joke and I want no part of it. To conduct themselves in public in the way that they did was an absolute disgrace. They have brought our council into disrepute once more and I’m ashamed of those involved. The only interest of the councillors is to point score against each other. I can never see the two parties getting on. I will not attend another meeting until they have sorted themselves out.",
        speaker: "Ken Woodhead",
      },
      { text: "terrible", speaker: "Ken Woodhead", optional: true },
      { text: "shell shocked", speaker: "Ken Woodhead", optional: true },
      { text: "It has tainted what was a special year for me", speaker: "Ken Woodhead" },
      {
        text: "It upset me that at the end of my year all this kicked off. Particularly in front of the public. What sort of opinion must they have of us as a council?",
        speaker: "Ken Woodhead",
      },
    ],
  }),
  article({
    id: "ra88-blog-van-looy-letter",
    split: "dev",
    url: "http://thylacosmilus.blogspot.com/2019/08/all-local-politics-is-ego-boost-peter.html",
    outlet: "Thylacosmilus (blog quoting the Local Democracy Reporting Service)",
    date: "2019-08-28",
    layout: "blog: a resignation letter quoted over two paragraphs after a sentence naming its author, then the blogger's own asides and a reported rebuttal",
    text: `Wednesday, 28 August 2019

All Local Politics Is An Ego Boost, Peter...

...after all, why aren't you sticking to frying chips?
In a blunt resignation letter seen by the Local Democracy Reporting Service, Paul Van Looy outlined his reasons for leaving the Independent Group.
“In my opinion some of the coalition just wanted cabinet post to boost their ego.
“With a Labour leader and the coalition, in my opinion they haven’t got the balls to get rid of the dead wood council officers at the civic centre, which needs to be done ASAP.”
Hmmm, you may well have a point there, though...
Council leader Ian Gilbert hit back at the comments from Mr Van Looy saying it is inappropriate to attack council officers who are not able to defend themselves.
Not able to defend themselves, eh? I bet Peter has a few planning applications denied in the future. And he'd better be very careful where he parks, too!

No comments:`,
    quotes: [
      {
        text: "In my opinion some of the coalition just wanted cabinet post to boost their ego. With a Labour leader and the coalition, in my opinion they haven’t got the balls to get rid of the dead wood council officers at the civic centre, which needs to be done ASAP.",
        speaker: "Paul Van Looy",
      },
    ],
  }),
  article({
    id: "ra89-forest-review-leppington",
    split: "dev",
    url: "https://theforestreview.co.uk/news/town-council-to-consider-barring-row-councillor-211547",
    outlet: "The Forest Review",
    date: "2019-02-07",
    layout: "weekly paper: “Cllr Name, who …, said:” over two paragraphs, a later quote after “telling a reporter …:”, a scare quote from an agenda",
    text: `A TOWN council which called police to eject a Labour activist from a meeting is now considering excluding a district councillor who said they owed him an apology.
Forest Council Cabinet member Cllr Richard Leppington, who makes a monthly report to town councillors, said: “If they don’t want me to come, that’s fine by me. I’ll find something else to do on a Monday night.
“If they don’t want to hear what is happening at the district council, they will be the people who are losing out.”
As the district member for Bream, he is not even a ward member for the Lydney area, but agreed to give up his own time to attend the town council’s monthly meeting to provide a report on the district authority.
He was at last month’s Lydney Town Council meeting when it was suspended after Forest Labour Party youth organiser Zac Arnold tried to ask questions in the council chamber.
Cllr Leppington later spoke out in support of Mr Arnold, despite being a member of the Forest First group on the Forest Council.When asked to leave the meeting, Mr Arnold refused to go, and police were called while councillors moved out of the chamber to another room.
After police arrived, Mr Arnold left and was later arrested outside the council offices for an alleged breach of the peace, having said he would not move until councillors had answered his questions.
He was later released without any further action being taken, with Cllr Leppington subsequently telling a reporter from the Review’s sister paper, the Forester: “To call the police and have him arrested was a complete over-reaction.”
But the agenda for next Monday’s (February 11) meeting reveals that the town council is now considering taking action against Cllr Leppington over his comments, and threatening to revoke his “dispensation” permitting him to address the council.`,
    quotes: [
      {
        text: "If they don’t want me to come, that’s fine by me. I’ll find something else to do on a Monday night. If they don’t want to hear what is happening at the district council, they will be the people who are losing out.",
        speaker: "Richard Leppington",
      },
      { text: "To call the police and have him arrested was a complete over-reaction.", speaker: "Richard Leppington" },
      { text: "dispensation", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra90-derbyshire-times-baxter",
    split: "dev",
    url: "https://www.derbyshiretimes.co.uk/news/calls-for-council-leader-to-resign-after-row-at-meeting-1-9181679",
    outlet: "Derbyshire Times",
    date: "2018-03-13",
    layout: "two people in a row, both by title and surname (Coun Baxter, Mr Shipman): “before saying to Mr Shipman: “…””, “Coun Baxter replied:”, “in a statement, Mr Shipman said:” (date approximate)",
    text: `Calls for council leader ‘to resign’ after row at meeting

editorial image

A council leader has been criticised for a comment he made to a member of the public at a meeting.

Liberal Democrat campaigner, Ross Shipman, addressed a question to the leader of North East Derbyshire District Council, Councillor Graham Baxter, during the public speaking section of a meeting last Tuesday, asking why the council would not be continuing to publish audio recordings from its meetings, given that it had done so at a previous meeting.

Coun Baxter said arrangements had been made for that particular meeting on March 5 because of the level of public interest in a question put forward.

He added that any future decision to record meetings would have to be looked at in line with budget obligations, before saying to Mr Shipman: “Because, as you know, you supported a Government during a period of austerity what meant this council had a 62 per cent reduction in its earnings and as a council we are committed to delivering quality services and some are far more important than the recordings of this meetings.”

Mr Shipman denied the accusation, saying he only became a member of the Lib Dems in 2015.

He then asked Coun Baxter if he was going to be ‘more transparent’ and give residents access to recordings.

Coun Baxter replied: “I am far more interested in the hundred of thousand residents of north east Derbyshire who rely on us for quality services rather than the 300 people who just looked at that recording.”

Coun Baxter then went on to say he hopes Mr Shipman is never elected to the council, which was slammed as ‘out of order’.

After the meeting, in a statement, Mr Shipman said: “Councillor Baxter should be ashamed of his behaviour and bringing the office of leader into disrepute and he should apologise and resign immediately.”`,
    quotes: [
      { text: "to resign", speaker: null, optional: true },
      {
        text: "Because, as you know, you supported a Government during a period of austerity what meant this council had a 62 per cent reduction in its earnings and as a council we are committed to delivering quality services and some are far more important than the recordings of this meetings.",
        speaker: "Graham Baxter",
      },
      { text: "more transparent", speaker: "Ross Shipman", optional: true },
      {
        text: "I am far more interested in the hundred of thousand residents of north east Derbyshire who rely on us for quality services rather than the 300 people who just looked at that recording.",
        speaker: "Graham Baxter",
      },
      { text: "out of order", speaker: null, optional: true },
      {
        text: "Councillor Baxter should be ashamed of his behaviour and bringing the office of leader into disrepute and he should apologise and resign immediately.",
        speaker: "Ross Shipman",
      },
    ],
  }),
  article({
    id: "ra91-mail-on-sunday-quotes-of-the-week",
    split: "dev",
    url: "https://pressreader.com/uk/the-mail-on-sunday/20190505/282613149209880",
    outlet: "The Mail on Sunday (quotes of the week)",
    date: "2019-05-05",
    layout: "a column of quotations in ‘single marks’, each followed by a sentence naming its speaker by description and name (no speech verb before the quote), one quote nesting “double marks”",
    text: `The Mail on Sunday

QUOTES of the week


‘It looks as though the key message from voters to the Conservatives and Labour is “a plague on both your houses”.’ Polling expert Sir John Curtice after the main parties faced a backlash in council elections.

‘Shebagging.’ New word allowed in board game Scrabble – it means when a woman puts her bag on the seat beside her.

‘I realise my obituary will say I did but I swear on my children’s lives I did not.’ Gavin Williamson denies being the source of the Huawei leak that led to his sacking as Defence Secretary.

‘Being middle class, which used to be a virtue, is now regarded as a sin.’ Former Harrow School head Barnaby Lenon hits out at those who criticise parents for paying for their children’s education.

‘To give Jon credit, he took a 25 per cent pay cut but it’s kind of 25 years too late really.’ Cathy Newman says the move by Channel 4 colleague Jon Snow should have come sooner.

‘I was never, ever, ever going to settle for giving my body to some old man for a role.’ Dame Joan Collins recalls how she rejected Hollywood’s casting couch.

‘I’m not badly injured at all, apart from my pride.’ British athlete Hayley Carruthers, who collapsed just yards from the finishing line in the London Marathon.`,
    quotes: [
      {
        text: "It looks as though the key message from voters to the Conservatives and Labour is “a plague on both your houses”.",
        speaker: "John Curtice",
      },
      { text: "a plague on both your houses", speaker: null, optional: true },
      { text: "Shebagging.", speaker: null, optional: true },
      { text: "I realise my obituary will say I did but I swear on my children’s lives I did not.", speaker: "Gavin Williamson" },
      { text: "Being middle class, which used to be a virtue, is now regarded as a sin.", speaker: "Barnaby Lenon" },
      { text: "To give Jon credit, he took a 25 per cent pay cut but it’s kind of 25 years too late really.", speaker: "Cathy Newman" },
      { text: "I was never, ever, ever going to settle for giving my body to some old man for a role.", speaker: "Joan Collins" },
      { text: "I’m not badly injured at all, apart from my pride.", speaker: "Hayley Carruthers" },
    ],
  }),
  article({
    id: "ra92-blog-downing-street-source",
    split: "dev",
    url: "http://markwadsworth.blogspot.com/2013/06/when-asked-about-affair-last-night.html",
    outlet: "Mark Wadsworth (blog quoting the Mail on Sunday)",
    date: "2013-06-01",
    layout: "blog quoting a tabloid headline with ‘single’ scare quotes and a passage in double marks that quotes an unnamed source in single marks",
    text: `but it nevertheless makes for a terrific headline:
No 10 rocked by secret love affair: 'Stunned' PM holds crisis talks over fears tryst will 'blow political agenda out of the water'
and such a shame that underneath said headline sits:-
NEW For legal reasons, The Mail on Sunday cannot disclose the identities of the people involved or any details of the relationship - even its duration - other than that they are middle-aged figures. The affair has now concluded.
And to give them their due, the Mail through the scribing skills of Glen Owen then devotes 783 words to explaining that it can tell you nothing about the secret love affair of the mystery middle aged persons in question other than it is now over.
UPDATE 2: The Mail has now reacted to the reaction to its "we can't tell you anything" tale with a Headline Change:-
Saturday, 1 June 2013
"When asked about the affair last night, a Downing Street source said: ‘This is not something we can talk about.’"`,
    quotes: [
      { text: "Stunned", speaker: null, optional: true },
      { text: "blow political agenda out of the water", speaker: null, optional: true },
      { text: "we can't tell you anything", speaker: null, optional: true },
      {
        text: "When asked about the affair last night, a Downing Street source said: ‘This is not something we can talk about.’",
        speaker: null,
        optional: true,
      },
      { text: "This is not something we can talk about.", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra93-greenslade-morgan-voicemail",
    split: "dev",
    url: "http://www.theguardian.com/media/greenslade+uk/heather-mills",
    outlet: "The Guardian (Greenslade blog)",
    date: "2012-10-24",
    layout: "media blog: a column quoted over two paragraphs (the second not reopened) with a song title in single marks, then “He said:” after a paragraph naming another person",
    text: `Roy Greenslade's Guardian blog on politics, news and the media

In the light of the civil claims against Trinity Mirror over alleged phone hacking, it is pertinent to revisit the various boasts made by the former Daily Mirror editor, Piers Morgan, about his knowledge of voicemail interceptions.

The Daily Mail article on Heather Mills

In October 2006, Morgan wrote in the Daily Mail about the
marriage difficulties of Sir Paul McCartney and his then wife, Heather Mills:

"At one stage I was played a tape of a message Paul had left for Heather on her mobile phone.

It was heartbreaking… Paul was pleading with her to come back. He sounded lonely, miserable and desperate, and even sang 'We Can Work It Out' into the answerphone."

Mills told the Leveson inquiry that she had never authorised Morgan, or anyone else, to access or listen to her voicemail.

And she also said she had been told by a former Trinity Mirror employee in 2001 that he had listened to voicemail messages left by her former husband.

Morgan was questioned about the McCartney-Mills incident when he gave evidence to Leveson. He refused to say who played him the voicemail message.

He said: "I can't discuss where I was played that tape or who played it, because to do so would be to compromise a source, and I can't do that."`,
    quotes: [
      {
        text: "At one stage I was played a tape of a message Paul had left for Heather on her mobile phone. It was heartbreaking… Paul was pleading with her to come back. He sounded lonely, miserable and desperate, and even sang 'We Can Work It Out' into the answerphone.",
        speaker: "Piers Morgan",
      },
      { text: "We Can Work It Out", speaker: null, optional: true },
      {
        text: "I can't discuss where I was played that tape or who played it, because to do so would be to compromise a source, and I can't do that.",
        speaker: "Piers Morgan",
      },
    ],
  }),
  article({
    id: "ra94-reuters-rouhani-saudi",
    split: "dev",
    url: "https://jimbakkershow.dev-ecs.morningsidechurchinc.com/author/reuters/page/303",
    outlet: "Reuters (syndicated)",
    date: "2017-11-28",
    layout: "wire copy with a dateline: “…,” Rouhani said in the interview …. “…”; a crown prince named only by role with a partial quote; a scare quote in reported speech",
    text: `Rouhani says Saudis call Iran an enemy to conceal defeat in region

BEIRUT (Reuters) – Iranian President Hassan Rouhani said on Tuesday that Saudi Arabia presents Iran as an enemy because it wants to cover up its defeats in the region.

“Saudi Arabia was unsuccessful in Qatar, was unsuccessful in Iraq, in Syria and recently in Lebanon. In all of these areas, they were unsuccessful,” Rouhani said in the interview live on state television. “So they want to cover up their defeats.”

The Sunni Muslim kingdom of Saudi Arabia and Shi’ite Iran back rival sides in the wars and political crises throughout the region.

Saudi Arabia’s Crown Prince called the Supreme Leader of Iran, Ayatollah Ali Khamenei, “the new Hitler of the Middle East” in an interview with the New York Times published last week, escalating the war of words between the arch-rivals.

Tensions soared this month when Lebanon’s Saudi-allied Prime Minister Saad Hariri resigned in a television broadcast from Riyadh, citing the influence of Iran-backed Hezbollah in Lebanon and risks to his life.

Iran, Iraq, Syria and Russia form a line of resistance in the region that has worked toward stability and achieved “big accomplishments”, Rouhani said in the interview, which was reviewing his first 100 days in office in his second term.`,
    quotes: [
      {
        text: "Saudi Arabia was unsuccessful in Qatar, was unsuccessful in Iraq, in Syria and recently in Lebanon. In all of these areas, they were unsuccessful,",
        speaker: "Hassan Rouhani",
      },
      {
        text: "So they want to cover up their defeats.",
        speaker: "Hassan Rouhani",
      },
      { text: "the new Hitler of the Middle East", speaker: "Mohammed bin Salman", optional: true },
      { text: "big accomplishments", speaker: "Hassan Rouhani", optional: true },
    ],
  }),
  article({
    id: "ra95-reuters-marawi",
    split: "dev",
    url: "https://jimbakkershow.dev-ecs.morningsidechurchinc.com/author/reuters/page/338",
    outlet: "Reuters (syndicated)",
    date: "2017-10-26",
    layout: "wire feature: a resident named, a paragraph about her without her name, then “…,” she said. “…”; a word in quotes from graffiti",
    text: `In abandoned Philippine city, first hints of a return to normalcy

MARAWI CITY, Philippines (Reuters) – After five months of crippling conflict, there are slow signs of life returning in the Philippines’ battered Marawi City.

Utilities engineers were at work on Thursday in the near-deserted outskirts of Marawi which escaped the daily air strikes that flattened vast swathes of the city.

Amelah Ampaso said she decided that day to sneak back to Marawi and reopen her shop, now stocked with cooking oil and cigarettes and offering photocopying services, printing, and haircuts.

As a first-mover in a liberated Marawi, the 25-year-old is doing brisk business among the few people around.

“The other shops are closed, so people are coming here,” she said. “It’s safe again.”

But nearby streets look like the set of a post-apocalyptic film, silent, with shutters pulled down and weeds growing between concrete slabs.

Spray painted on the walls of almost every building is the word “clear”, marking where police and soldiers went house-to-house checking thousands of abandoned properties for booby-traps.`,
    quotes: [
      { text: "The other shops are closed, so people are coming here,", speaker: "Amelah Ampaso" },
      { text: "It’s safe again.", speaker: "Amelah Ampaso" },
      { text: "clear", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra96-reuters-psaki-nigeria",
    split: "dev",
    url: "http://www.reuters.com/article/us-nigeria-girls-usa-idUSKBN0E72DX20140527",
    outlet: "Reuters",
    date: "2014-05-27",
    layout: "wire copy: a long attribution naming a second official after the speaker (“said when asked about X’s statement”), then a quotation paragraph with no attribution",
    text: `U.S. says cannot corroborate Nigerian claim it has located girls

WASHINGTON (Reuters) - The United States said on Tuesday it did not have independent information to confirm Nigeria’s claim to know the whereabouts of more than 200 kidnapped girls and questioned the wisdom of making public such information.

“We don’t have independent information from the United States to support these reports you referenced,” U.S. State Department spokeswoman Jen Psaki said when asked about Nigerian Chief of Defense Staff Air Marshal Alex Badeh’s statement that the military knew where the abducted girls were.

“We, as a matter of policy and for the girls’ safety and wellbeing, would not discuss publicly this sort of information regardless.”

Reporting By Arshad Mohammed; Editing by Chris Reese`,
    quotes: [
      { text: "We don’t have independent information from the United States to support these reports you referenced,", speaker: "Jen Psaki" },
      {
        text: "We, as a matter of policy and for the girls’ safety and wellbeing, would not discuss publicly this sort of information regardless.",
        speaker: "Jen Psaki",
      },
    ],
  }),
  article({
    id: "ra97-reuters-iran-ship",
    split: "dev",
    url: "http://www.reuters.com/article/us-iran-usa-ship-indication-idUSKBN0NJ1U120150428",
    outlet: "Reuters",
    date: "2015-04-28",
    layout: "short wire copy with page furniture: an anonymous official in reported speech, a television channel's words in scare quotes; nothing to propose",
    text: `No indications of Iran directing U.S. ship to Iranian port: U.S. official
#World News
April 28, 2015 / 3:04 PM / 2 years ago

Reuters Staff

1 Min Read

WASHINGTON (Reuters) - There are no indications so far that any U.S. ship is being directed by Iranian forces into an Iranian port, a U.S. official told Reuters on Tuesday.

The official, who spoke to Reuters on condition of anonymity to discuss the situation, said the United States was still working to get clarity on the situation after Saudi-owned Al Arabiya television said an Iranian “force” seized a U.S. cargo ship in the Gulf on Tuesday and directed it to the Iranian port of Bandar Abbas.

The channel said the force had “opened fire” on the U.S. ship, which had 34 U.S. sailors aboard.

Reporting by Phil Stewart; Editing by Bill Trott`,
    quotes: [
      { text: "force", speaker: "Al Arabiya", optional: true },
      { text: "opened fire", speaker: "Al Arabiya", optional: true },
    ],
  }),
  article({
    id: "ra98-blog-cameron-clegg-presser",
    split: "dev",
    url: "https://brilliantbritain.blogspot.com/2010/05/prime-minister-cameron-and-deputy-pm.html?showComment=1273765832191",
    outlet: "Brilliant Britain (blog)",
    date: "2010-05-12",
    layout: "blog notes of a joint press conference: “Surname : “…”” snippets, “…?” X asked., “…”, X told Y., a role noun (“The Deputy PM”) with two short quotes, a quotation interrupted by “Cameron said”",
    text: `Wednesday, May 12, 2010

Prime Minister Cameron and Deputy PM Clegg hold first press conference

Prime Minister David Cameron and Deputy Prime Minister Nick Clegg have held their first joint press conference today.

I thought it was a very impressive press conference. They both seemed very comfortable presenting together and taking turns answering questions from the journalists.

A couple snippets:
Cameron : "the national interest is more important than the party interest."
Clegg: "until today we were rivals and now we're colleagues."

The best moment (and very funny) was when a Five reporter reminded Cameron about his reply to the question "What's your favourite joke?" Cameron had replied: "Nick Clegg". The reporter asked Cameron if he regretted saying that now.

"Did you really say that?" Clegg asked.

"I'm afraid I did say that", Cameron told Clegg.

The Deputy PM then jokingly pretended to walk away, telling Cameron: "I'm off", as the PM shouted: "Come baaaack".

"We're all going to have things thrown back at us," Cameron said. "We're looking at the bigger picture. ... And if it means swallowing some humble pie, and if it means eating some of your words, I cannot think of a more excellent diet."

Watch the amusing moment here:

8 comments:`,
    quotes: [
      { text: "the national interest is more important than the party interest.", speaker: "David Cameron" },
      { text: "until today we were rivals and now we're colleagues.", speaker: "Nick Clegg" },
      { text: "What's your favourite joke?", speaker: null, optional: true },
      { text: "Nick Clegg", speaker: "David Cameron", optional: true },
      { text: "Did you really say that?", speaker: "Nick Clegg" },
      { text: "I'm afraid I did say that", speaker: "David Cameron" },
      { text: "I'm off", speaker: "Nick Clegg", optional: true },
      { text: "Come baaaack", speaker: "David Cameron", optional: true },
      {
        text: "We're all going to have things thrown back at us,",
        speaker: "David Cameron",
      },
      {
        text: "We're looking at the bigger picture. ... And if it means swallowing some humble pie, and if it means eating some of your words, I cannot think of a more excellent diet.",
        speaker: "David Cameron",
      },
    ],
  }),
  article({
    id: "ra99-downingstreetsays-king-fahd",
    split: "dev",
    url: "https://downingstreetsays.com/briefings/2005/08/page/2",
    outlet: "Downing Street Says (lobby briefing notes)",
    date: "2005-08-01",
    layout: "lobby briefing notes in reported speech: the spokesman reads “the Prime Minister's tribute” in quote marks (the speaker only by role), then questions and answers reported without quotes",
    text: `» Monday, August 1, 2005King Fahd
The Prime Minister's Spokesman (PMS) read the Prime Minister's tribute to the late King Fahd of Saudi Arabia who died this morning: "King Fahd was a man of great vision and leadership who inspired his countrymen for a quarter of a century as King, and for many more before that. He served his country with the utmost dedication and dignity. He led Saudi Arabia through a period of unparalleled prosperity and development. He was also a good friend of the United Kingdom. Our two countries have benefited very greatly over the years from his wise advice. Under his guidance we have developed extremely close political, commercial and defence links. They will always be seen as his legacy." Briefing took place at 11:00 | Read whole briefing | Comments (9) Bombing Investigation/Border Controls
Asked about security procedures for the Eurostar at Waterloo after a suspect in the London Bombing investigation was able to get to Italy, the PMS said that whilst we would be reviewing the circumstances of this individual case, it was important not to make too many comments about the individual case itself since extradition proceedings were currently underway. Asked if we would be looking again at passport checks at Waterloo, the PMS said that we did have passport checks at the point of departure.`,
    quotes: [
      {
        text: "King Fahd was a man of great vision and leadership who inspired his countrymen for a quarter of a century as King, and for many more before that. He served his country with the utmost dedication and dignity. He led Saudi Arabia through a period of unparalleled prosperity and development. He was also a good friend of the United Kingdom. Our two countries have benefited very greatly over the years from his wise advice. Under his guidance we have developed extremely close political, commercial and defence links. They will always be seen as his legacy.",
        speaker: "Tony Blair",
      },
    ],
  }),
];

const TRUMP = "Donald Trump";
const MACRON = "Emmanuel Macron";
const OBAMA = "Barack Obama";
const BAN = "Ban Ki-moon";
const GUTERRES = "António Guterres";
const DUJARRIC = "Stéphane Dujarric";
const REEKER = "Philip Reeker";
const ERELI = "Adam Ereli";
const VDL = "Ursula von der Leyen";

export const freshDevTranscripts: RealTranscript[] = [
  transcript({
    id: "rt80-wh-trump-medal-of-honor",
    split: "dev",
    url: "https://historymusings.wordpress.com/category/news-issues/white-house-events/",
    outlet: "History Musings (White House transcript reproduced)",
    date: "2017-07-31",
    layout: "“Remarks by President Trump at …” heading, a source line, a broken embed tag, place and time lines, then “THE PRESIDENT:” with two spaces after each full stop",
    text: `Full Text Political Transcripts July 31, 2017: President Donald Trump’s Remarks at Presentation of Medal of Honor to Specialist Five James C. McCloughan, U.S. Army

POLITICAL TRANSCRIPTS

TRUMP PRESIDENCY & 115TH CONGRESS:

Remarks by President Trump at Presentation of Medal of Honor to Specialist Five James C. McCloughan, U.S. Army

Source: WH,  7-31-17

<iframe width=”560″ height=”315″ src=”https://www.youtube.com/embed/nsBI37Nm7KM&#8221; frameborder=”0″ allowfullscreen><!–iframe>

 

East Room

3:15 P.M. EDT

THE PRESIDENT:  Thank you very much.  Please be seated.  Thank you, Chaplain Hurley.  Secretary Mnuchin, Secretary Mattis, Secretary Shulkin, Senator Stabenow, Congressman Upton, and members of the Armed Forces:  Thank you for joining us as we award our nation’s highest military honor to Specialist Five James C. McCloughan.

Today, we pay tribute to a veteran who went above and beyond the call of duty to protect our comrades, our country, and our freedom.

Joining Jim today is his wife Cherie, his brothers Mike and Tom, his sons Jamie and Matt, and many other members of his very large and beautiful family.

We’re also gratified to be joined by eight previous Medal of Honor recipients.  Now, Jim’s name will stand forever alongside theirs in our history and in our hearts.  I want to take a few minutes to tell you about Jim and how he earned this place among legends.

Jim was raised in Bangor, Michigan.  His father built their house from scratch and worked 40 years at a piano factory.`,
    sentences: [
      { text: "Thank you very much.", speaker: TRUMP, optional: true },
      { text: "Please be seated.", speaker: TRUMP, optional: true },
      { text: "Thank you, Chaplain Hurley.", speaker: TRUMP, optional: true },
      {
        text: "Secretary Mnuchin, Secretary Mattis, Secretary Shulkin, Senator Stabenow, Congressman Upton, and members of the Armed Forces:  Thank you for joining us as we award our nation’s highest military honor to Specialist Five James C. McCloughan.",
        speaker: TRUMP,
      },
      {
        text: "Today, we pay tribute to a veteran who went above and beyond the call of duty to protect our comrades, our country, and our freedom.",
        speaker: TRUMP,
      },
      {
        text: "Joining Jim today is his wife Cherie, his brothers Mike and Tom, his sons Jamie and Matt, and many other members of his very large and beautiful family.",
        speaker: TRUMP,
      },
      { text: "We’re also gratified to be joined by eight previous Medal of Honor recipients.", speaker: TRUMP },
      { text: "Now, Jim’s name will stand forever alongside theirs in our history and in our hearts.", speaker: TRUMP },
      { text: "I want to take a few minutes to tell you about Jim and how he earned this place among legends.", speaker: TRUMP },
      { text: "Jim was raised in Bangor, Michigan.", speaker: TRUMP },
      { text: "His father built their house from scratch and worked 40 years at a piano factory.", speaker: TRUMP },
    ],
  }),
  transcript({
    id: "rt81-wh-trump-macron-paris",
    split: "dev",
    url: "https://historymusings.wordpress.com/category/political-topics/international-politics/",
    outlet: "History Musings (White House transcript reproduced)",
    date: "2017-07-13",
    layout: "joint press conference heading with “|” and a date, place lines, “PRESIDENT MACRON:  (As interpreted.)” opening the turn",
    text: `Full Text Political Transcripts July 13, 2017: President Donald Trump and President Emmanuel Macron of France Remarks in Joint Press Conference

POLITICAL TRANSCRIPTS

TRUMP PRESIDENCY & 115TH CONGRESS:

Remarks by President Trump and President Macron of France in Joint Press Conference | July 13, 2017

Source: WH, 7-13-17

 

Élysée Palace
Paris, France

6:44 P.M. CET

PRESIDENT MACRON:  (As interpreted.)  Good afternoon, ladies and gentlemen.  First and foremost, I want to thank President Trump for his visit to Paris this afternoon and tomorrow, tomorrow morning, as well as to thank his delegation.  I was very pleased to be able to welcome President Trump and his spouse today.  He accepted the invitation I extended a couple of weeks ago in order to invite him to join the ceremonies of the 14th of July, tomorrow.

I think it is both a symbol and very important that the President of the United States could be with us tomorrow on the occasion of our National Day, and attend a military parade, which will — to which the American troops will take part.  We will be also commemorating the 100th anniversary of the American troops joining World War I with the allies in France.

I think it is important because, beyond daily news, we live in countries with roots which are deeper and go further and beyond who we are.`,
    sentences: [
      { text: "Good afternoon, ladies and gentlemen.", speaker: MACRON, optional: true },
      {
        text: "First and foremost, I want to thank President Trump for his visit to Paris this afternoon and tomorrow, tomorrow morning, as well as to thank his delegation.",
        speaker: MACRON,
      },
      { text: "I was very pleased to be able to welcome President Trump and his spouse today.", speaker: MACRON },
      {
        text: "He accepted the invitation I extended a couple of weeks ago in order to invite him to join the ceremonies of the 14th of July, tomorrow.",
        speaker: MACRON,
      },
      {
        text: "I think it is both a symbol and very important that the President of the United States could be with us tomorrow on the occasion of our National Day, and attend a military parade, which will — to which the American troops will take part.",
        speaker: MACRON,
      },
      { text: "We will be also commemorating the 100th anniversary of the American troops joining World War I with the allies in France.", speaker: MACRON },
      {
        text: "I think it is important because, beyond daily news, we live in countries with roots which are deeper and go further and beyond who we are.",
        speaker: MACRON,
      },
    ],
  }),
  transcript({
    id: "rt82-wh-trump-day-of-prayer",
    split: "dev",
    url: "https://historymusings.wordpress.com/category/news-topics/national-religious-holidays/",
    outlet: "History Musings (White House transcript reproduced)",
    date: "2018-05-03",
    layout: "no “Remarks by” line: a blog title naming the speech, place and time, “THE PRESIDENT:” with short sentences and “(Applause.)” inside paragraphs",
    text: `Full-Text Political Transcripts May 3, 2018: President Donald Trump’s Speech at the National Day of Prayer

POLITICAL TRANSCRIPTS

TRUMP PRESIDENCY & 115TH CONGRESS:

Source: WH, 5-3-18

Rose Garden

11:38 A.M. EDT

THE PRESIDENT: Thank you very much, everybody. Thank you. Please. Thank you very much. What a day. What a beautiful day. And our country is doing very well. You’ll see some very good announcements very shortly.

It’s wonderful to be here on this glorious spring morning as we celebrate the National Day of Prayer at the White House in the Rose Garden. (Applause.)

I want to thank Vice President Mike Pence and Karen for joining us. Very special people. Thank you very much. (Applause.) We are truly blessed to have a Vice President and a Second Lady who believe in the power of prayer and the glory of God. And they do believe. I’m with them a lot; they believe. (Applause.) It’s good. Thank you, Mike.

Thanks, also, to the members of the Cabinet who have joined us today, along with so many amazing faith leaders from across the country, including my good friend Paula White, who’s done such an incredible job.`,
    sentences: [
      { text: "Thank you very much, everybody.", speaker: TRUMP, optional: true },
      { text: "Thank you.", speaker: TRUMP, optional: true },
      { text: "Please.", speaker: TRUMP, optional: true },
      { text: "Thank you very much.", speaker: TRUMP, optional: true },
      { text: "What a day.", speaker: TRUMP, optional: true },
      { text: "What a beautiful day.", speaker: TRUMP, optional: true },
      { text: "Very special people.", speaker: TRUMP, optional: true },
      { text: "It’s good.", speaker: TRUMP, optional: true },
      { text: "Thank you, Mike.", speaker: TRUMP, optional: true },
      { text: "And our country is doing very well.", speaker: TRUMP },
      { text: "You’ll see some very good announcements very shortly.", speaker: TRUMP },
      {
        text: "It’s wonderful to be here on this glorious spring morning as we celebrate the National Day of Prayer at the White House in the Rose Garden.",
        speaker: TRUMP,
      },
      { text: "I want to thank Vice President Mike Pence and Karen for joining us.", speaker: TRUMP },
      {
        text: "We are truly blessed to have a Vice President and a Second Lady who believe in the power of prayer and the glory of God.",
        speaker: TRUMP,
      },
      { text: "And they do believe.", speaker: TRUMP },
      { text: "I’m with them a lot; they believe.", speaker: TRUMP },
      {
        text: "Thanks, also, to the members of the Cabinet who have joined us today, along with so many amazing faith leaders from across the country, including my good friend Paula White, who’s done such an incredible job.",
        speaker: TRUMP,
      },
    ],
  }),
  transcript({
    id: "rt83-obama-iran-statement",
    split: "dev",
    url: "https://historymusings.wordpress.com/category/political-transcripts/",
    outlet: "History Musings (statement reproduced)",
    date: "2018-05-08",
    layout: "a written statement with no label: a heading “Former President X responds to President Y’s decision …” naming two presidents, a source line, then the statement",
    text: `Full-Text Political Transcripts May 8, 2018: Former President Barack Obama responds to President Donald Trump’s decision to withdraw from the Iran nuclear deal

POLITICAL TRANSCRIPTS

TRUMP PRESIDENCY & 115TH CONGRESS:

Former President Barack Obama responds to President Donald Trump’s decision to withdraw from the Iran nuclear deal

Source: BG, 5-8-18
There are few issues more important to the security of the United States than the potential spread of nuclear weapons, or the potential for even more destructive war in the Middle East. That’s why the United States negotiated the Joint Comprehensive Plan of Action (JCPOA) in the first place.
The reality is clear. The JCPOA is working – that is a view shared by our European allies, independent experts, and the current U.S. Secretary of Defense. The JCPOA is in America’s interest – it has significantly rolled back Iran’s nuclear program. And the JCPOA is a model for what diplomacy can accomplish – its inspections and verification regime is precisely what the United States should be working to put in place with North Korea. Indeed, at a time when we are all rooting for diplomacy with North Korea to succeed, walking away from the JCPOA risks losing a deal that accomplishes – with Iran – the very outcome that we are pursuing with the North Koreans.
That is why today’s announcement is so misguided.`,
    sentences: [
      {
        text: "There are few issues more important to the security of the United States than the potential spread of nuclear weapons, or the potential for even more destructive war in the Middle East.",
        speaker: OBAMA,
      },
      { text: "That’s why the United States negotiated the Joint Comprehensive Plan of Action (JCPOA) in the first place.", speaker: OBAMA },
      { text: "The reality is clear.", speaker: OBAMA },
      { text: "The JCPOA is working – that is a view shared by our European allies, independent experts, and the current U.S. Secretary of Defense.", speaker: OBAMA },
      { text: "The JCPOA is in America’s interest – it has significantly rolled back Iran’s nuclear program.", speaker: OBAMA },
      {
        text: "And the JCPOA is a model for what diplomacy can accomplish – its inspections and verification regime is precisely what the United States should be working to put in place with North Korea.",
        speaker: OBAMA,
      },
      {
        text: "Indeed, at a time when we are all rooting for diplomacy with North Korea to succeed, walking away from the JCPOA risks losing a deal that accomplishes – with Iran – the very outcome that we are pursuing with the North Koreans.",
        speaker: OBAMA,
      },
      { text: "That is why today’s announcement is so misguided.", speaker: OBAMA },
    ],
  }),
  transcript({
    id: "rt84-un-ban-press-conference-2015",
    split: "dev",
    url: "https://www.un.org/sg/en/content/sg/statement/2015-09-16/secretary-generals-press-conference-full-transcript",
    outlet: "United Nations (Secretary-General)",
    date: "2015-09-16",
    layout: "place and date lines, a heading naming the speaker only by role (“Secretary-General's press conference (full transcript)”), no label",
    text: `New York

16 September 2015

Secretary-General's press conference (full transcript)

Good afternoon, Ladies and Gentlemen. It is a great pleasure to see you.

This year’s session of the General Assembly opens at a time of turmoil and hope.

Turmoil -- because conflicts have deepened in so many places, and civilians are paying the price.

Hope -- because a historic number of world leaders will gather here at the United Nations to forge solutions and adopt an inspiring new development agenda.  

It will start with His Holiness Pope Francis, who I look forward to welcoming here on September 25th.  His call for climate action and a global ethical mobilization has resounded across the world, among people of all faiths.  

The 2030 Agenda for Sustainable Development embodies the yearnings of people everywhere for lives of dignity on a healthy planet.  It shows what Member States can achieve when they work together in solidarity.`,
    sentences: [
      { text: "Good afternoon, Ladies and Gentlemen.", speaker: BAN, optional: true },
      { text: "It is a great pleasure to see you.", speaker: BAN, optional: true },
      { text: "This year’s session of the General Assembly opens at a time of turmoil and hope.", speaker: BAN },
      { text: "Turmoil -- because conflicts have deepened in so many places, and civilians are paying the price.", speaker: BAN },
      {
        text: "Hope -- because a historic number of world leaders will gather here at the United Nations to forge solutions and adopt an inspiring new development agenda.",
        speaker: BAN,
      },
      { text: "It will start with His Holiness Pope Francis, who I look forward to welcoming here on September 25th.", speaker: BAN },
      { text: "His call for climate action and a global ethical mobilization has resounded across the world, among people of all faiths.", speaker: BAN },
      { text: "The 2030 Agenda for Sustainable Development embodies the yearnings of people everywhere for lives of dignity on a healthy planet.", speaker: BAN },
      { text: "It shows what Member States can achieve when they work together in solidarity.", speaker: BAN },
    ],
  }),
  transcript({
    id: "rt85-un-guterres-press-conference-2018",
    split: "dev",
    url: "https://press.un.org/en/2018/sgsm19223.doc.htm",
    outlet: "United Nations (Meetings Coverage and Press Releases)",
    date: "2018-09-20",
    layout: "“Press Conference by Secretary-General X at …” heading, “Following is a transcript of … press conference, held in New York today:”, no label; names in [brackets] inside a sentence",
    text: `Press Conference by Secretary-General António Guterres at United Nations Headquarters

Following is a transcript of UN Secretary-General António Guterres’ press conference, held in New York today:

Ladies and Gentlemen of the media,

It is a pleasure to see you as we begin a new session of the General Assembly and welcome world leaders to New York next week.  Let me start by highlighting two pressing peace and security challenges.

When we met last week, I repeated my appeal to avert a full-scale military operation in Syria’s Idlib province.  I welcome the agreement three days ago between President [Recep Tayyip] Erdoğan of Turkey and President [Vladimir] Putin of Russia to create a demilitarized buffer zone in Idlib region.  If properly implemented, this could save 3 million civilians — including 1 million children — from catastrophe.`,
    sentences: [
      { text: "Ladies and Gentlemen of the media,", speaker: GUTERRES, optional: true },
      {
        text: "It is a pleasure to see you as we begin a new session of the General Assembly and welcome world leaders to New York next week.",
        speaker: GUTERRES,
      },
      { text: "Let me start by highlighting two pressing peace and security challenges.", speaker: GUTERRES },
      { text: "When we met last week, I repeated my appeal to avert a full-scale military operation in Syria’s Idlib province.", speaker: GUTERRES },
      {
        text: "I welcome the agreement three days ago between President [Recep Tayyip] Erdoğan of Turkey and President [Vladimir] Putin of Russia to create a demilitarized buffer zone in Idlib region.",
        speaker: GUTERRES,
      },
      { text: "If properly implemented, this could save 3 million civilians — including 1 million children — from catastrophe.", speaker: GUTERRES },
    ],
  }),
  transcript({
    id: "rt86-un-guterres-press-conference-2022",
    split: "dev",
    url: "https://press.un.org/en/2022/sgsm21640.doc.htm",
    outlet: "United Nations (Meetings Coverage and Press Releases)",
    date: "2022-12-19",
    layout: "“Following is the transcript …:”, then the remarks under a “Secretary-General:” label on their first line; a phrase in quotes inside a sentence",
    text: `Press Conference by Secretary-General António Guterres at United Nations Headquarters

Following is the transcript of UN Secretary-General António Guterres’ press conference, in New York today:

Secretary-General:  I welcome this opportunity to gather one last time before the end of the year — and I wish you and your families all the best for 2023.  Our world faced many trials and tests in 2022 ‑ some familiar, others we might not have imagined just one year ago.  There may be plenty of reasons for despair.

Geopolitical divides have made global problem solving ever more difficult — sometimes impossible.  The cost-of-living crisis is hitting hard and inequalities are growing — affecting the world’s women and girls the most.  Most of the world’s poorest countries find themselves on what one could call, “debt row” — staring down the abyss of insolvency and default.  This year alone their debt service payments skyrocketed 35 per cent — the largest increase in decades.  The poor are getting poorer.`,
    sentences: [
      {
        text: "I welcome this opportunity to gather one last time before the end of the year — and I wish you and your families all the best for 2023.",
        speaker: GUTERRES,
      },
      { text: "Our world faced many trials and tests in 2022 ‑ some familiar, others we might not have imagined just one year ago.", speaker: GUTERRES },
      { text: "There may be plenty of reasons for despair.", speaker: GUTERRES },
      { text: "Geopolitical divides have made global problem solving ever more difficult — sometimes impossible.", speaker: GUTERRES },
      { text: "The cost-of-living crisis is hitting hard and inequalities are growing — affecting the world’s women and girls the most.", speaker: GUTERRES },
      {
        text: "Most of the world’s poorest countries find themselves on what one could call, “debt row” — staring down the abyss of insolvency and default.",
        speaker: GUTERRES,
      },
      { text: "This year alone their debt service payments skyrocketed 35 per cent — the largest increase in decades.", speaker: GUTERRES },
      { text: "The poor are getting poorer.", speaker: GUTERRES },
    ],
  }),
  transcript({
    id: "rt87-un-noon-briefing-2017",
    split: "dev",
    url: "https://www.un.org/press/en/2017/db170427.doc.htm",
    outlet: "United Nations (noon briefing)",
    date: "2017-04-27",
    layout: "the heading twice around a date, a “near-verbatim transcript … by X, Spokesman” introduction, no label; the spokesman reports another official's briefing in the third person",
    text: `Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

27 April 2017

Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.


The Emergency Relief Coordinator, Stephen O’Brien, briefed the Security Council this morning on Syria, noting the intensified fighting on numerous fronts over the last month.  He asserted that attacks against medical facilities are completely unacceptable and must stop.  He also said that we await the results of investigations regarding the use of chemical weapons in Khan Shaykhun earlier this month.

He also cited a number of essential steps for the way forward, including a consolidation of the nationwide ceasefire, and in particular a pause in fighting in eastern Ghouta to enable the delivery of aid; and the protection of civilians and civilian infrastructures by all parties to the conflict.  His remarks are available in my office.


Also related to Syria, I have a senior personnel appointment.  The Secretary-General is announcing today the appointment of Edmond Mulet of Guatemala to lead the JIM, the panel that will lead the Organisation for the Prohibition of Chemical Weapons (OPCW)-United Nations Joint Investigative Mechanism, as I said, known as the JIM.`,
    sentences: [
      {
        text: "The Emergency Relief Coordinator, Stephen O’Brien, briefed the Security Council this morning on Syria, noting the intensified fighting on numerous fronts over the last month.",
        speaker: DUJARRIC,
      },
      { text: "He asserted that attacks against medical facilities are completely unacceptable and must stop.", speaker: DUJARRIC },
      { text: "He also said that we await the results of investigations regarding the use of chemical weapons in Khan Shaykhun earlier this month.", speaker: DUJARRIC },
      {
        text: "He also cited a number of essential steps for the way forward, including a consolidation of the nationwide ceasefire, and in particular a pause in fighting in eastern Ghouta to enable the delivery of aid; and the protection of civilians and civilian infrastructures by all parties to the conflict.",
        speaker: DUJARRIC,
      },
      { text: "His remarks are available in my office.", speaker: DUJARRIC },
      { text: "Also related to Syria, I have a senior personnel appointment.", speaker: DUJARRIC },
      {
        text: "The Secretary-General is announcing today the appointment of Edmond Mulet of Guatemala to lead the JIM, the panel that will lead the Organisation for the Prohibition of Chemical Weapons (OPCW)-United Nations Joint Investigative Mechanism, as I said, known as the JIM.",
        speaker: DUJARRIC,
      },
    ],
  }),
  transcript({
    id: "rt88-state-reeker-2002",
    split: "dev",
    url: "https://indexarticles.com/reference/us-state-department-press-releases/daily-press-briefing-for-april-18/",
    outlet: "U.S. Department of State (reprinted)",
    date: "2002-04-18",
    layout: "a heading glued to the briefer's name, role, place and date, an index of topics with page numbers, “TRANSCRIPT:” glued to the last index line, then “MR. REEKER:”",
    text: `Daily Press Briefing for April 18 –

Daily Press Briefing for April 18 — Transcript

   Daily Press BriefingPhilip T. Reeker, Deputy SpokesmanWashington, DCApril 18, 2002INDEX:


1 US Government’s First Virtual IT Job Fair, April 22-26


1-2 Special Session of OAS General Assembly / US Representation


2-3 Plane Crashes into Building in Milan


12 Maoist Attacks and Increasing Violence TRANSCRIPT:

MR. REEKER: Good afternoon, ladies and gentlemen. I thought we would make the briefing a little later today to see how many of our colleagues from the Secretary’s trip arrive, but I see they haven’t arrived. So we will give them the rest of the day off.

I do have just one note I would like to call to your attention. I believe we released already a media note from the Press Office. And that is that the US Government will be having its first ever Virtual IT, Information Technology, Job Fair from April 22nd through the 26th, and the State Department will be part of this. And in particular, we at the State Department will be looking to fill over 100 positions in both the Civil Service and the Foreign Service. Those are positions involving Information Technology.`,
    sentences: [
      { text: "Good afternoon, ladies and gentlemen.", speaker: REEKER, optional: true },
      {
        text: "I thought we would make the briefing a little later today to see how many of our colleagues from the Secretary’s trip arrive, but I see they haven’t arrived.",
        speaker: REEKER,
      },
      { text: "So we will give them the rest of the day off.", speaker: REEKER },
      { text: "I do have just one note I would like to call to your attention.", speaker: REEKER },
      { text: "I believe we released already a media note from the Press Office.", speaker: REEKER },
      {
        text: "And that is that the US Government will be having its first ever Virtual IT, Information Technology, Job Fair from April 22nd through the 26th, and the State Department will be part of this.",
        speaker: REEKER,
      },
      {
        text: "And in particular, we at the State Department will be looking to fill over 100 positions in both the Civil Service and the Foreign Service.",
        speaker: REEKER,
      },
      { text: "Those are positions involving Information Technology.", speaker: REEKER },
    ],
  }),
  transcript({
    id: "rt89-state-ereli-2004",
    split: "dev",
    url: "https://031903.org/dcnews/statebrief136.htm",
    outlet: "U.S. Department of State (reposted)",
    date: "2004-01-12",
    layout: "“BRIEFER: Name, Deputy Spokesman”, an index of “-- topic” lines, a time line, then “MR. ERELI:” and “QUESTION:” turns, some cut off by a dash",
    text: `State Department Noon Briefing, January 12, 2004


Monday January 12, 2004

U.S. Department of State
Daily Press Briefing Index
Monday, January 12, 2004
1:05 p.m. EST

BRIEFER: J. Adam Ereli, Deputy Spokesman

-- Query on Iraq War
-- January 19th U.N. Meeting/U.S. Representation

-- Comment on Electoral Process
-- Iran's Impact on Region



1:05 p.m. EST

MR. ERELI: Good afternoon, everyone. Welcome to our briefing today. I don't have any announcements so let's proceed to your questions.

QUESTION: Well, I'm sure these questions are being asked all over town today, but former Treasury Secretary O'Neill's remarks that the war against Iraq didn't need 9/11. It had long been anticipated -- in fact, more than anticipated. The President was going to go to war with Iraq from the get-go and he didn't need a 9/11 to come to that decision.

The State Department's a player. What is the impression at the State Department -- that the President didn't go into the White House determined to go to war with Iraq and things happened that turned his, turned him in that direction, or what? If you can deal with that.

MR. ERELI: As we so frequently say, we don't do book reviews.

QUESTION: No, this isn't a book review.

MR. ERELI: I would --

QUESTION: That was funny the first few times --`,
    sentences: [
      { text: "Good afternoon, everyone.", speaker: ERELI, optional: true },
      { text: "Welcome to our briefing today.", speaker: ERELI, optional: true },
      { text: "I don't have any announcements so let's proceed to your questions.", speaker: ERELI },
      { text: "As we so frequently say, we don't do book reviews.", speaker: ERELI },
      { text: "I would --", speaker: ERELI, optional: true },
    ],
  }),
  transcript({
    id: "rt90-vdl-censure-speech",
    split: "dev",
    url: "https://eumove.it/ursula-von-der-leyen-speech-at-eu-parliament-against-the-motion-of-censure-july-7th-2025",
    outlet: "EU Move (speech reproduced)",
    date: "2025-07-07",
    layout: "a site's one-line introduction naming the speaker only by role (“the Eu Commission President’s speech”), then the speech from its salutation, no label",
    text: `Full text of the Eu Commission President’s speech in front of the EU Parliament’s plenary session, ahead of the discussion of a motion of censure.
President Metsola,
Honourable Members,
Every month, we meet here in this Plenary to debate the issues that matter the most to Europeans. The daily struggles of workers and families worried about the cost of living. The support we can give to small business owners trying to take their company to the next level. Or the need to provide real security as conflict and war rages across the world. And we will do so again in this Plenary session. So today we can all make our own judgements about the merits of the motion in front of us. And each of us can come to our own conclusions about its real intentions. But what we have just heard from Mr Piperea was clear for all to see. It is taken right from the oldest playbook of extremists.`,
    sentences: [
      { text: "President Metsola,", speaker: VDL, optional: true },
      { text: "Honourable Members,", speaker: VDL, optional: true },
      { text: "Every month, we meet here in this Plenary to debate the issues that matter the most to Europeans.", speaker: VDL },
      { text: "The daily struggles of workers and families worried about the cost of living.", speaker: VDL },
      { text: "The support we can give to small business owners trying to take their company to the next level.", speaker: VDL },
      { text: "Or the need to provide real security as conflict and war rages across the world.", speaker: VDL },
      { text: "And we will do so again in this Plenary session.", speaker: VDL },
      { text: "So today we can all make our own judgements about the merits of the motion in front of us.", speaker: VDL },
      { text: "And each of us can come to our own conclusions about its real intentions.", speaker: VDL },
      { text: "But what we have just heard from Mr Piperea was clear for all to see.", speaker: VDL },
      { text: "It is taken right from the oldest playbook of extremists.", speaker: VDL },
    ],
  }),
  transcript({
    id: "rt91-vdl-statement-after-vote",
    split: "dev",
    url: "https://euroasia24.com/statement-by-president-von-der-leyen-at-the-joint-press-conference-with-president-metsola-following-the-vote-in-the-european-parliament-plenary",
    outlet: "Euroasia24 (statement reproduced)",
    date: "2024-07-18",
    layout: "a site's own introduction in the third person naming the speaker, “It’s here:”, then her statement from its salutation, no label",
    text: `On the eve of a crucial European summit, European Commission President Ursula von der Leyen delivered a key speech addressing the continent’s pressing challenges and its future direction. Addressing an audience of policymakers, diplomats and industry leaders, von der Leyen outlined the European Union’s strategic priorities, from post-pandemic economic recovery to the urgent need for a unified position on climate change and digital transformation. Her remarks, which come at a time of significant geopolitical upheaval, underline the EU’s commitment to solidarity, innovation and resilience in an increasingly complex global landscape.
It’s here:
Thank you very much, dear Roberta,
Hello everyone,
I assume you have heard my speech and perhaps read the policy brief. So you can imagine that this is a very emotional and special moment for me now. I just want to make three very brief remarks before I turn to your questions.
The first is a more personal remark. I cannot start without expressing my gratitude for the confidence of the majority in the European Parliament. 401 votes in favour – you will remember that last time it was 8 votes above the necessary majority. This time it is 41, so it is much better. It sends a strong message of confidence.`,
    sentences: [
      { text: "Thank you very much, dear Roberta,", speaker: VDL, optional: true },
      { text: "Hello everyone,", speaker: VDL, optional: true },
      { text: "I assume you have heard my speech and perhaps read the policy brief.", speaker: VDL },
      { text: "So you can imagine that this is a very emotional and special moment for me now.", speaker: VDL },
      { text: "I just want to make three very brief remarks before I turn to your questions.", speaker: VDL },
      { text: "The first is a more personal remark.", speaker: VDL },
      { text: "I cannot start without expressing my gratitude for the confidence of the majority in the European Parliament.", speaker: VDL },
      { text: "401 votes in favour – you will remember that last time it was 8 votes above the necessary majority.", speaker: VDL },
      { text: "This time it is 41, so it is much better.", speaker: VDL },
      { text: "It sends a strong message of confidence.", speaker: VDL },
    ],
  }),
];
