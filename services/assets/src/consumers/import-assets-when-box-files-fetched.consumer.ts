import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { importBoxAssets } from '../assets/box-import.commands.ts';

/** Files of Box's assets folder that name an event become its assets, and their new content new versions. */
export const importAssetsWhenBoxFilesFetched = on<Tx, 'integrations.box.BoxFilesFetched'>(
  'import-assets-when-box-files-fetched',
  'integrations.box.BoxFilesFetched',
  async (e, { tx, publisher }) => void (await importBoxAssets(tx, publisher, e)),
);
