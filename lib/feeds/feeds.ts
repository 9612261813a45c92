import "server-only";
import { createHash } from "node:crypto";
import { cachedByDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicStatementsByIds } from "@/lib/export/load";
import { readRows } from "@/lib/export/reader";
import { renderAtomFeed } from "./atom";
import { originOf } from "@/lib/http/origin";
import { readerVisibleSql } from "@/lib/statements/visibility";

export const FEED_SIZE = 50;
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export type FeedScope = { kind: "all" } | { kind: "topic"; slug: string } | { kind: "speaker"; slug: string };

export function feedPath(scope: FeedScope): string {
  return scope.kind === "all" ? "/feeds/statements.atom" : `/feeds/${scope.kind === "topic" ? "topics" : "speakers"}/${scope.slug}.atom`;
}

/**
 * The most recently added or changed published statements: a feed is for noticing what is new in
 * the tracker, and a statement entered today may have been made years ago. Publishing a draft or
 * correcting a statement updates it, so it comes (back) to the top with a new `updated`.
 */
async function latestIds(where: Prisma.Sql): Promise<number[]> {
  const rows = await readRows<{ id: number }>(Prisma.sql`SELECT s."id" AS id FROM "Statement" s
    WHERE ${readerVisibleSql()} ${where} ORDER BY s."updatedAt" DESC, s."id" DESC LIMIT ${FEED_SIZE}`);
  return rows.map((r) => r.id);
}

interface FeedSubject {
  title: string;
  subtitle: string;
  pagePath: string;
  updatedAt: Date;
  where: Prisma.Sql;
}

async function feedSubject(scope: FeedScope): Promise<FeedSubject | null> {
  if (scope.kind === "all") {
    return {
      title: "Statement Tracker: all statements",
      subtitle: "Dated public statements with their sources, topics, stances and claims.",
      pagePath: "/",
      updatedAt: new Date(0),
      where: Prisma.empty,
    };
  }
  if (scope.kind === "topic") {
    const topic = await db.topic.findFirst({
      where: { slug: scope.slug, deletedAt: null },
      select: { id: true, slug: true, name: true, proposition: true, updatedAt: true },
    });
    if (!topic) return null;
    return {
      title: `Statement Tracker: ${topic.name}`,
      subtitle: `Statements on “${topic.proposition}”`,
      pagePath: `/topics/${topic.slug}`,
      updatedAt: topic.updatedAt,
      where: Prisma.sql`AND s."id" IN (SELECT "statementId" FROM "Stance" WHERE "topicId" = ${topic.id})`,
    };
  }
  const person = await db.person.findFirst({
    where: { slug: scope.slug, deletedAt: null },
    select: { id: true, slug: true, name: true, updatedAt: true },
  });
  if (!person) return null;
  return {
    title: `Statement Tracker: ${person.name}`,
    subtitle: `Statements by ${person.name}`,
    pagePath: `/speakers/${person.slug}`,
    updatedAt: person.updatedAt,
    where: Prisma.sql`AND s."speakerId" = ${person.id}`,
  };
}

/** The feed's XML, or null when its topic or speaker does not exist (or is deleted). */
export function atomFeed(scope: FeedScope, origin: string): Promise<string | null> {
  return cachedByDataVersion(`atom:${origin}:${feedPath(scope)}`, async () => {
    const subject = await feedSubject(scope);
    if (!subject) return null;
    const statements = await publicStatementsByIds(await latestIds(subject.where), origin);
    return renderAtomFeed({
      selfUrl: `${origin}${feedPath(scope)}`,
      pageUrl: `${origin}${subject.pagePath}`,
      title: subject.title,
      subtitle: subject.subtitle,
      fallbackUpdated: subject.updatedAt,
      statements,
    });
  });
}

/** A feed response; readers that poll with If-None-Match get 304 while nothing changed. */
export async function atomResponse(request: Request, scope: FeedScope | null): Promise<Response> {
  const xml = scope ? await atomFeed(scope, originOf(request)) : null;
  if (xml === null) {
    // Like every route's refusal, in JSON: clients read one shape of error everywhere.
    return Response.json(
      { error: { status: 404, code: "not_found", message: "No such feed." } },
      { status: 404, headers: { "Access-Control-Allow-Origin": "*" } },
    );
  }
  const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", "Access-Control-Allow-Origin": "*" };
  if (
    request.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": ATOM_CONTENT_TYPE } });
}

/** "defence-spending.atom" → "defence-spending"; anything else is not a feed. */
export function slugFromFeedSegment(segment: string): string | null {
  const match = /^([a-z0-9][a-z0-9-]{0,99})\.atom$/.exec(segment);
  return match ? match[1]! : null;
}
