import type { Queryable } from '@playbook/db/client';

export interface UploadRecord {
  deliveryId: string;
  contractId: string;
  documentId: string;
  fileId: string;
  folderId: string;
  name: string;
  sha1: string;
  sizeBytes: number;
  reused: boolean;
}

export async function recordUpload(db: Queryable, u: UploadRecord) {
  await db`insert into box_uploads (delivery_id, contract_id, document_id, file_id, folder_id, name, sha1, size_bytes, reused)
           values (${u.deliveryId}, ${u.contractId}, ${u.documentId}, ${u.fileId}, ${u.folderId}, ${u.name}, ${u.sha1},
                   ${u.sizeBytes}, ${u.reused})
           on conflict do nothing`;
}
