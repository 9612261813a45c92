// Guards the form-post body limit in front of Next.js: a body over the limit sent in chunks (no
// Content-Length, which Next would answer with a 500 after reading 3 MB) gets a 413 with a message
// and never reaches the app; a body within the limit reaches it byte for byte. A real Node HTTP
// server and client on loopback, with the app replaced by a handler that reads the body.
import { once } from "node:events";
import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_TOO_LARGE, limitFormBody } from "./body-limit";

const LIMIT = 64 * 1024;
let server: http.Server;
let base: string;
const reached: string[] = [];

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    limitFormBody(
      request,
      response,
      () => {
        reached.push(`${request.method} ${request.url}`);
        void readAll(request).then((body) => {
          response.writeHead(200, { "content-type": "text/plain" });
          response.end(`${body.length}:${fingerprint(body)}`);
        });
      },
      LIMIT,
    );
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A cheap fingerprint of the bytes the app read, so reordering or loss shows. */
function fingerprint(body: Buffer): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + body[i]!) >>> 0;
  return sum;
}

/** Sends `chunks` with chunked transfer encoding (no Content-Length) and reads the answer. */
function postChunked(path: string, chunks: Buffer[], headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const request = http.request(
      `${base}${path}`,
      { method: "POST", headers: { "transfer-encoding": "chunked", ...headers } },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () =>
          resolve({ status: response.statusCode!, type: String(response.headers["content-type"]), body: Buffer.concat(parts).toString() }),
        );
      },
    );
    // The server may close the connection before the client has sent everything: that is the point.
    request.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    const write = (i: number): void => {
      if (i === chunks.length) return void request.end();
      if (request.destroyed) return;
      request.write(chunks[i], () => write(i + 1));
    };
    write(0);
  });
}

const bytes = (size: number, seed: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + seed) % 251));

describe("limitFormBody", () => {
  it("answers 413 in JSON to a chunked action body over the limit, before the app sees it", async () => {
    reached.length = 0;
    const chunks = Array.from({ length: 40 }, (_, i) => bytes(4096, i)); // 160 KiB in 4 KiB chunks
    const answer = await postChunked("/manage/statements/new", chunks, { "next-action": "abc123", "content-type": "text/plain" });
    expect(answer.status).toBe(413);
    expect(answer.type).toMatch(/application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ error: { status: 413, code: "refused", message: BODY_TOO_LARGE } });
    expect(reached).toEqual([]);
  });

  it("answers a browser's chunked form post over the limit with an HTML page", async () => {
    reached.length = 0;
    const answer = await postChunked("/manage/import", [bytes(LIMIT + 1, 3)], {
      accept: "text/html,application/xhtml+xml",
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(answer.status).toBe(413);
    expect(answer.type).toMatch(/text\/html/);
    expect(answer.body).toContain(BODY_TOO_LARGE);
    expect(reached).toEqual([]);
  });

  it("hands a chunked body within the limit to the app unchanged", async () => {
    reached.length = 0;
    const chunks = [bytes(1000, 1), bytes(30_000, 2), bytes(1, 3), bytes(LIMIT - 31_001, 4)];
    const whole = Buffer.concat(chunks);
    const answer = await postChunked("/manage/statements/new", chunks, { "next-action": "abc123" });
    expect(answer).toMatchObject({ status: 200, body: `${LIMIT}:${fingerprint(whole)}` });
    expect(reached).toEqual(["POST /manage/statements/new"]);
  });

  it("refuses a declared Content-Length over the limit, and leaves route handlers and reads to the app", async () => {
    reached.length = 0;
    // The client, still sending the body it declared, gets the answer (the body is read and dropped).
    const sent = await new Promise<number>((resolve, reject) => {
      const body = bytes(2 * LIMIT, 6);
      const request = http.request(`${base}/login`, { method: "POST", headers: { "content-length": String(body.length) } }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      request.on("error", reject);
      request.end(body);
    });
    expect(sent).toBe(413);
    const api = await postChunked("/api/auth/session", [bytes(LIMIT + 10, 5)]);
    expect(api.status).toBe(200);
    const get = await fetch(`${base}/topics`);
    expect(get.status).toBe(200);
    expect(reached).toEqual(["POST /api/auth/session", "GET /topics"]);
  });
});
