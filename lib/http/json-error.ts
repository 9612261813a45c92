// The one shape every route answers a refusal with: { error: { status, code, message } }.
export function jsonError(status: 400 | 404 | 501, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: { status, code, message } },
    { status, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*", ...headers } },
  );
}

export const notFoundJson = (message: string) => jsonError(404, "not_found", message);
