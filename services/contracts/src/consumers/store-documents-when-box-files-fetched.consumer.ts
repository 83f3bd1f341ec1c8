import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { importBoxDocuments } from '../documents/box-import.commands.ts';

/** Files of Box's contracts folder that name a contract become its document versions. */
export const storeDocumentsWhenBoxFilesFetched = on<Tx, 'integrations.box.BoxFilesFetched'>(
  'store-documents-when-box-files-fetched',
  'integrations.box.BoxFilesFetched',
  async (e, { tx, publisher }) => void (await importBoxDocuments(tx, publisher, e)),
);
