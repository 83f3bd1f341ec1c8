/**
 * An error with a stable string code (`MODULE.REASON`) that HTTP maps to problem+json and the bus
 * writes into dead-letter headers. `status` is the HTTP status it stands for.
 */
export class CodedError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: string, message: string, status = 500, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export const isCodedError = (e: unknown): e is CodedError => e instanceof CodedError;
