/**
 * The one error family of the project: an error with a stable string code (`MODULE.REASON`, e.g.
 * `SPEND.PO_NOT_FOUND`, `DB.MIGRATION_CHANGED`, `CONTRACTS.UNKNOWN_EVENT_TYPE`). HTTP maps it to
 * problem+json with `status`; the bus writes `code` into dead-letter headers. It lives in its own
 * package because every layer throws it — the database and contracts packages below the bus, the
 * bus, and the service kit above it — and none of those may depend on the others for it.
 */
export class CodedError extends Error {
  readonly code: string;
  /** The HTTP status it stands for; 500 unless it is the caller's mistake. */
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: string, message: string, status = 500, details?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CodedError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export const isCodedError = (e: unknown): e is CodedError => e instanceof CodedError;
