import { describe as describeEvent, type EventDescriptor } from '@playbook/contracts/catalog';
import { describe, expect, it } from 'vitest';
import { messageKeyOf } from '../src/asyncapi/message-key.ts';

/** A descriptor whose payload has the given fields (only what messageKeyOf reads). */
const withFields = (fields: { name: string; doc?: string }[]) =>
  ({ schema: { fields: [{ name: 'payload', type: { type: 'record', fields } }] } }) as unknown as EventDescriptor;

describe('the Kafka key of an event, as its schema documents it', () => {
  it('is the field documented as "(the Kafka message key)"', () => {
    expect(messageKeyOf(describeEvent('vendors.VendorEngaged')).field).toBe('vendorId');
    expect(messageKeyOf(describeEvent('spend.PurchaseOrderRaised')).field).toBe('purchaseOrderId');
  });

  it('follows a field that says which other field the key is', () => {
    const pointsAtBudget = withFields([
      { name: 'lineId', doc: 'The BOM line (the Kafka message key is the budget id).' },
      { name: 'budgetId', doc: 'The budget.' },
    ]);
    expect(messageKeyOf(pointsAtBudget)).toEqual({ field: 'budgetId', description: 'The budget.' });
    const pointsNowhere = withFields([{ name: 'lineId', doc: 'A line (the Kafka message key is the venue id).' }]);
    expect(messageKeyOf(pointsNowhere)).toEqual({ field: null, description: 'the venue id' });
  });

  it('says so when no field is documented as the key', () => {
    expect(messageKeyOf(withFields([{ name: 'id', doc: 'An id.' }])).field).toBeNull();
  });
});
