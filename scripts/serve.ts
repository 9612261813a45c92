// The app's HTTP server (what `npm start` runs): Next.js behind a plain Node
// server that establishes the client's address from the socket before Next sees the request, and
// refuses a form post over the size limit that Next would only find while reading it (a 500),
// admits writes a few at a time, refusing at once those that would wait too long (a burst), and
// compresses a cached page once rather than for every reader (scripts/lib/compress-once.ts).
// `next start` alone cannot: it keeps an X-Forwarded-For the client sent itself, and route
// handlers never see the socket. See lib/http/client-address.ts.
import { createServer } from "node:http";
import { limitFormBody } from "@/lib/http/body-limit";
import { stampClientAddress, trustedProxyCount } from "@/lib/http/client-address";
import { WriteAdmission } from "@/lib/http/write-admission";
import { CompressOnce } from "./lib/compress-once";

async function main() {
  // As under `next start`; set before Next's modules load, since some read it once.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
  // This server compresses, once per version of a cached page (next.config.ts, compress-once.ts).
  Object.assign(process.env, { TRACKER_SERVER_COMPRESSES: "1" });
  const { default: next } = await import("next");
  const port = Number(process.env.PORT || 3000);
  // All interfaces, like `next start` (HOSTNAME is often the container's name, so it is not read).
  const hostname = undefined;
  const proxies = trustedProxyCount();
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const writes = new WriteAdmission();
  const compression = new CompressOnce();
  const server = createServer((request, response) => {
    stampClientAddress(request, proxies);
    limitFormBody(request, response, () =>
      writes.handle(request, response, () => compression.handle(request, response, () => void handle(request, response))),
    );
  });
  writes.watch(server);
  server.listen(port, () => {
    console.log(
      `Ready on http://localhost:${port} (client address: ${proxies === 0 ? "the connection's" : `from ${proxies} trusted ${proxies === 1 ? "proxy" : "proxies"}`})`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
