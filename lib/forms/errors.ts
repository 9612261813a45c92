// Errors a user can act on. Anything else is unexpected: logged, and shown as a generic message.
import type { FieldErrors } from "./state";

export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export class NotFoundError extends ExpectedError {
  constructor(what: string) {
    super(`${what} was not found. It may have been removed.`);
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record after the user opened it. */
export class ConflictError extends ExpectedError {
  constructor(message: string, detail?: Record<string, unknown>) {
    super(message, undefined, detail);
    this.name = "ConflictError";
  }
}

export class AuthorizationError extends ExpectedError {
  constructor(message = "You are not allowed to do this.") {
    super(message);
    this.name = "AuthorizationError";
  }
}
