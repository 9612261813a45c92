// Write admission in front of the app: a real Node HTTP server with the admission in front of a
// stand-in for Next.js that holds every request it receives until the test lets it answer, so the
// slots fill by explicit events, not by timing. Refusals are checked as a client meets them: the
// page for a form posted without JavaScript (parsed, then posted again), JSON for /api, and a
// server-action post marked for the action to answer.
import { once } from "node:events";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { Worker } from "node:worker_threads";
import type { AddressInfo } from "node:net";
import { parseHTML } from "linkedom";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SERVER_BUSY_MESSAGE, WRITE_REFUSED_HEADER } from "@/lib/db/write-queue";
import { busyPage, WriteAdmission, writeAdmissionOptions } from "./write-admission";

interface Reached {
  method: string;
  url: string;
  refusedMark: string | undefined;
  body: string;
  answer: () => void;
}

const reached: Reached[] = [];
const arrivals: (() => void)[] = [];
let admission: WriteAdmission;
let server: http.Server;
let base: string;

/** Resolves once `count` requests have reached the stand-in app. */
function reachedCount(count: number): Promise<void> {
  if (reached.length >= count) return Promise.resolve();
  return new Promise((resolve) => arrivals.push(() => reached.length >= count && resolve()));
}

function app(request: IncomingMessage, response: ServerResponse) {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    reached.push({
      method: request.method ?? "",
      url: request.url ?? "",
      refusedMark: request.headers[WRITE_REFUSED_HEADER] as string | undefined,
      body: Buffer.concat(chunks).toString("utf8"),
      answer: () => void (response.headersSent || response.writeHead(200, { "content-type": "text/plain" }).end("done")),
    });
    for (const arrival of arrivals) arrival();
  });
}

beforeAll(async () => {
  server = http.createServer((request, response) => admission.handle(request, response, () => app(request, response)));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const request of reached) request.answer();
  reached.length = 0;
  arrivals.length = 0;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { redirect: "manual", ...init });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** One write admitted and held by the app, and `waiting` more queued behind it. */
async function fill(waiting: number): Promise<Promise<Answer>[]> {
  const held = [send("/manage/topics/new", { method: "POST", body: new URLSearchParams({ n: "0" }) })];
  await reachedCount(1);
  for (let i = 1; i <= waiting; i++) held.push(send("/manage/topics/new", { method: "POST", body: new URLSearchParams({ n: String(i) }) }));
  // The queue decides on arrival: wait until every one of them is counted as waiting.
  while (admission.slots.stats().waiting < waiting) await new Promise((resolve) => setImmediate(resolve));
  return held;
}

