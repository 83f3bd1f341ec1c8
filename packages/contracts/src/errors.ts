/** An error with a stable string code, e.g. `CONTRACTS.UNKNOWN_EVENT_TYPE`. */
export class ContractsError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContractsError';
    this.code = code;
  }
}
