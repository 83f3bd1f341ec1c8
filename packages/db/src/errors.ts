import { CodedError } from '@playbook/errors/coded-error';

/** A database-layer failure (`DB.REASON`), with the code also at the start of the message. */
export class DbError extends CodedError {
  constructor(code: string, message: string) {
    super(code, `${code}: ${message}`);
    this.name = 'DbError';
  }
}
