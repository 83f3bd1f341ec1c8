import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as spend from '../projections/spend.commands.ts';

export const reviewPoWhenPoRaised = on<Tx, 'spend.PurchaseOrderRaised'>(
  spend.REVIEW_RAISED_PO,
  'spend.PurchaseOrderRaised',
  (e, { tx, publisher }) => spend.raised(tx, publisher, e),
);

export const reviewPoWhenPoApproved = on<Tx, 'spend.PurchaseOrderApproved'>(
  spend.REVIEW_APPROVED_PO,
  'spend.PurchaseOrderApproved',
  (e, { tx, publisher }) => spend.approved(tx, publisher, e),
);

export const reviewChargeWhenCardTransactionImported = on<Tx, 'spend.CardTransactionImported'>(
  spend.REVIEW_CARD_CHARGE,
  'spend.CardTransactionImported',
  (e, { tx, publisher }) => spend.cardCharge(tx, publisher, e),
);
