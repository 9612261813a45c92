// Property-based hostile input (fast-check, fixed seed, bounded runs) over every route handler,
// the pages' query parameters and every form action. Guards three promises: nothing a client can
// send makes a route answer 5xx or an action throw; a refused write stores nothing (row counts
// before and after); and no refusal hides behind the generic "Something went wrong" (that message
// means an unexpected error, which hostile input must never reach). A write refused because the
// writer is busy is refused at once, stores nothing and keeps what was typed.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { searchTerm, savedNotice } from "@/components/manage-page";
import { safeNextPath } from "@/lib/auth/next-path";
import { parseExpandedFacets, parseTimelineFilters } from "@/lib/statements/filters";
import { countStatements, monthlyCounts, timelinePage } from "@/lib/statements/timeline";
import { seedOpenDataFixture } from "@/lib/export/testing";
import { signInAs } from "@/lib/testing/users";
import { SERVER_BUSY_MESSAGE } from "@/lib/db/write-queue";
import type { FormState } from "@/lib/forms/state";
import { callRoute, expectSafeValues, FORM_ACTIONS, GENERIC_FAILURE, holdWriteQueue, ROUTES, runAction, tableCounts } from "./surface";

const SEED = 20261207;
const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype"];
const QUERY_NAMES = [
  "speaker",
  "topic",
  "stance",
  "from",
  "to",
  "kind",
  "source",
  "claims",
  "claim",
  "q",
  "order",
  "page",
  "limit",
  "cursor",
  "more",
  "saved",
  "next",
];
const FIELD_NAMES = [
  "id",
  "version",
  "name",
  "slug",
  "description",
  "proposition",
  "title",
  "url",
  "outlet",
  "kind",
  "publishedOn",
  "date",
  "location",
  "text",
  "context",
  "language",
  "status",
  "email",
  "password",
  "role",
  "intent",
  "snapshot",
  "sha256",
  "format",
  "confirmDuplicate",
  "speaker.id",
  "speaker.new.name",
  "event.id",
  "date.precision",
  "date.day",
  "date.month",
  "date.year",
  "date.from",
  "date.to",
  "roles.0.title",
  "roles.0.startDate",
  "aliases.0",
  "claims.0.text",
  "claims.0.value",
  "topics.0.topicId",
  "topics.0.stance",
  "sources.0.title",
  "sources.0.url",
  "source.title",
  "source.kind",
  "source.publishedOn",
  "c.0.accept",
  "c.0.start",
  "c.0.end",
  "c.0.text",
];

