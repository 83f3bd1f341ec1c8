/** A database-layer failure with a stable string code (`DB.REASON`), also at the start of the message. */
export class DbError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'DbError';
    this.code = code;
  }
}
