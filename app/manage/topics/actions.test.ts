// Guards and behaviour of the topic actions: only signed-in, active staff can write; missing
// propositions, duplicate slugs and stale versions are refused with nothing stored; writes leave
// field-level revisions; delete is soft, restorable, and refused while published stances use it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/state";
import { form, idFromEditPath, NOT_SIGNED_IN, redirectOf, revisionsOf } from "@/lib/records/action-testing";
import { revalidated } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import { createTopicAction, deleteTopicAction, restoreTopicAction, updateTopicAction } from "./actions";

const counts = async () => ({ topics: await db.topic.count(), revisions: await db.revision.count() });
let n = 0;
const topicFields = (extra: Record<string, string | number> = {}) => ({
  name: `Defence spending ${++n}`,
  slug: "",
  description: "",
  proposition: "NATO allies should spend at least 5% of GDP on defence",
  ...extra,
});
const createTopic = async (extra: Record<string, string | number> = {}) =>
  idFromEditPath(await redirectOf(createTopicAction(initialFormState, form(topicFields(extra)))));

beforeEach(() => {
  signOut();
  revalidated.length = 0;
});

describe("topics", () => {
  it("refuses anonymous callers and disabled accounts, and writes nothing", async () => {
    await signInAs("ANALYST");
    const id = await createTopic();
    const deletedId = await createTopic();
    await redirectOf(deleteTopicAction(initialFormState, form({ id: deletedId })));
    revalidated.length = 0;
    const before = await counts();
    for (const signIn of [async () => signOut(), async () => void (await signInAs("ADMIN", { disabled: true }))]) {
      await signIn();
      expect(await createTopicAction(initialFormState, form(topicFields()))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await updateTopicAction(initialFormState, form({ ...topicFields(), id, version: 1 }))).toMatchObject({
        ok: false,
        message: NOT_SIGNED_IN,
      });
      expect(await deleteTopicAction(initialFormState, form({ id }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await restoreTopicAction(initialFormState, form({ id: deletedId }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
    }
    expect(await counts()).toEqual(before);
    expect(revalidated).toEqual([]);
  });

  it.each(["ANALYST", "ADMIN"] as const)("lets an active %s create a topic and reword its proposition, with revisions", async (role) => {
    const user = await signInAs(role);
    const id = await createTopic();
    const topic = await db.topic.findUniqueOrThrow({ where: { id } });
    expect(topic.slug).toBe(`defence-spending-${n}`);
    await redirectOf(
      updateTopicAction(
        initialFormState,
        form({ ...topicFields({ name: topic.name, slug: topic.slug, proposition: "Allies should spend 3.5%" }), id, version: 1 }),
      ),
    );
    const revisions = await revisionsOf("Topic", id);
    expect(revisions.map((r) => [r.action, r.actorId])).toEqual([
      ["CREATE", user.id],
      ["UPDATE", user.id],
    ]);
    expect(revisions[1]!.changes).toEqual({
      proposition: { before: "NATO allies should spend at least 5% of GDP on defence", after: "Allies should spend 3.5%" },
    });
  });

  it("requires a name and a proposition, echoing the values; stores nothing", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const state = await createTopicAction(initialFormState, form({ name: "", slug: "bad slug", proposition: " ", description: "kept" }));
    expect(state).toMatchObject({ ok: false, values: { description: "kept", slug: "bad slug" } });
    expect(state.fieldErrors).toMatchObject({
      name: ["Enter the topic's name."],
      proposition: ["Enter the proposition stances are measured against."],
      slug: [expect.any(String)],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a slug another topic holds", async () => {
    await signInAs("ANALYST");
    await createTopic({ name: "Sanctions", slug: "sanctions" });
    const before = await counts();
    const state = await createTopicAction(initialFormState, form(topicFields({ slug: "sanctions" })));
    expect(state.fieldErrors).toEqual({ slug: ["Another topic already uses this slug: Sanctions."] });
    expect(await counts()).toEqual(before);
  });

  it("refuses a stale version, listing the other person's changes", async () => {
    await signInAs("ANALYST");
    const id = await createTopic();
    const topic = await db.topic.findUniqueOrThrow({ where: { id } });
    await redirectOf(
      updateTopicAction(
        initialFormState,
        form({ ...topicFields({ name: topic.name, slug: topic.slug, description: "New" }), id, version: 1 }),
      ),
    );
    const state = await updateTopicAction(initialFormState, form({ ...topicFields({ name: "Mine", slug: topic.slug }), id, version: 1 }));
    expect(state).toMatchObject({
      ok: false,
      detail: { conflict: true, latestVersion: 2, changes: { description: { before: "", after: "New" } } },
      values: { name: "Mine" },
    });
  });

  it("soft-deletes and restores, but refuses while published stances use the topic", async () => {
    await signInAs("ANALYST");
    const id = await createTopic();
    const speaker = await db.person.create({ data: { name: "T", slug: `t-${n}` } });
    const statement = await db.statement.create({
      data: {
        speakerId: speaker.id,
        dateStart: "2025-01-01",
        dateEnd: "2025-01-01",
        dateSort: "2025-01-01",
        text: "Q",
        status: "PUBLISHED",
        stances: { create: { topicId: id, stance: "FOR" } },
      },
    });
    expect(await deleteTopicAction(initialFormState, form({ id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("stances on 1 published statement"),
    });
    await db.statement.update({ where: { id: statement.id }, data: { deletedAt: new Date() } });
    await redirectOf(deleteTopicAction(initialFormState, form({ id })));
    await redirectOf(restoreTopicAction(initialFormState, form({ id })));
    expect(await db.topic.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null, version: 3 });
    expect((await revisionsOf("Topic", id)).map((r) => r.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });
});
