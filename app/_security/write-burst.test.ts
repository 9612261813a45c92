// Guards fairness under a burst of writes: every write transaction of the app waits in one FIFO
// queue (lib/db/write-queue.ts), and a write that finds the queue full is refused at once, before
// it writes anything: the form shows the busy message with every field the user typed, the sign-in
// API answers 503 with Retry-After, and the same submission saves once the queue has room. A server
// action that the app's server could not admit (lib/http/write-admission.ts) is refused the same way.
import { describe, expect, it } from "vitest";
import { signInAction } from "@/app/login/actions";
import { createStatementAction } from "@/app/manage/statements/actions";
import { createPersonAction } from "@/app/manage/speakers/actions";
import { db, writeQueue } from "@/lib/db/client";
import { SERVER_BUSY_MESSAGE, WRITE_REFUSED_HEADER } from "@/lib/db/write-queue";
import { initialFormState } from "@/lib/forms/state";
import { testRequest } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import { callRoute, holdWriteQueue, ROUTES, runAction, tableCounts } from "./surface";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

async function statementFields(tag = ""): Promise<Record<string, string>> {
  const speaker = await db.person.create({ data: { slug: `burst-speaker${tag}`, name: "Kaja Kallas" } });
  const topic = await db.topic.create({
    data: { slug: `burst-topic${tag}`, name: "Defence spending", proposition: "Spend more on defence" },
  });
  const source = await db.source.create({ data: { title: "Press conference", url: `https://example.eu/press${tag}` } });
  return {
    "speaker.id": String(speaker.id),
    "date.precision": "DAY",
    "date.day": "2025-03-06",
    "event.id": "",
    kind: "QUOTE",
    text: "Europe must spend more on its own defence, and quickly.",
    context: "Press conference after the summit",
    language: "en",
    status: "PUBLISHED",
    "sources.0.id": String(source.id),
    "sources.1.id": "new",
    "sources.1.new.title": "Summit transcript typed by hand",
    "topics.0.topicId": String(topic.id),
    "topics.0.stance": "STRONGLY_FOR",
    "topics.0.hedging": "COMMITTED",
    "claims.0.text": "Allies agreed to spend 3.5% of GDP",
    "claims.0.kind": "NUMERIC",
    "claims.0.value": "3.5",
    "claims.0.unit": "% of GDP",
    "claims.0.status": "UNVERIFIED",
  };
}

describe("a burst of writes", () => {
  it("refuses a write at once when the queue is full, stores nothing, keeps every field, and saves it later", async () => {
    await signInAs("ANALYST");
    const fields = await statementFields();
    const before = await tableCounts();

    const hold = holdWriteQueue();
    const refusedBefore = writeQueue.stats().refused;
    const statement = await runAction(createStatementAction, form(fields));
    const speaker = await runAction(createPersonAction, form({ name: "Typed while busy", slug: "", description: "Kept" }));
    expect(writeQueue.stats().refused).toBe(refusedBefore + 2);
    await hold.release();

    expect(statement).toEqual({ state: { ok: false, message: SERVER_BUSY_MESSAGE, values: fields } });
    expect(speaker).toMatchObject({
      state: { ok: false, message: SERVER_BUSY_MESSAGE, values: { name: "Typed while busy", description: "Kept" } },
    });
    expect(await tableCounts()).toEqual(before);

    // With room in the queue, the very same submission saves.
    const saved = await runAction(createStatementAction, form(fields));
    expect(saved).toMatchObject({ redirect: expect.stringMatching(/^\/statements\/\d+\?saved=created$/) });
    expect((await tableCounts()).statements).toBe(before.statements! + 1);
  });

  it("answers a sign-in that cannot be recorded with 503 and Retry-After from the API, and the message on the form", async () => {
    signOut();
    const signInRoute = ROUTES.find((route) => route.name === "POST /api/auth/session")!;
    const attempts = await db.loginAttempt.count();
    const hold = holdWriteQueue();
    const api = await callRoute(signInRoute, {
      body: JSON.stringify({ email: "someone@example.test", password: "correct horse" }),
      headers: { "content-type": "application/json" },
    });
    const page = await signInAction(initialFormState, form({ email: "someone@example.test", password: "correct horse", next: "/manage" }));
    await hold.release();

    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("2");
    expect(JSON.parse(api.body)).toMatchObject({ error: SERVER_BUSY_MESSAGE });
    expect(page).toMatchObject({ ok: false, message: SERVER_BUSY_MESSAGE, values: { email: "someone@example.test", next: "/manage" } });
    expect(await db.loginAttempt.count()).toBe(attempts);
  });

  it("refuses an action that the server marked as not admitted, before it reads the session or writes, keeping every field", async () => {
    await signInAs("ANALYST");
    const fields = await statementFields("-marked");
    const before = await tableCounts();
    const startedBefore = writeQueue.stats().started;
    testRequest.setHeader(WRITE_REFUSED_HEADER, "refused");
    try {
      expect(await runAction(createStatementAction, form(fields))).toEqual({
        state: { ok: false, message: SERVER_BUSY_MESSAGE, values: fields },
      });
    } finally {
      testRequest.deleteHeader(WRITE_REFUSED_HEADER);
    }
    expect(writeQueue.stats().started).toBe(startedBefore);
    expect(await tableCounts()).toEqual(before);
    // Without the mark, the same submission saves.
    expect(await runAction(createStatementAction, form(fields))).toMatchObject({
      redirect: expect.stringMatching(/^\/statements\/\d+\?saved=created$/),
    });
  });
});
