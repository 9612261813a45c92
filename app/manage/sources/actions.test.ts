// Guards and behaviour of the source actions: only signed-in, active staff can write; bad or
// duplicate addresses and future dates are refused at the field with nothing stored; pasted full
// text is fingerprinted; every write leaves a field-level revision; delete is soft and restorable.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { today } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/state";
import { form, idFromEditPath, NOT_SIGNED_IN, redirectOf, revisionsOf } from "@/lib/records/action-testing";
import { revalidated } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import { createSourceAction, deleteSourceAction, restoreSourceAction, updateSourceAction } from "./actions";

const counts = async () => ({ sources: await db.source.count(), revisions: await db.revision.count() });
let n = 0;
const sourceFields = (extra: Record<string, string | number> = {}) => ({
  url: `HTTPS://Example.org/news/${++n}/?utm_source=x&id=${n}#top`,
  title: `Press conference transcript ${n}`,
  outlet: "NATO",
  kind: "OFFICIAL_TRANSCRIPT",
  publishedOn: "2025-06-25",
  retrievedOn: "2025-06-26",
  snapshotText: "",
  notes: "",
  ...extra,
});
const createSource = async (extra: Record<string, string | number> = {}) =>
  idFromEditPath(await redirectOf(createSourceAction(initialFormState, form(sourceFields(extra)))));

beforeEach(() => {
  signOut();
  revalidated.length = 0;
});