/** Answers every request that reaches the app, as the held ones pass on their slots, until all of `held` are answered. */
async function finish(held: Promise<Answer>[]): Promise<Answer[]> {
  let done = false;
  const all = Promise.all(held).finally(() => (done = true));
  while (!done) {
    for (const request of reached) request.answer();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return all;
}

describe("write admission", () => {
  it("reads from the environment, with defaults for anything that is not a positive number", () => {
    expect(writeAdmissionOptions({})).toMatchObject({ concurrency: 1, maxWaiting: 100, waitBudgetMs: 1500, initialAverageMs: 100 });
    expect(writeAdmissionOptions({ WRITE_CONCURRENCY: "4", WRITE_QUEUE_MAX_WAITING: "-1", WRITE_WAIT_BUDGET_MS: "abc" })).toMatchObject({
      concurrency: 4,
      maxWaiting: 100,
      waitBudgetMs: 1500,
    });
  });

  it("lets writes through a few at a time in arrival order, and reads at any time", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 5 });
    const held = await fill(3);
    expect(reached.map((r) => r.body)).toEqual(["n=0"]);

    // A read is never queued behind the writes.
    const read = send("/topics");
    await reachedCount(2);
    expect(reached[1]).toMatchObject({ method: "GET", url: "/topics" });
    reached[1]!.answer();
    expect((await read).status).toBe(200);

    // Each answer hands the slot to the next write in line.
    for (let i = 0; i < 3; i++) {
      reached
        .filter((r) => r.method === "POST")
        .at(-1)!
        .answer();
      await reachedCount(3 + i);
    }
    expect(reached.filter((r) => r.method === "POST").map((r) => r.body)).toEqual(["n=0", "n=1", "n=2", "n=3"]);
    reached.at(-1)!.answer();
    expect((await Promise.all(held)).map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });

  it("refuses a form posted without JavaScript with a page that keeps every typed field and posts it again", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 1 });
    const held = await fill(1);
    const form = new FormData();
    form.append("$ACTION_ID_abc123", "");
    form.append("text", 'He said "no" <script>alert(1)</script>\r\nand left & went.');
    form.append("sources.0.url", "https://example.org/a?b=1&c=2");
    form.append("topics", "ukraine");
    form.append("topics", "russia");
    form.append("password", "hunter2");
    form.append("file", new Blob(["x"]), "notes.txt");

    const answer = await send("/manage/statements/new?from=list", { method: "POST", body: form, headers: { origin: base } });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("2");
    expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
    // Nothing reached the app.
    expect(reached.map((r) => r.body)).toEqual(["n=0"]);

    const { document } = parseHTML(answer.text);
    expect(document.querySelector("[role=alert]")?.textContent).toBe(SERVER_BUSY_MESSAGE);
    expect(answer.text).not.toContain("<script>alert(1)");
    expect(answer.text).not.toContain("hunter2");
    expect(document.body.textContent).toContain("notes.txt");
    const resubmit = document.querySelector("form")!;
    expect(resubmit.getAttribute("action")).toBe("/manage/statements/new?from=list");
    expect(resubmit.getAttribute("enctype")).toBe("multipart/form-data");
    const fields = [...resubmit.querySelectorAll("input[type=hidden]")].map((input) => [
      input.getAttribute("name"),
      input.getAttribute("value"),
    ]);
    expect(fields).toEqual([
      ["$ACTION_ID_abc123", ""],
      ["text", 'He said "no" <script>alert(1)</script>\r\nand left & went.'],
      ["sources.0.url", "https://example.org/a?b=1&c=2"],
      ["topics", "ukraine"],
      ["topics", "russia"],
    ]);

    // "Try again" once the burst is over: the same fields reach the app.
    await finish(held);
    reached.length = 0;
    const again = new FormData();
    for (const [name, value] of fields) again.append(name!, value!);
    const retried = send("/manage/statements/new?from=list", { method: "POST", body: again });
    await reachedCount(1);
    const body = reached[0]!.body;
    expect(body).toContain('He said "no" <script>alert(1)</script>');
    expect(body).toContain("https://example.org/a?b=1&c=2");
    reached[0]!.answer();
    expect((await retried).status).toBe(200);
  });

  it("gives back no fields to a form that another site, or no site, posted", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 1 });
    const held = await fill(1);
    for (const headers of [{ origin: "https://attacker.example" }, {}] as Record<string, string>[]) {
      const answer = await send("/manage/statements/new", { method: "POST", body: new URLSearchParams({ text: "planted" }), headers });
      expect(answer.status).toBe(503);
      const { document } = parseHTML(answer.text);
      expect(document.querySelector("form")).toBeNull();
      expect(answer.text).not.toContain("planted");
      expect(document.querySelector("[role=alert]")?.textContent).toBe(SERVER_BUSY_MESSAGE);
    }
    await finish(held);
  });

  it("refuses a write to the API with a 503 in JSON", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 1 });
    const held = await fill(1);
    const answer = await send("/api/auth/session", { method: "POST", body: JSON.stringify({ email: "a@example.org" }) });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("2");
    expect(JSON.parse(answer.text)).toEqual({ error: { status: 503, code: "busy", message: SERVER_BUSY_MESSAGE } });
    await finish(held);
  });

  it("passes a server action it cannot admit on to the app at once, marked for the action to refuse", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 1 });
    const held = await fill(1);
    const action = send("/manage/statements/new", { method: "POST", headers: { "next-action": "abc123" }, body: "[]" });
    await reachedCount(2);
    expect(reached[1]).toMatchObject({ method: "POST", refusedMark: "refused", body: "[]" });
    reached[1]!.answer();
    expect((await action).status).toBe(200);
    await finish(held);
  });

  it("removes the mark from a request that a client sent it on", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 1 });
    const answer = send("/manage/statements/new", {
      method: "POST",
      headers: { [WRITE_REFUSED_HEADER]: "refused", "next-action": "x" },
      body: "[]",
    });
    await reachedCount(1);
    expect(reached[0]!.refusedMark).toBeUndefined();
    reached[0]!.answer();
    expect((await answer).status).toBe(200);
  });

  it("does not serve a waiting write whose client has gone", async () => {
    admission = new WriteAdmission({ concurrency: 1, maxWaiting: 5 });
    const held = await fill(0);
    // A client on a connection of its own, which it closes while its write waits.
    const connected = once(server, "connection") as Promise<[import("node:net").Socket]>;
    const gone = http.request(`${base}/manage/topics/new`, { method: "POST", agent: false });
    gone.on("error", () => {});
    gone.end("n=gone");
    const [socket] = await connected;
    while (admission.slots.stats().waiting < 1) await new Promise((resolve) => setImmediate(resolve));
    const closed = once(socket, "close");
    gone.destroy();
    await closed;

    const next = send("/manage/topics/new", { method: "POST", body: "n=next" });
    while (admission.slots.stats().waiting < 2) await new Promise((resolve) => setImmediate(resolve));
    reached[0]!.answer();
    await reachedCount(2);
    expect(reached.map((r) => r.body)).toEqual(["n=0", "n=next"]);
    reached[1]!.answer();
    expect((await next).status).toBe(200);
    await finish(held);
  });
});

