// Admission of writes, in the app's server (scripts/serve.ts) before Next.js sees a request. A save
// costs tens of milliseconds of the one Node thread (the form's parsing, the session, validation,
// the transaction, the redirect); a burst of them, all started at once, shares that thread, so each
// one's answer waits for nearly all the others and the slowest take many seconds, although the
// database's own queue stays short. Here at most WRITE_CONCURRENCY writes run at once and the next
// ones wait in arrival order; one whose expected wait (from the recent average time of a write)
// exceeds WRITE_WAIT_BUDGET_MS, or that finds WRITE_QUEUE_MAX_WAITING ahead, is refused at once,
// before anything is written, with everything the user typed kept:
// - a form posted without JavaScript gets a small page with the message and a "Try again" button
//   that posts the same fields again (built here, without rendering the app);
// - a server action called by the app's JavaScript goes on to Next.js, marked, and the action
//   answers with the busy message at the form, the input kept (lib/auth/guard.ts);
// - a route under /api gets a 503 in JSON with Retry-After.
// Reads are never queued.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { BoundedSlots, type BoundedSlotsOptions } from "@/lib/concurrency/bounded-slots";
import { positiveSetting, SERVER_BUSY_MESSAGE, SERVER_BUSY_RETRY_SECONDS, WRITE_REFUSED_HEADER } from "@/lib/db/write-queue";
import { escapeMarkup } from "@/lib/text/markup";
import { sameSite } from "./refusals";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The admission's settings from the environment (see the README's table of settings). */
export function writeAdmissionOptions(env: Record<string, string | undefined> = process.env): BoundedSlotsOptions {
  return {
    // One at a time by default: a save is mostly synchronous work on Node's one thread (SQLite is
    // synchronous), so a second one in the app only interleaves with the first.
    concurrency: positiveSetting(env.WRITE_CONCURRENCY, 1),
    maxWaiting: positiveSetting(env.WRITE_QUEUE_MAX_WAITING, 100),
    waitBudgetMs: positiveSetting(env.WRITE_WAIT_BUDGET_MS, 1500),
    // A cold start's slow first writes must not turn away a handful of saves.
    minWaiting: 10,
    // Until the first saves have ended, the budget judges a burst by this: a warm save takes about
    // 30 ms on a quiet 2-core machine, but the first ones after a start, or on a busy machine, take
    // several times that, and admitting too many then keeps every one of them waiting.
    initialAverageMs: 100,
  };
}

class NotAdmitted extends Error {}

// Node takes in one new connection per turn of its event loop, and a save holds a turn for its
// whole length (it is nearly all synchronous work), so during a burst the next posts sit in the
// kernel's accept queue, unseen, and each waits for every save before it. Before a write starts,
// the loop is turned idly until a turn takes in nothing new: the burst is then read in and each
// post queued or refused on arrival. Bounded, so a steady stream of requests cannot hold a write.
export interface SettleLimits {
  turns: number;
  ms: number;
}
const SETTLE_LIMITS: SettleLimits = { turns: 2000, ms: 250 };

export class WriteAdmission {
  readonly slots: BoundedSlots;
  private arrivals = 0;
  /** Refusals still reading their form: answered before the next write takes the loop. */
  private refusing = 0;

  constructor(
    options: BoundedSlotsOptions = writeAdmissionOptions(),
    private readonly settleLimits: SettleLimits = SETTLE_LIMITS,
  ) {
    this.slots = new BoundedSlots(options, () => new NotAdmitted());
  }

  /** Counts the connections and requests `server` takes in, so a write can wait until a burst is read in. */
  watch(server: Server): void {
    server.on("connection", () => this.arrivals++);
    server.on("request", () => this.arrivals++);
  }

  /** Turns the event loop until a turn takes in no new connection or request and every refusal is answered (see SETTLE_LIMITS). */
  private async settle(): Promise<void> {
    const deadline = performance.now() + this.settleLimits.ms;
    for (let turn = 0; turn < this.settleLimits.turns && performance.now() < deadline; turn++) {
      const before = this.arrivals;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.arrivals === before && this.refusing === 0) return;
    }
  }

  /** Calls `pass` when the request may go on to the app, or answers it as refused. */
  handle(request: IncomingMessage, response: ServerResponse, pass: () => void): void {
    delete request.headers[WRITE_REFUSED_HEADER];
    if (READS.has(request.method ?? "GET")) return pass();
    this.slots
      .run(
        () =>
          new Promise<void>((resolve) => {
            // A client that gave up while waiting is not served: its slot goes to the next one.
            if (request.destroyed || response.destroyed) return resolve();
            response.once("close", () => resolve());
            // Not now, but after the loop has taken in what is waiting (settle): a save runs
            // almost entirely in promise callbacks that resolve at once, so started here it would
            // finish before Node reads the next waiting request.
            void this.settle().then(() => (request.destroyed || response.destroyed ? resolve() : pass()));
          }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof NotAdmitted)) throw error;
        this.refusing++;
        response.once("close", () => this.refusing--);
        refuse(request, response, pass);
      });
  }
}