describe("who may write sources", () => {
  it("refuses anonymous callers and disabled accounts, and writes nothing", async () => {
    await signInAs("ANALYST");
    const id = await createSource();
    const deletedId = await createSource();
    await redirectOf(deleteSourceAction(initialFormState, form({ id: deletedId })));
    revalidated.length = 0;
    const before = await counts();

    for (const signIn of [async () => signOut(), async () => void (await signInAs("ADMIN", { disabled: true }))]) {
      await signIn();
      expect(await createSourceAction(initialFormState, form(sourceFields()))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await updateSourceAction(initialFormState, form({ ...sourceFields(), id, version: 1 }))).toMatchObject({
        ok: false,
        message: NOT_SIGNED_IN,
      });
      expect(await deleteSourceAction(initialFormState, form({ id }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await restoreSourceAction(initialFormState, form({ id: deletedId }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
    }
    expect(await counts()).toEqual(before);
    expect(await db.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, deletedAt: null });
    expect(revalidated).toEqual([]);
  });

  it.each(["ANALYST", "ADMIN"] as const)(
    "lets an active %s create a source; the address is normalised and the text fingerprinted",
    async (role) => {
      const user = await signInAs(role);
      const text = "Good afternoon.\r\nWe agreed to spend 5%.\r\n";
      const id = await createSource({ snapshotText: text });
      const source = await db.source.findUniqueOrThrow({ where: { id } });
      expect(source.url).toBe(`https://example.org/news/${n}?id=${n}`);
      expect(source.snapshotText).toBe("Good afternoon.\nWe agreed to spend 5%.");
      expect(source.snapshotSha256).toBe(createHash("sha256").update("Good afternoon.\nWe agreed to spend 5%.").digest("hex"));
      const [revision] = await revisionsOf("Source", id);
      expect(revision).toMatchObject({
        action: "CREATE",
        actorId: user.id,
        changes: { title: { before: null, after: source.title }, kind: { before: null, after: "OFFICIAL_TRANSCRIPT" } },
      });
    },
  );
});

describe("validation", () => {
  it("refuses a bad address and future or inconsistent dates, echoing what was typed", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const fields = sourceFields({
      url: "ftp://example.org/file",
      title: "",
      publishedOn: "2999-01-01",
      retrievedOn: "2025-02-30",
      kind: "BLOG",
    });
    const state = await createSourceAction(initialFormState, form(fields));
    expect(state).toMatchObject({ ok: false, values: { url: "ftp://example.org/file", publishedOn: "2999-01-01" } });
    expect(state.fieldErrors).toEqual({
      url: ["Enter a web address starting with http:// or https://."],
      title: ["Enter the source's title."],
      kind: ["Choose what kind of source this is."],
      publishedOn: ["This date is in the future."],
      retrievedOn: ["Enter a real date as YYYY-MM-DD."],
    });
    const order = await createSourceAction(initialFormState, form(sourceFields({ publishedOn: "2025-06-25", retrievedOn: "2025-06-01" })));
    expect(order.fieldErrors).toEqual({ retrievedOn: ["A source cannot be retrieved before it was published."] });
    expect(await counts()).toEqual(before);
  });

  it("accepts today's date and a source without an address", async () => {
    await signInAs("ANALYST");
    const first = await createSource({ url: "", publishedOn: today(), retrievedOn: today() });
    const second = await createSource({ url: "" });
    expect((await db.source.findUniqueOrThrow({ where: { id: first } })).url).toBeNull();
    expect((await db.source.findUniqueOrThrow({ where: { id: second } })).url).toBeNull();
  });

  it("refuses an address another source has, even spelled differently, naming that source", async () => {
    await signInAs("ANALYST");
    const id = await createSource({ url: "https://example.org/dup", title: "The original" });
    const before = await counts();
    const state = await createSourceAction(initialFormState, form(sourceFields({ url: "https://EXAMPLE.org/dup/?utm_medium=email#x" })));
    expect(state).toMatchObject({ ok: false, fieldErrors: { url: ["A source with this URL already exists: The original."] } });
    expect(await counts()).toEqual(before);

    const other = await createSource();
    const update = await updateSourceAction(
      initialFormState,
      form({ ...sourceFields({ url: "https://example.org/dup" }), id: other, version: 1 }),
    );
    expect(update.fieldErrors).toEqual({ url: ["A source with this URL already exists: The original."] });

    await redirectOf(deleteSourceAction(initialFormState, form({ id })));
    const again = await createSourceAction(initialFormState, form(sourceFields({ url: "https://example.org/dup" })));
    expect(again.fieldErrors).toEqual({ url: ["A source with this URL already exists: The original (deleted; restore it instead)."] });
  });
});

describe("editing", () => {
  it("records field-level changes, bumps the version and re-fingerprints the text", async () => {
    const user = await signInAs("ANALYST");
    const id = await createSource({ snapshotText: "First text" });
    const fields = sourceFields({ title: "Renamed", snapshotText: "Second text", kind: "NEWS_ARTICLE" });
    await redirectOf(updateSourceAction(initialFormState, form({ ...fields, id, version: 1 })));
    const source = await db.source.findUniqueOrThrow({ where: { id } });
    expect(source).toMatchObject({
      title: "Renamed",
      version: 2,
      snapshotSha256: createHash("sha256").update("Second text").digest("hex"),
    });
    const revisions = await revisionsOf("Source", id);
    expect(revisions[1]).toMatchObject({ action: "UPDATE", actorId: user.id });
    expect(revisions[1]!.changes).toMatchObject({
      title: { after: "Renamed" },
      kind: { before: "OFFICIAL_TRANSCRIPT", after: "NEWS_ARTICLE" },
      snapshotText: { before: "First text", after: "Second text" },
      url: {
        after: fields.url
          .toLowerCase()
          .replace(/\/\?utm_source=x&/, "?")
          .replace("#top", ""),
      },
    });
  });

  it("refuses a stale version with what changed, and keeps the input", async () => {
    const first = await signInAs("ANALYST");
    const id = await createSource();
    const fields = sourceFields();
    await redirectOf(updateSourceAction(initialFormState, form({ ...fields, id, version: 1, outlet: "Reuters" })));
    await signInAs("ANALYST");
    const before = await counts();
    const state = await updateSourceAction(initialFormState, form({ ...fields, id, version: 1, notes: "my notes" }));
    expect(state).toMatchObject({
      ok: false,
      values: { notes: "my notes" },
      detail: { conflict: true, latestVersion: 2, changedBy: [first.name] },
    });
    expect(state.detail!.changes).toMatchObject({ outlet: { before: "NATO", after: "Reuters" } });
    expect(await counts()).toEqual(before);
  });
});

describe("delete and restore", () => {
  it("soft-deletes and restores with revisions", async () => {
    await signInAs("ADMIN");
    const id = await createSource();
    await redirectOf(deleteSourceAction(initialFormState, form({ id })));
    expect((await db.source.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    await redirectOf(restoreSourceAction(initialFormState, form({ id })));
    expect(await db.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null, version: 3 });
    expect((await revisionsOf("Source", id)).map((r) => r.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });

  it("refuses to delete a source cited by a published statement, but allows it for drafts only", async () => {
    await signInAs("ANALYST");
    const id = await createSource();
    const speaker = await db.person.create({ data: { name: "S", slug: `s-${n}` } });
    const statement = await db.statement.create({
      data: {
        speakerId: speaker.id,
        dateStart: "2024-01-01",
        dateEnd: "2024-01-01",
        dateSort: "2024-01-01",
        text: "Quote",
        status: "DRAFT",
        sources: { create: { sourceId: id } },
      },
    });
    await db.statement.update({ where: { id: statement.id }, data: { status: "PUBLISHED" } });
    expect(await deleteSourceAction(initialFormState, form({ id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("cited by 1 published statement"),
    });

    await db.statement.update({ where: { id: statement.id }, data: { status: "DRAFT" } });
    await redirectOf(deleteSourceAction(initialFormState, form({ id })));
    expect((await db.source.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
