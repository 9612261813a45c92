// The read API's expected failures. Each becomes a JSON body { error: { status, code, message } }
// with the matching HTTP status (lib/api/http.ts).
export type ApiErrorCode = "invalid_parameter" | "unknown_parameter" | "invalid_cursor" | "not_found" | "gone" | "internal_error";

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 410 | 500,
    readonly code: ApiErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const invalidParameter = (parameter: string, message: string) => new ApiError(400, "invalid_parameter", message, parameter);