function refuse(request: IncomingMessage, response: ServerResponse, pass: () => void): void {
  if (request.headers["next-action"]) {
    request.headers[WRITE_REFUSED_HEADER] = "refused";
    return pass();
  }
  const headers = { "Retry-After": String(SERVER_BUSY_RETRY_SECONDS), "Cache-Control": "no-store" };
  if (/^\/api(\/|\?|$)/.test(request.url ?? "/")) {
    const body = JSON.stringify({ error: { status: 503, code: "busy", message: SERVER_BUSY_MESSAGE } });
    response.writeHead(503, { ...headers, "Content-Type": "application/json; charset=utf-8" });
    response.end(body);
    return;
  }
  void readForm(request).then((form) => {
    // Only a form this site's own page sent is given back: echoing another site's fields into a
    // same-site form would let that site have a user post them from here.
    const { origin, host, "x-forwarded-host": forwardedHost } = request.headers;
    const own =
      typeof origin === "string" &&
      sameSite(
        new Headers({ origin, host: host ?? "", ...(typeof forwardedHost === "string" ? { "x-forwarded-host": forwardedHost } : {}) }),
      );
    const body = busyPage(request.url ?? "/", own ? form : null);
    response.writeHead(503, {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      "Referrer-Policy": "same-origin",
    });
    response.end(body);
  });
}

/** The posted form (the body is already within the size limit, lib/http/body-limit.ts); null if it is not a form. */
async function readForm(request: IncomingMessage): Promise<FormData | null> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const type = request.headers["content-type"] ?? "";
    if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) return null;
    return await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

// Never sent back in a page, whatever the form.
const SECRET = /pass(word|phrase)|secret|token/i;
// What React adds to a server action's form; posted again, not shown.
const INTERNAL = /^\$ACTION/;
const SHOWN_LENGTH = 300;

/**
 * The refusal for a form posted without JavaScript: the message, the form posted again by "Try
 * again" with every field as typed (hidden), and the typed values listed so the user sees them kept.
 */
export function busyPage(url: string, form: FormData | null): string {
  const kept: string[] = [];
  const shown: string[] = [];
  const dropped: string[] = [];
  for (const [name, value] of form ?? []) {
    if (typeof value !== "string") {
      if (value.size > 0) dropped.push(`The file “${escapeMarkup(value.name)}” must be chosen again.`);
      continue;
    }
    if (SECRET.test(name)) {
      dropped.push("Passwords are never sent back: type yours again.");
      continue;
    }
    kept.push(`<input type="hidden" name="${escapeMarkup(name)}" value="${escapeMarkup(value)}">`);
    if (!INTERNAL.test(name) && value.trim()) {
      const text = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
      shown.push(`<dt>${escapeMarkup(name)}</dt><dd>${escapeMarkup(text)}</dd>`);
    }
  }
  const action = escapeMarkup(url);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Server busy: nothing was saved</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1c1917;background:#fafaf9}
main{max-width:40rem;margin:2rem auto;padding:0 1rem}
button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:0;background:#1d4ed8;color:#fff;cursor:pointer}
a{color:#1d4ed8}dt{font-weight:600;margin-top:.5rem}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){body{color:#e7e5e4;background:#1c1917}a{color:#93c5fd}button{background:#2563eb}}
</style></head>
<body><main>
<h1>The server is busy</h1>
<p role="alert">${escapeMarkup(SERVER_BUSY_MESSAGE)}</p>
${form ? `<form method="post" action="${action}" enctype="multipart/form-data">\n${kept.join("\n")}\n<button type="submit">Try again</button>\n</form>` : `<p><a href="${action}">Back to the form</a></p>`}
${dropped.length ? `<ul>${[...new Set(dropped)].map((d) => `<li>${d}</li>`).join("")}</ul>` : ""}
${shown.length ? `<details><summary>What you typed, sent again by “Try again”</summary><dl>${shown.join("")}</dl></details>` : ""}
</main></body></html>
`;
}
