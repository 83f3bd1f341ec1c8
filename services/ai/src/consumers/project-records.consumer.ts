import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as events from '../projections/events.commands.ts';
import * as spend from '../projections/spend.commands.ts';
import * as vendors from '../projections/vendors.commands.ts';

// Facts the AI module only records in its projections (no run follows them).
export const projectRecords = [
  on<Tx, 'vendors.VendorRegistered'>('record-vendor-when-registered', 'vendors.VendorRegistered', (e, { tx }) =>
    vendors.vendor(tx, e),
  ),
  on<Tx, 'vendors.VendorUpdated'>('record-vendor-when-updated', 'vendors.VendorUpdated', (e, { tx }) =>
    vendors.vendor(tx, e),
  ),
  on<Tx, 'vendors.RateCardPublished'>('record-rate-card-when-published', 'vendors.RateCardPublished', (e, { tx }) =>
    vendors.rateCard(tx, e),
  ),
  on<Tx, 'vendors.EngagementCompleted'>(
    'record-completion-when-engagement-completed',
    'vendors.EngagementCompleted',
    (e, { tx }) => vendors.completed(tx, e),
  ),
  on<Tx, 'vendors.VendorRated'>('record-rating-when-vendor-rated', 'vendors.VendorRated', (e, { tx }) =>
    vendors.rated(tx, e),
  ),
  on<Tx, 'vendors.EngagementCancelled'>(
    'record-status-when-engagement-cancelled',
    'vendors.EngagementCancelled',
    (e, { tx }) => vendors.cancelled(tx, e),
  ),
  on<Tx, 'spend.PurchaseOrderCancelled'>(
    'record-status-when-po-cancelled',
    'spend.PurchaseOrderCancelled',
    (e, { tx }) => spend.cancelled(tx, e),
  ),
  on<Tx, 'spend.PurchaseOrderRejected'>(
    'record-rejection-when-po-rejected',
    'spend.PurchaseOrderRejected',
    (e, { tx }) => spend.rejected(tx, e),
  ),
  on<Tx, 'events.EventCreated'>('record-event-when-created', 'events.EventCreated', (e, { tx }) =>
    events.created(tx, e),
  ),
  on<Tx, 'events.EventStatusChanged'>(
    'record-status-when-event-status-changed',
    'events.EventStatusChanged',
    (e, { tx }) => events.statusChanged(tx, e),
  ),
  on<Tx, 'events.EventCancelled'>('record-status-when-event-cancelled', 'events.EventCancelled', (e, { tx }) =>
    events.cancelled(tx, e),
  ),
];
