import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import { deliverOnce } from '@playbook/connector-kit/outbound';
import type { Tx } from '@playbook/db/client';
import type { BoxApi } from '../box-api.ts';
import { documentRecord, isPlaybookOwn } from '../domain/document-record.ts';
import { ACTOR } from '../sync.ts';
import { recordUpload } from './uploads.store.ts';

/**
 * Stores a contract document the Playbook recorded in Box, once: the upload preflight looks the
 * file up by its (deterministic) name first, and an upload answered 409 item_name_in_use is taken
 * as stored already. Documents that came from Box are not uploaded back. Records the upload and
 * publishes BoxDocumentStored; a failure left after the client's retries throws, so the bus retries
 * the message and then dead-letters it with the reason.
 */
export async function uploadContractDocument(
  tx: Tx,
  publisher: Publisher,
  api: BoxApi,
  folderId: string,
  e: EnvelopeOf<'contracts.ContractDocumentStored'>,
): Promise<'uploaded' | 'reused' | 'not-ours'> {
  const p = e.payload;
  if (!isPlaybookOwn(p)) return 'not-ours';
  const { name, content } = documentRecord(p);
  const deliveryId = handlerMessageId(e.messageId, 'upload-document-to-box', 'box');
  const { result, reused } = await deliverOnce({
    key: deliveryId,
    lookup: () => api.preflight(folderId, name, content.length),
    create: () => api.upload(folderId, name, content),
  });
  const wasThere = reused || result.existed;
  await recordUpload(tx, {
    deliveryId,
    contractId: p.contractId,
    documentId: p.documentId,
    fileId: result.id,
    folderId,
    name: result.name,
    sha1: result.sha1,
    sizeBytes: result.size,
    reused: wasThere,
  });
  await publisher.publish({
    type: 'integrations.box.BoxDocumentStored',
    key: p.contractId,
    scope: e.scope,
    actor: ACTOR,
    counts: { affected: 1, bytes: content.length },
    rules: [{ name: 'box.upload', parameters: { folderId, lookedUpFirst: 'preflight', content: 'record' } }],
    payload: {
      deliveryId,
      contractId: p.contractId,
      documentId: p.documentId,
      version: p.version,
      boxFileId: result.id,
      boxFolderId: folderId,
      name: result.name,
      sha1: result.sha1,
      sizeBytes: result.size,
      content: 'record',
      reused: wasThere,
    },
  });
  return wasThere ? 'reused' : 'uploaded';
}
