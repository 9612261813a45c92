// The SQLite client keeps other requests' work out of an open transaction: a write made meanwhile
// survives that transaction's rollback, and a read made meanwhile does not see its uncommitted rows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FifoLock } from "./sqlite-connections";

/** A promise with its resolver, to hold a transaction open until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("the SQLite client's connections", () => {
  it("keeps a write made during another request's transaction when that transaction rolls back", async () => {
    const inside = gate();
    const finish = gate();
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.topic.create({ data: { name: "Rolled back topic", slug: "rolled-back-topic", proposition: "p" } });
        inside.open();
        await finish.opened;
        throw new Error("abandon");
      })
      .catch((error: Error) => error.message);

    await inside.opened;
    // Another request: a read while the transaction is open sees committed data only.
    expect(await db.topic.findUnique({ where: { slug: "rolled-back-topic" } })).toBeNull();
    // Another request's write: it must not become part of the open transaction.
    const write = db.topic.create({ data: { name: "Independent topic", slug: "independent-topic", proposition: "p" } });
    finish.open();
    expect(await rolledBack).toBe("abandon");
    await write;

    expect(await db.topic.findUnique({ where: { slug: "independent-topic" } })).not.toBeNull();
    expect(await db.topic.findUnique({ where: { slug: "rolled-back-topic" } })).toBeNull();
  });

  it("reads what a committed transaction wrote, at once", async () => {
    await db.$transaction(async (tx) => {
      await tx.topic.create({ data: { name: "Committed topic", slug: "committed-topic", proposition: "p" } });
    });
    expect(await db.topic.findUnique({ where: { slug: "committed-topic" } })).not.toBeNull();
  });
});

describe("FifoLock", () => {
  it("hands the lock out in the order it was asked for, one holder at a time", async () => {
    const lock = new FifoLock();
    const order: string[] = [];
    const first = await lock.acquire();
    const second = lock.acquire().then((release) => {
      order.push("second");
      release();
    });
    const third = lock.acquire().then((release) => {
      order.push("third");
      release();
    });
    order.push("first");
    first();
    await Promise.all([second, third]);
    expect(order).toEqual(["first", "second", "third"]);
  });
});
