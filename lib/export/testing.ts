// Test data for the open-data tests (exports, feeds, API, backup): the demo data set plus
// statements that exercise escaping and visibility — text with quotes, commas, line breaks,
// markup and non-ASCII letters; a draft; a deleted statement; a deleted topic and source.
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";

export const TRICKY_TEXT = 'He said "no, never", then:\nŁódź, Kyiv — Путин, 東京 & <b>R&D</b> ✓\r\nend, with a trailing comma,';
export const TRICKY_CLAIM = 'Spending rose to 2,1 % "of GDP"\nin Łódź';
export const TRICKY_TOPIC_NAME = "R&D <budgets> & “quotes”";
export const TRICKY_SPEAKER_NAME = "Zoë O'Brien & Søn <Jr>";
export const TRICKY_RELATION_NOTE = 'Answers "the question", in Łódź; <i>see</i>\nabove';

export interface OpenDataFixture {
  trickyId: number;
  draftId: number;
  deletedId: number;
  /** A published demo statement the tricky one responds to (readers see that link; the links from and to the draft and the deleted statement are hidden). */
  respondedToId: number;
  speakerSlug: string;
  topicSlug: string;
  deletedTopicSlug: string;
}

export async function seedOpenDataFixture(): Promise<OpenDataFixture> {
  await seedDemoData(db, demoData);
  const speaker = await db.person.create({
    data: {
      slug: "zoe-obrien",
      name: TRICKY_SPEAKER_NAME,
      roles: {
        create: [
          { title: "Minister of Finance", organisation: "Government", startDate: "2010-01-01", endDate: "2019-12-31" },
          { title: "Governor", organisation: "Central Bank", startDate: "2020-01-01", endDate: null },
        ],
      },
    },
  });
  const topic = await db.topic.create({
    data: { slug: "r-and-d", name: TRICKY_TOPIC_NAME, proposition: "Research & development <spending> should rise" },
  });
  const deletedTopic = await db.topic.create({
    data: { slug: "withdrawn-topic", name: "Withdrawn topic", proposition: "p", deletedAt: new Date() },
  });
  const source = await db.source.create({
    data: {
      url: "https://example.org/a?x=1&y=2",
      title: 'Interview, "part 2"\nwith Łódź',
      outlet: "Gazeta, Łódź",
      kind: "NEWS_ARTICLE",
      publishedOn: "2024-03-02",
    },
  });
  const deletedSource = await db.source.create({ data: { title: "Withdrawn source", kind: "OTHER", deletedAt: new Date() } });
  const event = await db.event.create({ data: { name: "Budget <hearing> & Q&A", kind: "MEETING", location: "Łódź", date: "2024-03-01" } });

  const statement = (text: string, extra: { status?: "DRAFT" | "PUBLISHED"; deletedAt?: Date | null } = {}) =>
    db.statement.create({
      data: {
        speakerId: speaker.id,
        dateStart: "2024-03-01",
        dateEnd: "2024-03-01",
        dateSort: "2024-03-01",
        datePrecision: "DAY",
        kind: "QUOTE",
        text,
        context: "Context, with a comma; and “quotes”",
        status: extra.status ?? "PUBLISHED",
        deletedAt: extra.deletedAt ?? null,
        eventId: event.id,
        sources: {
          create: [
            { sourceId: source.id, position: 0, page: "p. 4" },
            { sourceId: deletedSource.id, position: 1 },
          ],
        },
        stances: {
          create: [
            { topicId: topic.id, stance: "FOR", hedging: "HEDGED" },
            { topicId: deletedTopic.id, stance: "AGAINST" },
          ],
        },
        claims: {
          create: [
            {
              position: 0,
              text: TRICKY_CLAIM,
              kind: "NUMERIC",
              value: 2.1,
              unit: "% of GDP",
              status: "FALSE",
              note: "Budget data, 2024",
              evidenceUrl: "https://example.org/budget",
            },
            { position: 1, text: "Unchecked claim", kind: "PREDICTION", status: "UNVERIFIED" },
          ],
        },
      },
      select: { id: true },
    });

  const tricky = await statement(TRICKY_TEXT);
  const draft = await statement("A draft nobody may see yet", { status: "DRAFT" });
  const deleted = await statement("A statement that was withdrawn", { deletedAt: new Date() });
  const respondedTo = await db.statement.findFirstOrThrow({
    where: { status: "PUBLISHED", deletedAt: null, speakerId: { not: speaker.id } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  await db.statementRelation.createMany({
    data: [
      { fromId: tricky.id, toId: respondedTo.id, type: "RESPONDS_TO", note: TRICKY_RELATION_NOTE, position: 0 },
      { fromId: tricky.id, toId: draft.id, type: "CLARIFIES", position: 1 },
      { fromId: draft.id, toId: tricky.id, type: "WALKS_BACK" },
      { fromId: deleted.id, toId: tricky.id, type: "CONTRADICTS" },
    ],
  });
  return {
    trickyId: tricky.id,
    draftId: draft.id,
    deletedId: deleted.id,
    respondedToId: respondedTo.id,
    speakerSlug: speaker.slug,
    topicSlug: topic.slug,
    deletedTopicSlug: deletedTopic.slug,
  };
}

/** A response body read whole, as text. */
export const bodyText = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
