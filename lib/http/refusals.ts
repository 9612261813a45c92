// Requests the app refuses before routing, in proxy.ts, so that Next.js never turns them into a
// 500: a path with an invalid percent-escape (Next fails decoding it), a server-action POST from
// another site (Next throws on the Origin check), a body over the action limit (Next throws while
// reading it) and a multipart body without a boundary (Next throws parsing it). Each answers with
// its 4xx: JSON for routes under /api, /export and /feeds, the site's own page otherwise.

/** The server-action body limit (next.config.ts), in bytes. */
export const ACTION_BODY_LIMIT = 3 * 1024 * 1024;

export interface Refusal {
  status: 400 | 403 | 413 | 415;
  message: string;
}

export interface IncomingRequest {
  method: string;
  /** The path as sent, percent-escapes and all. */
  rawPath: string;
  headers: Headers;
}

function validEscapes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether a request's Origin, if it has one, is this site. */
export function sameSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function refusalFor({ method, rawPath, headers }: IncomingRequest): Refusal | null {
  if (!validEscapes(rawPath)) return { status: 400, message: "The address has an invalid percent-escape (such as %FF)." };
  if (method !== "POST") return null;
  const contentType = (headers.get("content-type") ?? "").toLowerCase();
  const isAction = headers.has("next-action");
  if (isAction && !sameSite(headers)) return { status: 403, message: "Forms of this site can only be sent from this site." };
  const length = Number(headers.get("content-length") ?? 0);
  if (isAction && length > ACTION_BODY_LIMIT)
    return { status: 413, message: `The form is too large: at most ${ACTION_BODY_LIMIT / 1024 / 1024} MB can be sent.` };
  if (contentType.startsWith("multipart/form-data") && !/;\s*boundary=("?)[^";]{1,70}\1/.test(contentType)) {
    return { status: 400, message: "The form's body is malformed (multipart without a boundary)." };
  }
  if (isAction && contentType && !/^(multipart\/form-data|text\/plain|application\/x-www-form-urlencoded)\b/.test(contentType)) {
    return { status: 415, message: "Forms are sent as multipart/form-data or text/plain." };
  }
  return null;
}

/**
 * A multipart server-action body that Next.js could not parse (it answers 500). Reads a copy, and
 * only of a body whose declared length is within the limit (refusalFor checked it): a body sent
 * without a Content-Length is left to Next.js (see README, "Refusals").
 */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  if (request.method !== "POST" || !request.headers.has("next-action") || !request.headers.has("content-length")) return null;
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return null;
  try {
    await request.clone().formData();
    return null;
  } catch {
    return { status: 400, message: "The form's body is malformed (multipart that does not parse)." };
  }
}

/** Route handlers answer in JSON; pages with the site's own pages. */
export const wantsJson = (path: string) => /^\/(api|export|feeds)\//.test(path) || /\.(json|jsonld|csv|atom|pdf)$/.test(path);
