import type { Subscription } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { indexFact } from '../documents/documents.commands.ts';
import { indexedTypes } from '../domain/records.ts';

/** The name is part of the inbox key: a rebuild forgets the inbox rows under it. */
export const INDEX_CONSUMER = 'index-every-record';

/** Every fact that creates, changes or removes a searchable record of any module → the index. */
export function indexEveryRecord(): Subscription<Tx> {
  return { name: INDEX_CONSUMER, types: indexedTypes(), handle: (e, { tx }) => indexFact(tx, e) };
}
