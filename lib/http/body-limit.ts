// The form-post body limit, enforced by the app's server (scripts/serve.ts) before Next.js sees the
// request. Next.js finds a body too large only while it reads it, and then answers 500; proxy.ts
// refuses a declared Content-Length over the limit, but a body sent in chunks declares none. Such a
// body is held here (at most the limit) until it has ended: over the limit, the client gets a 413 at
// once and Next never sees the request; within it, Next reads it as sent.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ACTION_BODY_LIMIT } from "./refusals";

export const BODY_TOO_LARGE = `The form is too large: at most ${ACTION_BODY_LIMIT / 1024 / 1024} MB can be sent. Nothing was saved.`;

/** Requests whose body Next.js reads as a form post: every POST except the route handlers under /api. */
function isFormPost(request: IncomingMessage): boolean {
  return request.method === "POST" && !/^\/api(\/|$)/.test(request.url ?? "/");
}

/**
 * Answers 413, in JSON for scripts and the site's words in HTML for a browser's form post. With
 * `drain`, the rest of the body is read and dropped so the client, still sending, gets the answer
 * (a closed connection would show it as a broken pipe); otherwise the connection closes after it.
 */
export function refuseTooLarge(request: IncomingMessage, response: ServerResponse, drain = false): void {
  const html = !request.headers["next-action"] && /\btext\/html\b/.test(request.headers.accept ?? "");
  const body = html
    ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Form too large</title></head>` +
      `<body><main><h1>Form too large</h1><p>${BODY_TOO_LARGE}</p><p><a href="javascript:history.back()">Go back</a></p></main></body></html>`
    : JSON.stringify({ error: { status: 413, code: "refused", message: BODY_TOO_LARGE } });
  if (drain) request.resume();
  response.writeHead(413, {
    "Content-Type": html ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...(drain ? {} : { Connection: "close" }),
  });
  response.end(body);
}

/**
 * Calls `pass` with the request once its body is known to be within `limit`, or answers 413. Bodies
 * with a Content-Length pass at once (proxy.ts and Next check the declared length); a chunked body
 * is held until its end. The bytes are intercepted where Node's HTTP parser hands them to the
 * request stream (`push`), so Next later reads the untouched request, headers, socket and all.
 */
export function limitFormBody(request: IncomingMessage, response: ServerResponse, pass: () => void, limit = ACTION_BODY_LIMIT): void {
  if (!isFormPost(request)) return pass();
  const declared = request.headers["content-length"];
  if (declared !== undefined) {
    // A declared body up to a few times the limit is read and dropped; a larger one is cut off.
    if (Number(declared) > limit) return refuseTooLarge(request, response, Number(declared) <= 4 * limit);
    return pass();
  }
  if (request.complete) return pass();

  const push = request.push.bind(request);
  const held: Buffer[] = [];
  let received = 0;
  let refused = false;
  request.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk === null) {
      request.push = push;
      if (refused) return push(null);
      for (const part of held) push(part);
      const ended = push(null);
      // Out of the HTTP parser's callback before Next starts on the request.
      queueMicrotask(pass);
      return ended;
    }
    if (refused) return true; // the answer is sent; the rest is dropped unread
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
    received += bytes.length;
    if (received > limit) {
      refused = true;
      held.length = 0;
      refuseTooLarge(request, response);
      return true;
    }
    held.push(bytes);
    return true;
  };
}
