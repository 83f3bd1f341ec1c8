import type { Permission, ScopeKind } from '@playbook/service-kit/permissions';

/**
 * What every route of every module needs, from the permission matrix of DOMAIN-CATALOG.md (as
 * packages/service-kit/src/auth/permissions.ts encodes it). One entry per operationId: a route
 * the modules serve without an entry here fails the permission-matrix test.
 *
 * - `permission` / `at`: what the route authorizes, and the scope of the record the harness aims
 *   it at (the demo client's or event's records, or the organization's).
 * - `kind`:
 *   - `record`: a record named in the path or body; a caller of another organization gets 404
 *     (it may not know the record exists), one of this organization without the permission 403.
 *   - `own-org`: acts in the caller's own organization (invite a user, register a vendor): another
 *     organization's admin is allowed there, and never sees or changes ours.
 *   - `list`: a list that filters instead of refusing: always 200; it holds the arranged record
 *     (`shows`) exactly when the caller may read it.
 * - `consumes`: a later allowed call may find the record gone or changed (404/409 count as allowed).
 * - `body` / `query`: a valid request, from the arranged records.
 */
export type Records = Record<string, string>;
export interface Expectation {
  permission: Permission;
  at: ScopeKind;
  kind: 'record' | 'own-org' | 'list';
  shows?: string;
  consumes?: boolean;
  /**
   * Who reads beyond the grant's own scope: `any-member` — organization reference data (vendors,
   * work templates) any member with a grant reads; `event-grants` — a client is visible through a
   * grant on any of its events (access.ts `clientThroughEventGrants`).
   */
  readers?: 'any-member' | 'event-grants';
  /** The body names a record of ours: another organization gets 404. */
  refers?: boolean;
  /**
   * The path names what every organization has (a connector, by its system): another organization's
   * admin is allowed there too, acting on its own, never on ours.
   */
  everyOrg?: boolean;
  /** A POST that computes and writes nothing (a replay that compares outputs): no effect to see. */
  readsOnly?: boolean;
  /** Decided by the request's own approver role and scope (from the policy), or an admin over it. */
  approver?: boolean;
  body?: (r: Records, n: number) => unknown;
}

const read = (at: ScopeKind, kind: Expectation['kind'] = 'record', shows?: string): Expectation => ({
  permission: 'records.read',
  at,
  kind,
  ...(shows ? { shows } : {}),
});
const withReaders = (e: Expectation, readers: Expectation['readers'], shows?: string): Expectation => ({
  ...e,
  readers,
  ...(shows ? { shows } : {}),
});
const write = (permission: Permission, at: ScopeKind, body?: Expectation['body'], more: Partial<Expectation> = {}) =>
  ({ permission, at, kind: 'record', ...(body ? { body } : {}), ...more }) as Expectation;
const own = (permission: Permission, body?: Expectation['body']): Expectation => ({
  permission,
  at: 'org',
  kind: 'own-org',
  ...(body ? { body } : {}),
});
const sha = 'a'.repeat(64);

