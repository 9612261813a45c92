// Everything a client can call without a browser: every route handler and every form action,
// in one list, so the hostile-input tests cover them all (a new route or action belongs here).
import { expect } from "vitest";
import * as usersActions from "@/app/admin/users/actions";
import { DELETE as sessionDELETE, POST as sessionPOST } from "@/app/api/auth/session/route";
import { GET as openApiGET } from "@/app/api/openapi.json/route";
import { GET as speakersGET } from "@/app/api/speakers/route";
import { GET as statementGET } from "@/app/api/statements/[id]/route";
import { GET as statementsGET } from "@/app/api/statements/route";
import { GET as topicPositionsGET } from "@/app/api/topics/[slug]/positions/route";
import { GET as topicsGET } from "@/app/api/topics/route";
import { GET as claimsGET } from "@/app/export/claims.jsonld/route";
import { GET as csvGET } from "@/app/export/statements.csv/route";
import { GET as jsonGET } from "@/app/export/statements.json/route";
import { GET as speakerFeedGET } from "@/app/feeds/speakers/[slug]/route";
import { GET as atomGET } from "@/app/feeds/statements.atom/route";
import { GET as topicFeedGET } from "@/app/feeds/topics/[slug]/route";
import { signInAction } from "@/app/login/actions";
import * as eventsActions from "@/app/manage/events/actions";
import { importAction } from "@/app/manage/import/actions";
import * as sourcesActions from "@/app/manage/sources/actions";
import * as speakersActions from "@/app/manage/speakers/actions";
import * as statementsActions from "@/app/manage/statements/actions";
import * as topicsActions from "@/app/manage/topics/actions";
import { GET as pdfGET } from "@/app/topics/[slug]/export.pdf/route";
import { GET as oembedGET } from "@/app/api/oembed/route";
import { GET as embedGET } from "@/app/embed/statements/[id]/route";
import { GET as statementCiteGET } from "@/app/statements/[id]/cite/[format]/route";
import { GET as statementShareGET } from "@/app/statements/[id]/share.png/route";
import { GET as topicCiteGET } from "@/app/topics/[slug]/cite/[format]/route";
import { GET as topicShareGET } from "@/app/topics/[slug]/share.png/route";
import { NextRequest } from "next/server";
import type { BoundedSlots } from "@/lib/concurrency/bounded-slots";
import { db, writeQueue } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/state";

export const ORIGIN = "http://tracker.test";

type Segment = { id?: string; slug?: string };
type Handler = (request: NextRequest, context: { params: Promise<Segment> }) => Response | Promise<Response>;

export interface RouteCase {
  name: string;
  method: "GET" | "POST" | "DELETE";
  /** The path, with `{segment}` where a route parameter goes. */
  path: string;
  handler: Handler;
}

const route = (method: RouteCase["method"], path: string, handler: unknown): RouteCase => ({
  name: `${method} ${path}`,
  method,
  path,
  handler: handler as Handler,
});

/** A route with two segments, the second one fixed: callRoute fills one. */
function withSegment(handler: unknown, extra: Record<string, string>): Handler {
  return (request, context) => (handler as Handler)(request, { params: context.params.then((params) => ({ ...params, ...extra })) });
}

export const ROUTES: RouteCase[] = [
  route("GET", "/api/openapi.json", openApiGET),
  route("GET", "/api/statements", statementsGET),
  route("GET", "/api/statements/{id}", statementGET),
  route("GET", "/api/topics", topicsGET),
  route("GET", "/api/topics/{slug}/positions", topicPositionsGET),
  route("GET", "/api/speakers", speakersGET),
  route("POST", "/api/auth/session", sessionPOST),
  route("DELETE", "/api/auth/session", sessionDELETE),
  route("GET", "/export/statements.csv", csvGET),
  route("GET", "/export/statements.json", jsonGET),
  route("GET", "/export/claims.jsonld", claimsGET),
  route("GET", "/feeds/statements.atom", atomGET),
  route("GET", "/feeds/topics/{slug}", topicFeedGET),
  route("GET", "/feeds/speakers/{slug}", speakerFeedGET),
  route("GET", "/topics/{slug}/export.pdf", pdfGET),
  route("GET", "/api/oembed", oembedGET),
  route("GET", "/embed/statements/{id}", embedGET),
  route("GET", "/statements/{id}/share.png", statementShareGET),
  route("GET", "/topics/{slug}/share.png", topicShareGET),
  ...(["txt", "bib", "json"] as const).flatMap((format) => [
    route("GET", `/statements/{id}/cite/${format}`, withSegment(statementCiteGET, { format })),
    route("GET", `/topics/{slug}/cite/${format}`, withSegment(topicCiteGET, { format })),
  ]),
];

