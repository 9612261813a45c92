import { createServer } from "node:net";

/** Whether `port` (0: any) can be listened on now; resolves with the port taken, or null. */
function tryListen(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.on("error", () => resolve(null));
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : null));
    });
  });
}

let nextInRange = 0;

/**
 * A free port on loopback. `PORT_RANGE=3500-3599` keeps the benchmarks and test servers to that
 * range (machines shared by several people each given their own); without it, any port the system
 * hands out. Ports in a range are handed out in turn, so two callers in a row get different ones.
 */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.PORT_RANGE ?? "");
  if (!range) {
    const port = await tryListen(0);
    if (port === null) throw new Error("no port");
    return port;
  }
  const [first, last] = [Number(range[1]), Number(range[2])];
  const size = last - first + 1;
  for (let tried = 0; tried < size; tried++) {
    const offset = (nextInRange + tried) % size;
    if ((await tryListen(first + offset)) !== null) {
      nextInRange = offset + 1;
      return first + offset;
    }
  }
  throw new Error(`No free port in PORT_RANGE ${process.env.PORT_RANGE}`);
}
