// A byte stream made from batches of records, pulled one batch at a time: the next batch is only
// loaded when the reader (in the end the client's connection) has taken the previous one, so an
// export's memory stays at about one batch however many records it has.
export interface BatchEncoder<T> {
  head: string;
  /** The batch's text in pieces (a line or a few): they go out in chunks of about CHUNK_SIZE. */
  batch: (records: T[], first: boolean) => Iterable<string>;
  tail: (count: number) => string;
}

/** Bytes are sent in chunks of about this many characters rather than one large string per batch. */
export const CHUNK_SIZE = 32 * 1024;

export function streamBatches<T>(batches: AsyncIterable<T[]>, encoder: BatchEncoder<T>): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let count = 0;
  let headSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headSent) {
          headSent = true;
          if (encoder.head) {
            controller.enqueue(bytes.encode(encoder.head));
            return;
          }
        }
        const next = await iterator.next();
        if (next.done) {
          const tail = encoder.tail(count);
          if (tail) controller.enqueue(bytes.encode(tail));
          controller.close();
          return;
        }
        let chunk = "";
        for (const piece of encoder.batch(next.value, count === 0)) {
          chunk += piece;
          if (chunk.length >= CHUNK_SIZE) {
            controller.enqueue(bytes.encode(chunk));
            chunk = "";
          }
        }
        if (chunk) controller.enqueue(bytes.encode(chunk));
        count += next.value.length;
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    // Nothing is read ahead of the consumer.
    { highWaterMark: 0 },
  );
}
