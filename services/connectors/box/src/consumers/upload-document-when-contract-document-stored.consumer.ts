import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import type { BoxApi } from '../box-api.ts';
import { uploadContractDocument } from '../uploads/uploads.commands.ts';

/** A contract document recorded in the Playbook is stored in Box's upload folder. */
export const uploadDocumentWhenContractDocumentStored = (api: BoxApi, folderId: string) =>
  on<Tx, 'contracts.ContractDocumentStored'>(
    'upload-document-when-contract-document-stored',
    'contracts.ContractDocumentStored',
    async (e, { tx, publisher }) => void (await uploadContractDocument(tx, publisher, api, folderId, e)),
  );
