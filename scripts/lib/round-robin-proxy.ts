// A small HTTP reverse proxy for tests and benchmarks of several app instances: each request goes
// to the next upstream in turn (as nginx's default round robin), with the client's address appended
// to X-Forwarded-For and the Host kept, so the instances see what they would behind nginx.
// A test may pin the next requests to one upstream to make a page come from one instance and its
// form post go to the other.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";

export interface ProxiedRequest {
  method: string;
  path: string;
  /** Index of the upstream that answered. */
  upstream: number;
  status: number;
  /** Whether it was a server action post (Next sends the action's id in `Next-Action`). */
  action: boolean;
}

export interface RoundRobinProxy {
  readonly url: string;
  /** Every request proxied so far, in the order they were answered. */
  readonly log: ProxiedRequest[];
  /** Sends every request to this upstream until unpinned (null: round robin again). */
  pin(upstream: number | null): void;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(upstreams: string[], port = 0): Promise<RoundRobinProxy> {
  if (upstreams.length === 0) throw new Error("A proxy needs at least one upstream.");
  const targets = upstreams.map((upstream) => new URL(upstream));
  const log: ProxiedRequest[] = [];
  let next = 0;
  let pinned: number | null = null;

  const server: Server = createServer((incoming: IncomingMessage, outgoing) => {
    const index = pinned ?? next++ % targets.length;
    const target = targets[index]!;
    const forwardedFor = [incoming.headers["x-forwarded-for"], incoming.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, "x-forwarded-for": forwardedFor },
      },
      (response) => {
        log.push({
          method: incoming.method ?? "GET",
          path: incoming.url ?? "/",
          upstream: index,
          status: response.statusCode ?? 0,
          action: incoming.headers["next-action"] !== undefined,
        });
        outgoing.writeHead(response.statusCode ?? 502, response.statusMessage, response.rawHeaders);
        response.pipe(outgoing);
      },
    );
    upstream.on("error", (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { "Content-Type": "text/plain" });
      outgoing.end(`Upstream ${target.host} failed: ${error.message}`);
    });
    incoming.pipe(upstream);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("The proxy has no address.");
  return {
    url: `http://127.0.0.1:${address.port}`,
    log,
    pin(upstream) {
      if (upstream !== null && !targets[upstream]) throw new Error(`No upstream ${upstream}.`);
      pinned = upstream;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