// A client in its own thread, so that it can connect and send while the server's thread is blocked
// (as a save blocks it): `count` form posts, each on its own connection. It sets `sent[0]` once
// every connection is open and its request written, and posts back each answer's status line.
const BURST_CLIENT = `
const { workerData, parentPort } = require("node:worker_threads");
const net = require("node:net");
const { port, count, sent } = workerData;
const flag = new Int32Array(sent);
let open = 0;
const statuses = [];
for (let i = 0; i < count; i++) {
  const socket = net.connect(port, "127.0.0.1", () => {
    const body = "n=" + (i + 1);
    socket.write("POST /manage/topics/new HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nContent-Length: " + body.length + "\\r\\nConnection: close\\r\\n\\r\\n" + body, () => {
      if (++open === count) { Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); }
    });
  });
  let text = "";
  socket.on("data", (chunk) => (text += chunk));
  socket.on("close", () => {
    statuses.push(Number(text.split(" ")[1]));
    if (statuses.length === count) parentPort.postMessage(statuses);
  });
}`;

describe("a burst that arrives while a write holds the event loop", () => {
  it("is taken in, queued and refused, before the next write starts", async () => {
    // Node accepts one new connection per turn of its event loop, and a save holds a turn for its
    // whole length: without settling, the next write would start after one turn, with the rest of
    // the burst still unseen in the kernel's queue.
    const burst = new WriteAdmission({ concurrency: 1, maxWaiting: 5 }, { turns: 100_000, ms: 600_000 });
    const sent = new SharedArrayBuffer(4);
    const seen: { body: string; refused: number; waiting: number }[] = [];
    let client: Worker | undefined;
    const burstServer = http.createServer((request, response) =>
      burst.handle(request, response, () => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
          const { refused, waiting } = burst.slots.stats();
          seen.push({ body: Buffer.concat(chunks).toString("utf8"), refused, waiting });
          if (!client) {
            // The first write holds the thread until the whole burst has been sent, as a long save would.
            client = new Worker(BURST_CLIENT, {
              eval: true,
              workerData: { port: (burstServer.address() as AddressInfo).port, count: 20, sent },
            });
            Atomics.wait(new Int32Array(sent), 0, 0);
          }
          response.writeHead(200, { "content-type": "text/plain" }).end("saved");
        });
      }),
    );
    burst.watch(burstServer);
    burstServer.listen(0, "127.0.0.1");
    await once(burstServer, "listening");
    try {
      const first = await fetch(`http://127.0.0.1:${(burstServer.address() as AddressInfo).port}/manage/topics/new`, {
        method: "POST",
        body: new URLSearchParams({ n: "0" }),
      });
      expect(first.status).toBe(200);
      const [statuses] = (await once(client!, "message")) as [number[]];
      // The second write to reach the app found the whole burst already sorted: the 5 that may
      // wait were waiting (one of them now running), the other 14 already refused.
      expect(seen[1]).toMatchObject({ refused: 14, waiting: 5 });
      expect(seen).toHaveLength(7);
      expect(statuses.filter((status) => status === 200)).toHaveLength(6);
      expect(statuses.filter((status) => status === 503)).toHaveLength(14);
    } finally {
      await client?.terminate();
      await new Promise<void>((resolve) => burstServer.close(() => resolve()));
    }
  });
});

describe("the busy page", () => {
  it("without a readable form, links back to the form", () => {
    const { document } = parseHTML(busyPage("/manage/topics/new", null));
    expect(document.querySelector("form")).toBeNull();
    expect(document.querySelector("a")?.getAttribute("href")).toBe("/manage/topics/new");
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.title).toBe("Server busy: nothing was saved");
  });
});