export const EXPECTATIONS: Record<string, Expectation> = {
  // directory
  inviteUser: own('directory.manage', (_, n) => ({ email: `m${n}@matrix.example`, displayName: `Matrix ${n}` })),
  listUsers: { ...own('records.read'), shows: 'userId' },
  getUser: own('records.read'),
  deactivateUser: own('directory.manage', () => ({ reason: 'matrix' })),
  grantRole: {
    ...own('directory.manage', (r) => ({ userId: r.userId, role: 'viewer', eventId: r.eventId })),
    refers: true,
  },
  listGrants: { ...own('records.read'), shows: 'grantId' },
  revokeGrant: own('directory.manage'),
  // events
  createClient: own('events.write', (_, n) => ({ name: `Matrix client ${n}` })),
  listClients: withReaders(read('client', 'list'), 'event-grants', 'clientId'),
  renameClient: write('events.write', 'client', () => ({ name: 'Northwind Traders' })),
  getClient: withReaders(read('client'), 'event-grants'),
  createEvent: write('events.write', 'client', (r, n) => ({
    clientId: r.clientId,
    name: `Matrix event ${n}`,
    startsOn: '2027-06-01',
    endsOn: '2027-06-02',
    timezone: 'America/Chicago',
  })),
  listEvents: read('event', 'list', 'eventId'),
  updateEvent: write('events.write', 'event', () => ({ venue: 'McCormick Place, Chicago' })),
  getEvent: read('event'),
  changeEventStatus: write('events.write', 'event', () => ({ to: 'planning' }), { consumes: true }),
  linkDealToEvent: write('events.write', 'event', (_, n) => ({
    dealId: `deal-${n}`,
    dealName: 'Matrix',
    stage: 'won',
  })),
  cancelEvent: write('events.write', 'event', () => ({ reason: 'matrix' }), { consumes: true }),
  // vendors
  registerVendor: own('vendors.manage', (_, n) => ({ name: `Matrix vendor ${n}`, category: 'av' })),
  listVendors: withReaders(read('org', 'own-org'), 'any-member', 'vendorId'),
  updateVendor: write('vendors.manage', 'org', () => ({ category: 'av' })),
  getVendor: withReaders(read('org'), 'any-member'),
  publishRateCard: write('rate-cards.manage', 'org', () => ({
    currency: 'USD',
    validFrom: '2026-01-01',
    lines: [{ serviceLine: 'led-wall', unit: 'day', unitRateMinor: 420_000 }],
  })),
  createEngagement: write('vendors.engage', 'event', (r) => ({
    vendorId: r.cateringId,
    eventId: r.eventId,
    serviceLine: 'lunch',
    unit: 'person',
    quantity: 10,
    startsOn: '2027-03-10',
    endsOn: '2027-03-10',
  })),
  listEngagements: read('event', 'list', 'engagementId'),
  getEngagement: read('event'),
  amendEngagement: write('vendors.engage', 'event', () => ({ notes: 'matrix', reason: 'matrix' })),
  rateEngagement: write('vendors.engage', 'event', () => ({ score: 4 }), { consumes: true }),
  completeEngagement: write('vendors.engage', 'event', () => ({ completedOn: '2027-03-10' }), { consumes: true }),
  cancelEngagement: write('vendors.engage', 'event', () => ({ reason: 'matrix' }), { consumes: true }),
  // spend
  listPurchaseOrders: read('event', 'list', 'purchaseOrderId'),
  getPurchaseOrder: read('event'),
  // approvals
  getApprovalPolicy: own('policies.manage'),
  replaceApprovalPolicy: own('policies.manage', (r) => JSON.parse(r.policy!)),
  listPendingApprovals: read('event', 'list'),
  getApproval: read('event'),
  rejectApproval: write('approvals.decide', 'event', () => ({ comment: 'matrix' }), { consumes: true, approver: true }),
  grantApproval: write('approvals.decide', 'event', () => ({ comment: 'matrix' }), { consumes: true, approver: true }),
  // activity
  listActivity: read('event', 'list', 'messageId'),
  getActivityEntry: read('event'),
  // budget
  createBudget: write('bom.write', 'event', () => ({ currency: 'USD' }), { consumes: true }),
  getBudget: read('event'),
  createBomLine: write('bom.write', 'event', () => ({
    category: 'av',
    description: 'Matrix line',
    quantity: 1,
    unitCostMinor: 100,
    currency: 'USD',
  })),
  reviseBomLine: write('bom.write', 'event', () => ({ description: 'LED wall, revised', reason: 'matrix' })),
  removeBomLine: write('bom.write', 'event', undefined, { consumes: true }),
  lockBudget: write('bom.write', 'event', undefined, { consumes: true }),
  // contracts: the demo MSA sits at the client
  listContracts: read('client', 'list', 'contractId'),
  createContract: write('contracts.manage', 'client', (r, n) => ({
    kind: 'MSA',
    clientId: r.clientId,
    vendorId: r.vendorId,
    title: `Matrix MSA ${n}`,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    signatories: ['a@matrix.example'],
  })),
  getContract: read('client'),
  sendContract: write('contracts.manage', 'client', () => ({}), { consumes: true }),
  signContract: write('contracts.manage', 'client', () => ({ signedOn: '2025-12-15' }), { consumes: true }),
  amendContract: write('contracts.manage', 'client', () => ({ title: 'Amended', reason: 'matrix' }), {
    consumes: true,
  }),
  listContractDocuments: read('client'),
  createContractDocument: write('contracts.manage', 'client', (_, n) => ({
    name: `matrix-${n}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: 100,
    sha256: sha,
  })),
  terminateContract: write('contracts.manage', 'client', () => ({ reason: 'matrix' }), { consumes: true }),
  // work
  listWorkItems: read('event', 'list', 'workItemId'),
  createWorkItem: write('work.write', 'event', (r, n) => ({ eventId: r.eventId, title: `Matrix item ${n}` })),
  getWorkItem: read('event'),
  updateWorkItem: write('work.write', 'event', () => ({ title: 'Matrix item, renamed' })),
  changeWorkItemStatus: write('work.write', 'event', () => ({ to: 'doing' }), { consumes: true }),
  listWorkTemplates: withReaders(read('org', 'own-org'), 'any-member', 'templateId'),
  createWorkTemplate: own('work.templates.manage', (_, n) => ({
    name: `Matrix template ${n}`,
    lines: [{ title: 'Book venue', anchor: 'start', offsetDays: -30 }],
  })),
  getWorkTemplate: withReaders(read('org'), 'any-member'),
  updateWorkTemplate: write('work.templates.manage', 'org', () => ({ name: 'Run of show' })),
  deleteWorkTemplate: write('work.templates.manage', 'org', undefined, { consumes: true }),
  // assets
  listAssets: read('event', 'list', 'assetId'),
  uploadAsset: write('assets.write', 'event', (r, n) => ({
    eventId: r.eventId,
    name: `Matrix ${n}`,
    fileName: `m${n}.png`,
    mediaType: 'image/png',
    sizeBytes: 10,
    sha256: sha,
  })),
  getAsset: read('event'),
  addAssetVersion: write('assets.write', 'event', (_, n) => ({
    fileName: `v${n}.png`,
    mediaType: 'image/png',
    sizeBytes: 11 + n,
    sha256: sha,
  })),
  // Approving is a producer's call, not a contributor's (assets.handlers.ts).
  approveAsset: write('events.write', 'event', () => ({ version: 1 }), { consumes: true }),
  listBrandKits: withReaders(read('client', 'list'), 'event-grants', 'brandKitId'),
  createBrandKit: write('assets.write', 'client', (r, n) => ({
    clientId: r.clientId,
    name: `Matrix kit ${n}`,
    colours: [],
    fonts: [],
    logoAssetIds: [],
  })),
  getBrandKit: withReaders(read('client'), 'event-grants'),
  publishBrandKit: write('assets.write', 'client', () => ({
    name: 'Northwind',
    colours: [],
    fonts: [],
    logoAssetIds: [],
  })),
  // ai: the demo's heads-up (an engagement above its rate card) and the run that raised it, at the event
  listAiRuns: read('event', 'list', 'runId'),
  getAiRun: read('event'),
  createAiRun: write('records.read', 'event', (r) => ({ subjectType: 'event', subjectId: r.eventId }), {
    refers: true,
  }),
  replayAiRun: write('records.read', 'event', undefined, { readsOnly: true }),
  listHeadsUps: read('event', 'list', 'headsUpId'),
  getHeadsUp: read('event'),
  acceptHeadsUp: write('heads-ups.respond', 'event', () => ({ note: 'matrix' }), { consumes: true }),
  pushBackHeadsUp: write('heads-ups.respond', 'event', () => ({ reason: 'matrix' }), { consumes: true }),
  escalateHeadsUp: write('heads-ups.respond', 'event', () => ({ note: 'matrix' }), { consumes: true }),
  listInsights: read('event', 'list'),
  // search: filters instead of refusing; what it may show is tested in services/search
  searchRecords: read('event', 'list'),
  // integrations: the organization's connectors (aimed at HubSpot, which the demo leaves disabled:
  // enabled, disabled, then asked for a window while disabled, 409)
  listConnectors: own('records.read'),
  getConnector: { ...own('records.read'), everyOrg: true },
  enableConnector: { ...own('connectors.manage', () => ({ configuration: { portalId: 'matrix' } })), everyOrg: true },
  disableConnector: { ...own('connectors.manage', () => ({ reason: 'matrix' })), everyOrg: true },
  requestSyncWindow: {
    ...own('connectors.manage', () => ({ dataset: 'deals', from: '2026-01-01', to: '2026-01-02' })),
    everyOrg: true,
  },
  listSyncWindows: { ...own('records.read'), everyOrg: true },
};