/** Text a hostile client would send. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }), // any code point, lone surrogates included
  fc.string({
    unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u202e", "\ufeff", "\r", "\n", "\t", "\ud800", "\udfff"),
    maxLength: 20,
  }),
  fc.constantFrom(...PROTO_NAMES),
  fc.constantFrom(
    "2023-02-30",
    "2023-13-01",
    "0000-00-00",
    "9999-99-99",
    "-0001-01-01",
    "2024-02-29T25:61",
    "1e309",
    "NaN",
    "-1",
    "1.5",
    "99999999999999999999",
    "0x10",
  ),
  fc.constantFrom(
    '"',
    '"unclosed',
    "NEAR(a b)",
    "a OR",
    "*",
    "-",
    "a AND NOT b",
    "text:x",
    "^start",
    "(((",
    "'; DROP TABLE Statement; --",
    "%FF",
    "%00",
    "../../etc/passwd",
  ),
  fc.nat({ max: 400_000 }).map((n) => "x".repeat(n)),
);

describe("hostile input", () => {
  beforeAll(async () => {
    await seedOpenDataFixture();
  });

  it("never makes a route handler answer 5xx", async () => {
    const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES, ...PROTO_NAMES), hostileText), hostileText), { maxLength: 5 });
    const body = fc.oneof(
      hostileText,
      fc.dictionary(fc.oneof(fc.constantFrom("email", "password", ...PROTO_NAMES), hostileText), hostileText).map((o) => JSON.stringify(o)),
    );
    for (const route of ROUTES) {
      await fc.assert(
        fc.asyncProperty(
          query,
          fc.oneof(hostileText, fc.constantFrom("1", "mark-rutte")),
          body,
          fc.boolean(),
          async (entries, segment, text, json) => {
            const search = new URLSearchParams(entries.map(([k, v]) => [k.slice(0, 2000), v.slice(0, 2000)])).toString();
            const init =
              route.method === "POST"
                ? { body: text, headers: json ? { "content-type": "application/json" } : { "content-type": "text/plain" } }
                : {};
            const response = await callRoute(route, { segment: segment.slice(0, 500), query: search, ...init });
            expect(response.status, `${route.name} ${segment.slice(0, 40)} ?${search.slice(0, 200)}`).toBeLessThan(500);
            if (response.status >= 400 && /^\/(api|export|feeds)\//.test(route.path)) expect(() => JSON.parse(response.body)).not.toThrow();
          },
        ),
        { seed: SEED, numRuns: route.path.endsWith(".pdf") ? 6 : 12 },
      );
    }
  }, 120_000);

  it("never breaks the pages' query parsing or the timeline queries behind them", async () => {
    const params = fc.dictionary(
      fc.oneof(fc.constantFrom(...QUERY_NAMES), hostileText),
      fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 })),
      { maxKeys: 6 },
    );
    await fc.assert(
      fc.asyncProperty(params, async (raw) => {
        const filters = parseTimelineFilters(raw);
        parseExpandedFacets(raw);
        expect(typeof searchTerm(raw.q)).toBe("string");
        expect(savedNotice(typeof raw.saved === "string" ? raw.saved : undefined, "Topic") ?? "").toMatch(/^(Topic .+)?$/);
        expect(safeNextPath(raw.next)).toMatch(/^\//);
        await timelinePage(filters);
        await countStatements(filters);
        await monthlyCounts(filters);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it("never makes a form action throw, store half a write, or hide a refusal behind the generic message", async () => {
    await signInAs("ADMIN");
    const value = fc.oneof(
      { weight: 4, arbitrary: hostileText },
      { weight: 1, arbitrary: hostileText.map((text) => new File([text], "upload.txt", { type: "text/plain" })) },
      {
        weight: 1,
        arbitrary: fc.constant(new File([new Uint8Array([0xff, 0xfe, 0, 0x89, 0x50])], "x.bin", { type: "application/octet-stream" })),
      },
    );
    const fields = fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) },
          { weight: 1, arbitrary: fc.constantFrom(...PROTO_NAMES) },
          { weight: 1, arbitrary: hostileText },
        ),
        value,
      ),
      { maxLength: 12 },
    );
    for (const { name, action } of FORM_ACTIONS) {
      await fc.assert(
        fc.asyncProperty(fields, async (entries) => {
          const form = new FormData();
          for (const [field, item] of entries) form.append(field.slice(0, 200), item);
          const before = await tableCounts();
          const outcome = await runAction(action, form);
          if ("state" in outcome) {
            expect(outcome.state.message ?? "", name).not.toMatch(GENERIC_FAILURE);
            expectSafeValues(outcome.state);
            if (!outcome.state.ok) expect(await tableCounts(), `${name} refused but wrote`).toEqual(before);
          }
        }),
        { seed: SEED, numRuns: 5 },
      );
    }
  }, 180_000);

  it("refuses every write at once while the writer is busy: nothing stored, every typed field kept", async () => {
    await signInAs("ADMIN");
    // An existing record's id and version first, so that deletes, restores and edits reach the writer.
    const fields = fc
      .tuple(
        fc.constantFrom("1", "2"),
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...PROTO_NAMES), hostileText), hostileText), {
          maxLength: 10,
        }),
      )
      .map(([id, extra]) => [["id", id], ["version", "1"], ...extra] as [string, string][]);
    const busy = new Set<string>();
    const hold = holdWriteQueue();
    try {
      for (const { name, action } of FORM_ACTIONS.filter((a) => a.writes)) {
        await fc.assert(
          fc.asyncProperty(fields, async (entries) => {
            const form = new FormData();
            for (const [field, text] of entries) form.append(field.slice(0, 200), text.slice(0, 20_000));
            const before = await tableCounts();
            const outcome = await runAction(action, form);
            expect(outcome, name).toHaveProperty("state");
            const { state } = outcome as { state: FormState };
            expect(state.ok, name).toBe(false);
            expect(state.message ?? "", name).not.toMatch(GENERIC_FAILURE);
            expectSafeValues(state);
            if (state.message === SERVER_BUSY_MESSAGE) {
              busy.add(name);
              for (const [field] of entries)
                if (!field.slice(0, 200).startsWith("$ACTION"))
                  expect(Object.hasOwn(state.values ?? {}, field.slice(0, 200)), `${name} kept ${field.slice(0, 40)}`).toBe(true);
            }
            expect(await tableCounts(), `${name} refused but wrote`).toEqual(before);
          }),
          { seed: SEED, numRuns: 5 },
        );
      }
    } finally {
      await hold.release();
    }
    // The property is only meaningful if writes did reach the busy writer (deletes and restores of record 1 at least).
    expect(busy.size, [...busy].join(", ")).toBeGreaterThanOrEqual(4);
  }, 180_000);
});