/** Calls a route handler the way Next.js does, with the segment filled in and the body read to its end. */
export async function callRoute(
  route: RouteCase,
  {
    segment = "1",
    query = "",
    body,
    headers = {},
  }: { segment?: string; query?: string; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; contentType: string; headers: Headers }> {
  // A URL carries bytes: a lone surrogate arrives as the replacement character.
  const filled = route.path.replace(/\{(\w+)\}/, encodeURIComponent(segment.toWellFormed()));
  const request = new NextRequest(`${ORIGIN}${filled}${query ? `?${query}` : ""}`, {
    method: route.method,
    body,
    headers: { "x-forwarded-for": "192.0.2.44", ...headers },
  });
  const key = /\{(\w+)\}/.exec(route.path)?.[1];
  const response = await route.handler(request, { params: Promise.resolve(key ? { [key]: segment } : {}) });
  return {
    status: response.status,
    body: await response.text(),
    contentType: response.headers.get("content-type") ?? "",
    headers: response.headers,
  };
}

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export interface ActionCase {
  name: string;
  action: FormAction;
  /** Whether the action writes: a refused call must then leave every table as it was. */
  writes: boolean;
}

// Actions that the forms' scripts call with plain arguments to read (a picker's suggestions, the
// speaker's current stances), never as a form: tested beside their actions.
const READ_ACTIONS = new Set(["latestStancesAction", "searchLinkCandidatesAction"]);

const actions = (module: Record<string, unknown>, prefix: string): ActionCase[] =>
  Object.entries(module)
    .filter(([name, value]) => typeof value === "function" && name.endsWith("Action") && !READ_ACTIONS.has(name))
    .map(([name, action]) => ({ name: `${prefix}.${name}`, action: action as FormAction, writes: true }));

export const FORM_ACTIONS: ActionCase[] = [
  { name: "login.signInAction", action: signInAction, writes: false },
  { name: "import.importAction", action: importAction, writes: true },
  ...actions(usersActions, "admin/users"),
  ...actions(eventsActions, "manage/events"),
  ...actions(sourcesActions, "manage/sources"),
  ...actions(speakersActions, "manage/speakers"),
  ...actions(statementsActions, "manage/statements"),
  ...actions(topicsActions, "manage/topics"),
];

/** What an action answered: its state, or where it redirected or that it gave a 404. */
export type ActionOutcome = { state: FormState } | { redirect: string } | { notFound: true };

/** The message a form shows for an error nobody expected (hides the cause; the tests look for it). */
export const GENERIC_FAILURE = /Something went wrong|problem on (our|the server) side/;

export async function runAction(action: FormAction, formData: unknown): Promise<ActionOutcome> {
  try {
    return { state: await action({ ok: false }, formData as FormData) };
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2]! };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { notFound: true };
    throw error;
  }
}

/** Echoed form values hold only text, and the object is a plain one (its prototype not swapped). */
export function expectSafeValues(state: FormState): void {
  if (!state.values) return;
  expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
  for (const value of Object.values(state.values)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of items) expect(typeof item).toBe("string");
  }
}

/** Row counts of every table the app writes, to prove a refused write stored nothing. */
export async function tableCounts(): Promise<Record<string, number>> {
  const [statements, people, topics, sources, events, claims, users, revisions, links, stances, aliases, roles] = await Promise.all([
    db.statement.count(),
    db.person.count(),
    db.topic.count(),
    db.source.count(),
    db.event.count(),
    db.claim.count(),
    db.user.count(),
    db.revision.count(),
    db.statementSource.count(),
    db.stance.count(),
    db.personAlias.count(),
    db.personRole.count(),
  ]);
  return { statements, people, topics, sources, events, claims, users, revisions, links, stances, aliases, roles };
}

/**
 * Occupies the writer and fills the write queue (or another queue) until it refuses, so that the next write is
 * refused too; `release` lets everything held run (and waits for it).
 */
export function holdWriteQueue(queue: BoundedSlots = writeQueue): { release: () => Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const held: Promise<unknown>[] = [queue.run(() => opened).catch(() => undefined)];
  const refusedBefore = queue.stats().refused;
  // The queue decides synchronously, so this stops at the first refusal.
  while (queue.stats().refused === refusedBefore) held.push(queue.run(() => opened).catch(() => undefined));
  return {
    release: async () => {
      open();
      await Promise.all(held);
    },
  };
}
