// Official transcripts (short excerpts), annotated by hand: every sentence of the main speakers.
import type { RealTranscript } from "./types";

const R = "Mark Rutte";

export const realTranscripts: RealTranscript[] = [
  {
    id: "rt01-nato-press-conference",
    kind: "transcript",
    split: "dev",
    url: "https://nato.int/cps/en/natohq/opinions_234095.htm",
    outlet: "NATO",
    date: "2025-04-04",
    layout: "one speaker in the heading, (As delivered), one sentence a line",
    text: `Press conference
by NATO Secretary General Mark Rutte following the meetings of NATO Ministers of Foreign Affairs
(As delivered)
Good afternoon.
We have just concluded two very productive days of meetings, covering a wide range of issues.
Allies heard a very clear message from Secretary Rubio about US commitment to NATO, and also a very clear expectation that Europe and Canada must take more responsibility for our shared security and continue to ramp up defence spending.
The consensus from the discussions these two days is that as the world grows more dangerous, we need NATO more than ever.
And we are united in our commitment to each other in this Alliance.
We face real threats to our security – the most direct from Russia.
So we will invest more. Much more. As so many Allies have already begun to do.`,
    sentences: [
      { text: "Good afternoon.", speaker: R, optional: true },
      { text: "We have just concluded two very productive days of meetings, covering a wide range of issues.", speaker: R },
      { text: "Allies heard a very clear message from Secretary Rubio about US commitment to NATO, and also a very clear expectation that Europe and Canada must take more responsibility for our shared security and continue to ramp up defence spending.", speaker: R },
      { text: "The consensus from the discussions these two days is that as the world grows more dangerous, we need NATO more than ever.", speaker: R },
      { text: "And we are united in our commitment to each other in this Alliance.", speaker: R },
      { text: "We face real threats to our security – the most direct from Russia.", speaker: R },
      { text: "So we will invest more.", speaker: R },
      { text: "Much more.", speaker: R, optional: true },
      { text: "As so many Allies have already begun to do.", speaker: R },
    ],
  },
  {
    id: "rt02-nato-opening-remarks",
    kind: "transcript",
    split: "test",
    url: "https://www.nato.int/cps/en/natohq/opinions_230975.htm?selectedLocale=en",
    outlet: "NATO",
    date: "2024-12-04",
    layout: "“Opening remarks by …” heading, paragraphs",
    text: `Opening remarks
by NATO Secretary General Mark Rutte at the Meeting of the North Atlantic Council in Foreign Ministers’ Session
(As delivered)
Dear friends, good morning. Yesterday we started.
I think we had an impressive and constructive exchange with His Majesty, the King of Jordan. And this was, of course, about the Southern Neighbourhood, but also about the ongoing conflict in the Middle East.
President Putin has expanded the conflict by getting North Korean forces to fight for him, and he uses Ukraine as a test ground for his experimental missiles. He also increasingly relies on support from China and Iran to wage his war of conquest.
North America and Europe have always been stronger and safer together in NATO and a strong Transatlantic bond is essential, I believe – I think we all believe – in an age of global uncertainty.`,
    sentences: [
      { text: "Dear friends, good morning.", speaker: R, optional: true },
      { text: "Yesterday we started.", speaker: R },
      { text: "I think we had an impressive and constructive exchange with His Majesty, the King of Jordan.", speaker: R },
      { text: "And this was, of course, about the Southern Neighbourhood, but also about the ongoing conflict in the Middle East.", speaker: R },
      { text: "President Putin has expanded the conflict by getting North Korean forces to fight for him, and he uses Ukraine as a test ground for his experimental missiles.", speaker: R },
      { text: "He also increasingly relies on support from China and Iran to wage his war of conquest.", speaker: R },
      { text: "North America and Europe have always been stronger and safer together in NATO and a strong Transatlantic bond is essential, I believe – I think we all believe – in an age of global uncertainty.", speaker: R },
    ],
  },
  {
    id: "rt03-nato-pre-ministerial-april",
    kind: "transcript",
    split: "dev",
    url: "https://nato.int/cps/en/natohq/opinions_234072.htm",
    outlet: "NATO",
    date: "2025-04-02",
    layout: "heading with date bullets, first-person sentences naming others",
    text: `Pre-ministerial press conference

by NATO Secretary General Mark Rutte ahead of the meetings of NATO Ministers of Foreign Affairs

  • 02 Apr. 2025 -
  • |
  • Last updated: 03 Apr. 2025 13:00

(As delivered)

Thank you and good afternoon.
On Thursday and Friday NATO Foreign Ministers will meet to discuss pressing security issues as we continue planning for our Summit in The Hague.

I commend President Trump for breaking the deadlock and I fully support the efforts undertaken by the US to bring this terrible war to a just and lasting end.
As well as the efforts of the UK, France, and others to contribute to ensuring a lasting peace when the time comes.

NATO Allies continue our support to Ukraine. In the first three months of this year, Allies have already pledged more than 20 billion euros in security assistance for 2025 and our command in Wiesbaden continues to coordinate the delivery of security assistance and training for Ukraine.`,
    sentences: [
      { text: "Thank you and good afternoon.", speaker: R, optional: true },
      { text: "On Thursday and Friday NATO Foreign Ministers will meet to discuss pressing security issues as we continue planning for our Summit in The Hague.", speaker: R },
      { text: "I commend President Trump for breaking the deadlock and I fully support the efforts undertaken by the US to bring this terrible war to a just and lasting end.", speaker: R },
      { text: "As well as the efforts of the UK, France, and others to contribute to ensuring a lasting peace when the time comes.", speaker: R },
      { text: "NATO Allies continue our support to Ukraine.", speaker: R },
      { text: "In the first three months of this year, Allies have already pledged more than 20 billion euros in security assistance for 2025 and our command in Wiesbaden continues to coordinate the delivery of security assistance and training for Ukraine.", speaker: R },
    ],
  },
  {
    id: "rt04-nato-pre-ministerial-february",
    kind: "transcript",
    split: "test",
    url: "https://www.nato.int/cps/en/natohq/opinions_232941.htm?selectedLocale=en",
    outlet: "NATO",
    date: "2025-02-12",
    layout: "heading, one sentence a line",
    text: `Pre-ministerial press conference
by NATO Secretary General Mark Rutte ahead of the meeting of NATO Defence Ministers in Brussels
(As delivered)
Good afternoon,
Tomorrow, NATO Defence Ministers will meet as we begin to prepare for the NATO Summit in The Hague in June.
I welcome the UK’s willingness to share this responsibility and look forward to joining Ministers this afternoon.
One topic at the top of our agenda is defence spending.
We have robust plans in place to keep our one billion people safe in a more dangerous world.
But we don’t have all we need to implement them fully if required.
And this requires that many Allies - especially in Europe and Canada - invest considerably more.
I expect even more Allies to meet and, in many cases, exceed the target in 2025.`,
    sentences: [
      { text: "Good afternoon,", speaker: R, optional: true },
      { text: "Tomorrow, NATO Defence Ministers will meet as we begin to prepare for the NATO Summit in The Hague in June.", speaker: R },
      { text: "I welcome the UK’s willingness to share this responsibility and look forward to joining Ministers this afternoon.", speaker: R },
      { text: "One topic at the top of our agenda is defence spending.", speaker: R },
      { text: "We have robust plans in place to keep our one billion people safe in a more dangerous world.", speaker: R },
      { text: "But we don’t have all we need to implement them fully if required.", speaker: R },
      { text: "And this requires that many Allies - especially in Europe and Canada - invest considerably more.", speaker: R },
      { text: "I expect even more Allies to meet and, in many cases, exceed the target in 2025.", speaker: R },
    ],
  },
  {
    id: "rt05-nato-doorstep-with-question",
    kind: "transcript",
    split: "dev",
    url: "https://www.nato.int/cps/en/natohq/opinions_193611.htm?selectedLocale=fr",
    outlet: "NATO",
    date: "2022-03-24",
    layout: "“Doorstep statement by …”, statement then a journalist's labelled question",
    text: `Doorstep statement

by NATO Secretary General Jens Stoltenberg at the start of the extraordinary Summit of NATO Heads of State and Government

(As delivered)

Good morning.

We meet here at the NATO Headquarters facing the most serious security crisis in a generation.

President Zelensky will address the NATO leaders.

We need to do more, and therefore we need to invest more.

We are the strongest Alliance in the world. And as long as we stand together, we are also safe.

Thank you.

Hadley Gamble (CNBC): I want to get a sense from you of NATO's understanding of President Putin's actual mental state at this point.`,
    sentences: [
      { text: "Good morning.", speaker: "Jens Stoltenberg", optional: true },
      { text: "We meet here at the NATO Headquarters facing the most serious security crisis in a generation.", speaker: "Jens Stoltenberg" },
      { text: "President Zelensky will address the NATO leaders.", speaker: "Jens Stoltenberg" },
      { text: "We need to do more, and therefore we need to invest more.", speaker: "Jens Stoltenberg" },
      { text: "We are the strongest Alliance in the world.", speaker: "Jens Stoltenberg" },
      { text: "And as long as we stand together, we are also safe.", speaker: "Jens Stoltenberg" },
      { text: "Thank you.", speaker: "Jens Stoltenberg", optional: true },
    ],
  },
  {
    id: "rt06-nato-doorstep-2017",
    kind: "transcript",
    split: "test",
    url: "https://www.nato.int/cps/en/natohq/opinions_141105.htm",
    outlet: "NATO",
    date: "2017-02-15",
    layout: "“Doorstep statement by …”, paragraphs",
    text: `Doorstep statement

by NATO Secretary General Jens Stoltenberg at the start of the meetings of NATO Defence Ministers

(As delivered)

Good morning.

This is a crucial time for transatlantic security. So this meeting of Defence Ministers is timely and significant. We will take decisions to ensure our Alliance stays strong and flexible in the face of evolving challenges.

Cyber defence is also a top priority for NATO. Last year, NATO experienced an average of 500 cyber incidents per month which required our experts to respond.`,
    sentences: [
      { text: "Good morning.", speaker: "Jens Stoltenberg", optional: true },
      { text: "This is a crucial time for transatlantic security.", speaker: "Jens Stoltenberg" },
      { text: "So this meeting of Defence Ministers is timely and significant.", speaker: "Jens Stoltenberg" },
      { text: "We will take decisions to ensure our Alliance stays strong and flexible in the face of evolving challenges.", speaker: "Jens Stoltenberg" },
      { text: "Cyber defence is also a top priority for NATO.", speaker: "Jens Stoltenberg" },
      { text: "Last year, NATO experienced an average of 500 cyber incidents per month which required our experts to respond.", speaker: "Jens Stoltenberg" },
    ],
  },
  {
    id: "rt07-nato-joint-press-point-caps",
    kind: "transcript",
    split: "dev",
    url: "https://www.nato.int/cps/en/natohq/opinions_115157.htm",
    outlet: "NATO",
    date: "2014-11-24",
    layout: "CAPS name label with the role in parentheses",
    text: `Joint press point with NATO Secretary General Jens Stoltenberg and Mark Rutte, Prime Minister of the Netherlands

JENS STOLTENBERG (NATO Secretary General): Thank you so much, Prime Minister. And thank you, Mark, for inviting me to come here to Den Haag so early in my time as Secretary General over NATO, and I appreciate very much this opportunity to meet with you.

It is important that the ongoing investigation sheds full light on what happened to the flight MH-17. Those responsible should be held accountable and brought to justice as soon as possible.`,
    sentences: [
      { text: "Thank you so much, Prime Minister.", speaker: "Jens Stoltenberg", optional: true },
      { text: "And thank you, Mark, for inviting me to come here to Den Haag so early in my time as Secretary General over NATO, and I appreciate very much this opportunity to meet with you.", speaker: "Jens Stoltenberg" },
      { text: "It is important that the ongoing investigation sheds full light on what happened to the flight MH-17.", speaker: "Jens Stoltenberg" },
      { text: "Those responsible should be held accountable and brought to justice as soon as possible.", speaker: "Jens Stoltenberg" },
    ],
  },
  {
    id: "rt08-nato-qa-name-comma-role",
    kind: "transcript",
    split: "test",
    url: "https://alliansfriheten.se/press-conference-by-nato-secretary-general-mark-rutte-following-the-meetings-of-nato-ministers-of-foreign-affairs-nato-int",
    outlet: "NATO (reproduced)",
    date: "2025-04-04",
    layout: "“Name, Role:” labels for questions and answers",
    text: `Ellen Francis, Washington Post: Thank you. Ellen Francis, Washington Post. Secretary General, you mentioned territorial claims. So I want to ask you, what good would Article Five do if an attack on a NATO ally comes from within, and how would NATO respond then? Thank you.

Mark Rutte, NATO Secretary General: I said before that, I think we should zoom out from Greenland, and we should look at the high north and the Arctic in general. Because there is an issue in the Arctic with Chinese using the new sea lanes coming up, Russia, rearming and arming parts of the Arctic.

Thomas Gutschker, FAZ: I have to press you again on the trade and tariff issue that Jonathan raised.

Mark Rutte, NATO Secretary General: First of all there’s clearly a difference in remit, in scope of the jobs of a Foreign Minister and of my role.`,
    sentences: [
      { text: "I said before that, I think we should zoom out from Greenland, and we should look at the high north and the Arctic in general.", speaker: R },
      { text: "Because there is an issue in the Arctic with Chinese using the new sea lanes coming up, Russia, rearming and arming parts of the Arctic.", speaker: R },
      { text: "First of all there’s clearly a difference in remit, in scope of the jobs of a Foreign Minister and of my role.", speaker: R },
    ],
  },
  {
    id: "rt09-nato-qa-label-own-line",
    kind: "transcript",
    split: "dev",
    url: "https://uk.news-pravda.com/world/2025/04/03/37278.html",
    outlet: "News-Pravda (NATO transcript reproduced)",
    date: "2025-04-03",
    layout: "speaker label alone on its line, moderator in mixed caps",
    text: `Mark Rutte:
Nice glasses.
Irina Somer, Interfax Ukraine:
It's a good description. Thanks, Allison. Next week, a coalition of willing parties will meet here at NATO headquarters. My question to you, Mr. Secretary General, is what role do you think NATO should play in this coalition?
Mark Rutte:
Well, I myself participated in some of these meetings in London and twice in Paris. Since I will be away next week, the Deputy Secretary General will participate in a meeting here, and we will be there to advise, but also to hint at the implications of certain plans and what it means for the defense of NATO territory.
It is important. Thus, we will be there as consultants, and we will also explain the consequences of decisions if they are made.
ALLISON Hart:
Good. And then a gentleman in a blue suit appeared right in front of Irina.`,
    sentences: [
      { text: "Nice glasses.", speaker: R, optional: true },
      { text: "Well, I myself participated in some of these meetings in London and twice in Paris.", speaker: R },
      { text: "Since I will be away next week, the Deputy Secretary General will participate in a meeting here, and we will be there to advise, but also to hint at the implications of certain plans and what it means for the defense of NATO territory.", speaker: R },
      { text: "It is important.", speaker: R },
      { text: "Thus, we will be there as consultants, and we will also explain the consequences of decisions if they are made.", speaker: R },
    ],
  },
  {
    id: "rt10-white-house-briefing-q",
    kind: "transcript",
    split: "test",
    url: "https://obamawhitehouse.archives.gov/the-press-office/2017/01/11/press-briefing-press-secretary-josh-earnest-1112017",
    outlet: "The White House",
    date: "2017-01-11",
    layout: "“MR. EARNEST:” and “Q” followed by spaces, no colon",
    text: `Press Briefing by Press Secretary Josh Earnest, 1/11/2017

James S. Brady Press Briefing Room

1:11 P.M. EST

MR. EARNEST:  After last night’s late arrival, we're moving a little slower than usual today.  So appreciate your patience.

Q    Sure, thanks, Josh.  Let me start with the summary that was provided to President-elect Trump last week.  Was President Obama also briefed by the IC either on paper or in person about that report?

MR. EARNEST:  Josh, what I can tell you is that as a general matter I've not been in a position to read out publicly the details of the intelligence briefings that the President receives.  The President received that briefing the day before the unclassified version of that report was released.  That was last Thursday.`,
    sentences: [
      { text: "After last night’s late arrival, we're moving a little slower than usual today.", speaker: "Josh Earnest" },
      { text: "So appreciate your patience.", speaker: "Josh Earnest", optional: true },
      { text: "Josh, what I can tell you is that as a general matter I've not been in a position to read out publicly the details of the intelligence briefings that the President receives.", speaker: "Josh Earnest" },
      { text: "The President received that briefing the day before the unclassified version of that report was released.", speaker: "Josh Earnest" },
      { text: "That was last Thursday.", speaker: "Josh Earnest" },
    ],
  },
  {
    id: "rt11-state-department-briefing",
    kind: "transcript",
    split: "dev",
    url: "https://www.state.gov/briefings/department-press-briefing-may-25-2023/",
    outlet: "U.S. Department of State",
    date: "2023-05-25",
    layout: "“MR MILLER:” / “QUESTION:” caps labels",
    text: `1:21 p.m. EDT

MR MILLER: Good afternoon, everyone. Happy almost-holiday weekend. I don’t have any opening comments, so let’s jump right in.

QUESTION: Sudan. I know you don’t preview sanctions, as you’ll often say, but are we edging any closer to sanctions in Sudan given the situation?

MR MILLER: Why don’t I speak to that, first give you an update on what we’ve seen on the ground as a way of answering your question, which I will answer. So the ceasefire monitoring mechanism that we put in place with the agreement that was signed over the weekend detected possible breaches of the agreement on May 24th. So we have continued to see violations of the ceasefire.`,
    sentences: [
      { text: "Good afternoon, everyone.", speaker: "Matthew Miller", optional: true },
      { text: "Happy almost-holiday weekend.", speaker: "Matthew Miller", optional: true },
      { text: "I don’t have any opening comments, so let’s jump right in.", speaker: "Matthew Miller" },
      { text: "Why don’t I speak to that, first give you an update on what we’ve seen on the ground as a way of answering your question, which I will answer.", speaker: "Matthew Miller" },
      { text: "So the ceasefire monitoring mechanism that we put in place with the agreement that was signed over the weekend detected possible breaches of the agreement on May 24th.", speaker: "Matthew Miller" },
      { text: "So we have continued to see violations of the ceasefire.", speaker: "Matthew Miller" },
    ],
  },
  {
    id: "rt12-annotated-briefing-surname",
    kind: "transcript",
    split: "test",
    url: "http://www.worldusnews.com/u-s/no-cameras-no-live-audio-and-no-sean-spicer-the-latest-white-house-press-briefing-annotated-washington-post/",
    outlet: "The Washington Post (reproduced)",
    date: "2017-06-22",
    layout: "surname-only caps label, “QUESTION:”",
    text: `SANDERS: Good afternoon.

This morning, the Senate released the discussion draft of its health-care bill. The president is pleased to see the process moving forward swiftly in Congress, and he looks forward to see a finalized bill on his desk so that we can finally repeal and replace Obamacare before it completely collapses.

And with that, ladies and gentlemen, I’ll take your questions.

QUESTION: Thank you, Sarah.`,
    sentences: [
      { text: "Good afternoon.", speaker: "Sarah Huckabee Sanders", optional: true },
      { text: "This morning, the Senate released the discussion draft of its health-care bill.", speaker: "Sarah Huckabee Sanders" },
      { text: "The president is pleased to see the process moving forward swiftly in Congress, and he looks forward to see a finalized bill on his desk so that we can finally repeal and replace Obamacare before it completely collapses.", speaker: "Sarah Huckabee Sanders" },
      { text: "And with that, ladies and gentlemen, I’ll take your questions.", speaker: "Sarah Huckabee Sanders", optional: true },
    ],
  },
  {
    id: "rt13-timestamped-labels",
    kind: "transcript",
    split: "dev",
    url: "https://www.rev.com/transcripts/karoline-leavitt-white-house-press-briefing-on-5-09-25",
    outlet: "Rev",
    date: "2025-05-09",
    layout: "“Name (mm:ss):” labels on their own line",
    text: `Karoline Leavitt (02:08):
Good afternoon, everybody.
Audience (02:09):
Good afternoon.
Karoline Leavitt (02:10):
Good to see all of you. Happy Friday. The president looks forward to embarking on his historic return to the Middle East, visiting Saudi Arabia, Qatar, and the United Arab Emirates next week, where he will focus on strengthening ties between our nations. Eight years ago, President Trump's first trip was to this same region of the world where he introduced his bold peace through strength foreign policy strategy.`,
    sentences: [
      { text: "Good afternoon, everybody.", speaker: "Karoline Leavitt", optional: true },
      { text: "Good to see all of you.", speaker: "Karoline Leavitt", optional: true },
      { text: "Happy Friday.", speaker: "Karoline Leavitt", optional: true },
      { text: "The president looks forward to embarking on his historic return to the Middle East, visiting Saudi Arabia, Qatar, and the United Arab Emirates next week, where he will focus on strengthening ties between our nations.", speaker: "Karoline Leavitt" },
      { text: "Eight years ago, President Trump's first trip was to this same region of the world where he introduced his bold peace through strength foreign policy strategy.", speaker: "Karoline Leavitt" },
    ],
  },
  {
    id: "rt14-uk-pm-remarks-role-title",
    kind: "transcript",
    split: "test",
    url: "https://www.gov.uk/government/speeches/prime-ministers-remarks-at-downing-street-6-july-2024",
    outlet: "GOV.UK",
    date: "2024-07-06",
    layout: "speaker named only by role in the title (“Prime Minister's remarks”)",
    text: `Prime Minister's remarks at Downing Street: 6 July 2024

Thank you all for coming. Yesterday the work of change began…

And it’s a mandate to do politics differently…

I have, as you’ll have seen, appointed a Cabinet…

And I reminded the entire Cabinet, that we will be judged on actions, not on words…

We have a majority in England, in Scotland and in Wales…`,
    sentences: [
      { text: "Thank you all for coming.", speaker: "Keir Starmer", optional: true },
      { text: "Yesterday the work of change began…", speaker: "Keir Starmer" },
      { text: "And it’s a mandate to do politics differently…", speaker: "Keir Starmer" },
      { text: "I have, as you’ll have seen, appointed a Cabinet…", speaker: "Keir Starmer" },
      { text: "And I reminded the entire Cabinet, that we will be judged on actions, not on words…", speaker: "Keir Starmer" },
      { text: "We have a majority in England, in Scotland and in Wales…", speaker: "Keir Starmer" },
    ],
  },
  {
    id: "rt15-uk-pm-statement-delivered",
    kind: "transcript",
    split: "dev",
    url: "http://www.scoop.co.nz/stories/WO1909/S00013/uk-prime-ministers-statement-2-september-2019.htm",
    outlet: "GOV.UK (reproduced)",
    date: "2019-09-02",
    layout: "“… delivered the following statement”, “exactly as it was delivered”",
    text: `Prime Minister's statement: 2 September 2019

Prime Minister Boris Johnson delivered the following statement on Downing Street.

Delivered on:

2 September 2019 (Transcript of the speech, exactly as it was delivered)

I said I wanted to make your streets safer - and that is why we are recruiting another 20,000 police officers.

And as we come to that brexit deadline I am encouraged by the progress we are making.

They can see that we want a deal.`,
    sentences: [
      { text: "I said I wanted to make your streets safer - and that is why we are recruiting another 20,000 police officers.", speaker: "Boris Johnson" },
      { text: "And as we come to that brexit deadline I am encouraged by the progress we are making.", speaker: "Boris Johnson" },
      { text: "They can see that we want a deal.", speaker: "Boris Johnson" },
    ],
  },
  {
    id: "rt16-australia-doorstop",
    kind: "transcript",
    split: "test",
    url: "https://www.pm.gov.au/media/doorstop-london-0",
    outlet: "Prime Minister of Australia",
    date: "2025-06-30",
    layout: "“NAME, ROLE:” caps labels, “JOURNALIST:”",
    text: `ANTHONY ALBANESE, PRIME MINISTER: Good afternoon. It's been a very busy day here in London. Australia and the United Kingdom have a shared history. We have a strong relationship, and we, of course, have similar values as well that we share. Happy to take questions.
JOURNALIST: Prime Minister, would you support Tony Blair running a provisional authority in Gaza?`,
    sentences: [
      { text: "Good afternoon.", speaker: "Anthony Albanese", optional: true },
      { text: "It's been a very busy day here in London.", speaker: "Anthony Albanese" },
      { text: "Australia and the United Kingdom have a shared history.", speaker: "Anthony Albanese" },
      { text: "We have a strong relationship, and we, of course, have similar values as well that we share.", speaker: "Anthony Albanese" },
      { text: "Happy to take questions.", speaker: "Anthony Albanese", optional: true },
    ],
  },
  {
    id: "rt17-tv-interview-long-labels",
    kind: "transcript",
    split: "dev",
    url: "https://janashakti.news/?p=79098",
    outlet: "CBS News (reproduced)",
    date: "2025-03-02",
    layout: "TV interview: long role + name caps label, then abbreviated “HRVP KALLAS:”",
    text: `MARGARET BRENNAN: Thank you for making time. What was your reaction to that remark?

HIGH REPRESENTATIVE VICE PRESIDENT KAJA KALLAS:  Europe is a peace project. You know, it was created so that we wouldn’t have wars between the members of European Union, and we haven’t had. So I was quite surprised to hear a comment like that.

MARGARET BRENNAN:  Do you know what the President meant by it?

HRVP KALLAS: Well, you have to ask the President, so.

MARGARET BRENNAN:  Well, it seems to reflect that there is some fairly high tension with the US at this point.

HRVP KALLAS: Yes. The question is why? We have always been good allies.`,
    sentences: [
      { text: "Europe is a peace project.", speaker: "Kaja Kallas" },
      { text: "You know, it was created so that we wouldn’t have wars between the members of European Union, and we haven’t had.", speaker: "Kaja Kallas" },
      { text: "So I was quite surprised to hear a comment like that.", speaker: "Kaja Kallas" },
      { text: "Well, you have to ask the President, so.", speaker: "Kaja Kallas" },
      { text: "Yes.", speaker: "Kaja Kallas", optional: true },
      { text: "The question is why?", speaker: "Kaja Kallas", optional: true },
      { text: "We have always been good allies.", speaker: "Kaja Kallas" },
    ],
  },
  {
    id: "rt18-interviewer-labels",
    kind: "transcript",
    split: "test",
    url: "https://balticsentinel.eu/8193176/interview-with-kaja-kallas-j-d-vance-likely-addressed-u-s-domestic-audience-in-munich-trump-administration-s-public-statements-don-t-fully-align-with-our-private-talks",
    outlet: "Baltic Sentinel",
    date: "2025-02-14",
    layout: "“Interviewer:” / “Name:” labels",
    text: `Interviewer: How did you find out that President Trump had just had a phone call with Vladimir Putin?

Kaja Kallas: At the time, I was traveling from Strasbourg to Paris, where we had a meeting of the Weimar+ group — that is, the foreign ministers of Poland, Germany, France, the United Kingdom, Italy, and Spain.

Interviewer: From what we understand so far, what did Trump offer?

Kaja Kallas: We simply don’t know.

But what emerges from this call? Well, the message that Ukraine’s NATO membership supposedly isn’t even on the table — that’s one of Russia’s core demands. If such concessions are made before negotiations even begin, it would be a clear victory for Russia.`,
    sentences: [
      { text: "At the time, I was traveling from Strasbourg to Paris, where we had a meeting of the Weimar+ group — that is, the foreign ministers of Poland, Germany, France, the United Kingdom, Italy, and Spain.", speaker: "Kaja Kallas" },
      { text: "We simply don’t know.", speaker: "Kaja Kallas" },
      { text: "But what emerges from this call?", speaker: "Kaja Kallas", optional: true },
      { text: "Well, the message that Ukraine’s NATO membership supposedly isn’t even on the table — that’s one of Russia’s core demands.", speaker: "Kaja Kallas" },
      { text: "If such concessions are made before negotiations even begin, it would be a clear victory for Russia.", speaker: "Kaja Kallas" },
    ],
  },
  {
    id: "rt19-eeas-remarks-then-q",
    kind: "transcript",
    split: "dev",
    url: "https://www.eeas.europa.eu/eeas/foreign-affairs-council-press-remarks-high-representative-kaja-kallas-upon-arrival_en",
    outlet: "EEAS",
    date: "2025-02-24",
    layout: "“press remarks by …” title, “Check against delivery!”, then “Q.” question",
    text: `Foreign Affairs Council: press remarks by High Representative Kaja Kallas upon arrival
Check against delivery!
Good morning.
So, today is a very special day. First, it is Estonia’s Independence Day, where we celebrate our freedom and independence.
We have to support Ukraine right now more than ever.
It is going to be a very intense day and [I am] looking forward to it.
Q&A
Q. Ever since Donald Trump was re-elected, the Europeans said that the`,
    sentences: [
      { text: "Good morning.", speaker: "Kaja Kallas", optional: true },
      { text: "So, today is a very special day.", speaker: "Kaja Kallas" },
      { text: "First, it is Estonia’s Independence Day, where we celebrate our freedom and independence.", speaker: "Kaja Kallas" },
      { text: "We have to support Ukraine right now more than ever.", speaker: "Kaja Kallas" },
      { text: "It is going to be a very intense day and [I am] looking forward to it.", speaker: "Kaja Kallas" },
    ],
  },
  {
    id: "rt20-commission-statement",
    kind: "transcript",
    split: "test",
    url: "https://pubaffairsbruxelles.eu/eu-institution-news/statement-by-president-von-der-leyen-at-the-joint-press-conference-with-president-metsola-following-the-parliaments-vote-on-the-college-of-commissioners",
    outlet: "European Commission (reproduced)",
    date: "2024-11-27",
    layout: "“Statement by President von der Leyen …” title",
    text: `Statement by President von der Leyen at the joint press conference with President Metsola following the Parliament’s vote on the College of Commissioners

Thank you very much, dear Roberta,

Today is a good day for Europe because this vote shows that the centre is holding. I am very grateful for the confidence expressed by the Parliament to the new College. We are eager to start.

Over the next five years, what will be of absolute critical importance is unity. I cannot underline this enough.`,
    sentences: [
      { text: "Thank you very much, dear Roberta,", speaker: "Ursula von der Leyen", optional: true },
      { text: "Today is a good day for Europe because this vote shows that the centre is holding.", speaker: "Ursula von der Leyen" },
      { text: "I am very grateful for the confidence expressed by the Parliament to the new College.", speaker: "Ursula von der Leyen" },
      { text: "We are eager to start.", speaker: "Ursula von der Leyen" },
      { text: "Over the next five years, what will be of absolute critical importance is unity.", speaker: "Ursula von der Leyen" },
      { text: "I cannot underline this enough.", speaker: "Ursula von der Leyen" },
    ],
  },
  {
    id: "rt21-un-press-conference",
    kind: "transcript",
    split: "dev",
    url: "https://unscol.unmissions.org/un-secretary-general-antonio-guterres-press-conference",
    outlet: "United Nations",
    date: "2020-06-25",
    layout: "“… Press Conference” title naming the speaker, blank lines between sentences",
    text: `UN Secretary-General Antonio Guterres Press Conference

25 Jun 2020

New York, 25 June 2020

Ladies and Gentlemen, welcome. 


We mark tomorrow’s 75th anniversary of the adoption of the United Nations Charter at a time of colossal global upheaval and risk.


Let me start with COVID-19.


A microscopic virus has brought catastrophic consequences to our world.


None of us can predict what comes next.`,
    sentences: [
      { text: "Ladies and Gentlemen, welcome.", speaker: "António Guterres", optional: true },
      { text: "We mark tomorrow’s 75th anniversary of the adoption of the United Nations Charter at a time of colossal global upheaval and risk.", speaker: "António Guterres" },
      { text: "Let me start with COVID-19.", speaker: "António Guterres", optional: true },
      { text: "A microscopic virus has brought catastrophic consequences to our world.", speaker: "António Guterres" },
      { text: "None of us can predict what comes next.", speaker: "António Guterres" },
    ],
  },
  {
    id: "rt22-un-press-encounter",
    kind: "transcript",
    split: "test",
    url: "https://press.un.org/en/2016/sg2236.doc.htm",
    outlet: "United Nations",
    date: "2016-10-13",
    layout: "“Remarks by …” title, “Following is a transcript of … remarks”",
    text: `SG/2236

Remarks by United Nations Secretary-General-designate at Press Encounter

Following is a transcript of UN Secretary-General-designate António Guterres’ remarks at a press encounter, in New York today:

After 10 years of serving the most vulnerable of the vulnerable, refugees fleeing from all conflicts around the world, it is an enormous privilege and I feel humbled for this opportunity to go on serving the international community.  I believe it is high time to reconcile the people with political leaders and international organizations, to rebuild trust in our international community.`,
    sentences: [
      { text: "After 10 years of serving the most vulnerable of the vulnerable, refugees fleeing from all conflicts around the world, it is an enormous privilege and I feel humbled for this opportunity to go on serving the international community.", speaker: "António Guterres" },
      { text: "I believe it is high time to reconcile the people with political leaders and international organizations, to rebuild trust in our international community.", speaker: "António Guterres" },
    ],
  },
  {
    id: "rt23-panel-initials",
    kind: "transcript",
    split: "dev",
    url: "https://www.eeas.europa.eu/eeas/transcript-panel-discussion-between-eu-high-representative-foreign-affairs-and-security-policy-kaja_en",
    outlet: "EEAS",
    date: "2025-05-13",
    layout: "full-name labels, then initials (“NV:”, “KK:”)",
    text: `Nick Vinocur: Thank you very much High Representative, and welcome to Copenhagen. Is Europe really alone in defending this liberal, democratic model in the world at this stage?

Kaja Kallas:  I don't think we're alone. Actually what I've seen is a lot of countries from around the world at our door, wanting to co-operate, finding new ways to do that. There is a lot of unpredictability in the world, so we can build on that strength.

NV: "Boring is good." We'll see if that's the next EU slogan!

KK: Choose boring! [Laughter]`,
    sentences: [
      { text: "I don't think we're alone.", speaker: "Kaja Kallas" },
      { text: "Actually what I've seen is a lot of countries from around the world at our door, wanting to co-operate, finding new ways to do that.", speaker: "Kaja Kallas" },
      { text: "There is a lot of unpredictability in the world, so we can build on that strength.", speaker: "Kaja Kallas" },
      { text: "Choose boring!", speaker: "Kaja Kallas", optional: true },
    ],
  },
  {
    id: "rt24-commission-remarks",
    kind: "transcript",
    split: "test",
    url: "https://www.parlementairemonitor.nl/9353000/1/j9tvgajcovz8izf_j9vvij5epmj1ey0/vl6tl5zbqjto?ctx=vl0ad5zb6tsr",
    outlet: "European Commission (reproduced)",
    date: "2020-03-09",
    layout: "“Remarks by President von der Leyen …” title, a publisher's line",
    text: `Remarks by President von der Leyen at the press conference on the first 100 days of her mandate

Met dank overgenomen van Europese Commissie (EC) i, gepubliceerd op maandag 9 maart 2020.

Good morning to all of you,

The College of Commissioners has taken office now since 100 days.

In all my speeches, I said that migration will stay with us, migration will not go away. And that we need to find sustainable solutions. Greece needs help, too.`,
    sentences: [
      { text: "Good morning to all of you,", speaker: "Ursula von der Leyen", optional: true },
      { text: "The College of Commissioners has taken office now since 100 days.", speaker: "Ursula von der Leyen" },
      { text: "In all my speeches, I said that migration will stay with us, migration will not go away.", speaker: "Ursula von der Leyen" },
      { text: "And that we need to find sustainable solutions.", speaker: "Ursula von der Leyen" },
      { text: "Greece needs help, too.", speaker: "Ursula von der Leyen" },
    ],
  },
];
