import { describe, expect, it } from 'vitest';
import { categoryOf, type ErpVendor, erpVendorId, type KnownVendor, planErpVendor } from './erp-vendors.ts';

const erp = (over: Partial<ErpVendor> = {}): ErpVendor => ({
  internalId: '301',
  entityId: 'V-1001',
  companyName: 'Acme AV',
  email: null,
  category: 'AV',
  externalId: null,
  isInactive: false,
  ...over,
});
const ours = (over: Partial<KnownVendor> = {}): KnownVendor => ({
  vendorId: '00000000-0000-4000-8000-000000000001',
  name: 'Acme AV',
  erpSystem: null,
  erpInternalId: null,
  ...over,
});

describe('matching an ERP vendor to ours', () => {
  it('prefers the internal id linked before, even when the names differ', () => {
    const linked = ours({ name: 'Acme Audio Visual', erpSystem: 'netsuite', erpInternalId: '301' });
    expect(planErpVendor('o', 'netsuite', erp(), [ours({ vendorId: 'x' }), linked])).toEqual({
      kind: 'match',
      vendorId: linked.vendorId,
      by: 'erp-id',
    });
  });
  it('uses the external id when it names one of our vendors', () => {
    const v = ours({ name: 'Other' });
    expect(planErpVendor('o', 'netsuite', erp({ externalId: v.vendorId }), [v])).toMatchObject({ by: 'external-id' });
  });
  it('matches by name (case and spacing aside) only vendors not yet linked to another record', () => {
    expect(planErpVendor('o', 'netsuite', erp({ companyName: ' acme  av ' }), [ours()])).toMatchObject({ by: 'name' });
    const taken = ours({ erpSystem: 'netsuite', erpInternalId: '999' });
    expect(planErpVendor('o', 'netsuite', erp(), [taken])).toMatchObject({ kind: 'create' });
  });
  it('registers an unknown active vendor under an id derived from the record; skips an unknown inactive one', () => {
    const plan = planErpVendor('o', 'netsuite', erp({ companyName: 'New Co' }), [ours()]);
    expect(plan).toEqual({ kind: 'create', vendorId: erpVendorId('o', 'netsuite', '301') });
    expect(erpVendorId('o', 'netsuite', '301')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(erpVendorId('o', 'netsuite', '302')).not.toBe(erpVendorId('o', 'netsuite', '301'));
    expect(planErpVendor('o', 'netsuite', erp({ companyName: 'Gone', isInactive: true }), [])).toEqual({
      kind: 'skip',
      reason: 'inactive',
    });
  });
  it('maps categories', () => {
    expect(categoryOf('Event Staging')).toBe('event-staging');
    expect(categoryOf(null)).toBe('uncategorized');
  });
});
