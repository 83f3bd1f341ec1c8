import { CodedError } from '@playbook/errors/coded-error';

/** The pending list pages by (requested_at, id): the cursor is both, opaque to callers. */
export const encodeCursor = (at: Date, id: string) =>
  Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const date = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad');
    return { at: date, id };
  } catch {
    throw new CodedError('APPROVALS.BAD_CURSOR', 'The cursor is not one this service gave out.', 400);
  }
}
