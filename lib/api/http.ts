// JSON responses for the read API: open CORS (the data is public and nothing here reads cookies),
// errors in one shape, and unexpected failures logged and answered with a generic 500.
import { ApiError } from "./errors";
import type { ApiErrorBody } from "./schemas";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Max-Age": "86400",
};

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = {
    error: { status: error.status, code: error.code, message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) },
  };
  return jsonResponse(body, error.status);
}

/** Runs a handler, turning expected errors into their JSON answer. */
export async function apiHandler(handler: () => Promise<unknown>): Promise<Response> {
  try {
    return jsonResponse(await handler());
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    console.error("API request failed:", error);
    return errorResponse(new ApiError(500, "internal_error", "Something went wrong on the server."));
  }
}

/** The CORS preflight answer. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
