import { type Mappers, spoken, words } from './changes.ts';

/** Vendors and rate cards (the org-wide catalog) and engagements (at an event). */
export const vendorsRecords: Mappers = {
  'vendors.VendorRegistered': ({ scope, payload: p }) => vendorChanges(scope.orgId, p),
  'vendors.VendorUpdated': ({ scope, payload: p }) => vendorChanges(scope.orgId, p),
  'vendors.RateCardPublished': ({ scope, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'rate_card',
        id: p.rateCardId,
        orgId: scope.orgId,
        clientId: null,
        eventId: null,
        catalog: true,
        title: `Rate card ${p.currency} from ${p.validFrom}`,
        body: words(...p.lines.map((l) => `${spoken(l.serviceLine)} per ${l.unit}`)),
        status: 'published',
        onDate: p.validFrom,
        vendorId: p.vendorId,
      },
    },
  ],
  'vendors.VendorEngaged': ({ scope, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'engagement',
        id: p.engagementId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: `${spoken(p.serviceLine)} × ${p.quantity} ${p.unit}`,
        body: words(p.notes),
        status: 'active',
        onDate: p.startsOn,
        vendorId: p.vendorId,
        vendorName: p.vendorName,
      },
    },
  ],
  'vendors.EngagementAmended': ({ payload: p }) => [
    {
      kind: 'patch',
      type: 'engagement',
      id: p.engagementId,
      set: { title: `${spoken(p.serviceLine)} × ${p.quantity} ${p.unit}`, onDate: p.startsOn },
    },
  ],
  'vendors.EngagementCancelled': ({ payload: p }) => [
    { kind: 'patch', type: 'engagement', id: p.engagementId, set: { status: 'cancelled' } },
  ],
  'vendors.EngagementCompleted': ({ payload: p }) => [
    { kind: 'patch', type: 'engagement', id: p.engagementId, set: { status: 'completed' } },
  ],
};

function vendorChanges(
  orgId: string,
  p: { vendorId: string; name: string; category: string; email?: string | null | undefined },
): ReturnType<NonNullable<Mappers['vendors.VendorRegistered']>> {
  return [
    {
      kind: 'put',
      doc: {
        type: 'vendor',
        id: p.vendorId,
        orgId,
        clientId: null,
        eventId: null,
        catalog: true,
        title: p.name,
        body: words(spoken(p.category), p.email),
        status: null,
        onDate: null,
        vendorId: p.vendorId,
      },
    },
    { kind: 'name', what: 'vendor', id: p.vendorId, orgId, name: p.name },
  ];
}
