import { CodedError } from '@playbook/errors/coded-error';

/** A contracts failure with a stable code, e.g. `CONTRACTS.UNKNOWN_EVENT_TYPE`. */
export class ContractsError extends CodedError {
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(code, message, 500, undefined, options);
    this.name = 'ContractsError';
  }
}
