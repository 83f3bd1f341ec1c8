import type { Service } from '@playbook/service-kit/service';
import { mintToken } from '@playbook/service-kit/tokens';
import { bootstrapAdmin } from '@playbook/directory/bootstrap';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { waitUntilConsumersCaughtUp, whatIsBehind } from '@playbook/bus-kafka/settle';
import { createLogger } from '@playbook/telemetry/logger';
import { MODULES, type ModuleName } from '../modules.ts';
import type { RunningSandboxes } from '../sandboxes.ts';
import { call } from './client.ts';
import { seedAi } from './seed-ai.ts';
import { seedBudget } from './seed-budget.ts';
import { type ConnectorsDemo, sandboxedConnectors, seedConnectors } from './seed-connectors.ts';
import { seedContracts } from './seed-contracts.ts';
import { type IntegrationsDemo, seedIntegrations } from './seed-integrations.ts';
import { seedAssets } from './seed-assets.ts';
import { seedSearch } from './seed-search.ts';
import { seedVendors, type VendorsDemo } from './seed-vendors.ts';
import { seedWorkTemplates } from './seed-work.ts';

/** The demo organization: an event agency, one client, one event, four people, two vendors. */
export const DEMO_ORG = 'org-lumen';
export const DEMO_ADMIN = { orgId: DEMO_ORG, userId: 'u-alex', email: 'alex@lumen.example', displayName: 'Alex Admin' };
/** The same admin, as the directory process reads it from PLAYBOOK_BOOTSTRAP_ADMIN. */
export const DEMO_ADMIN_BOOTSTRAP = [
  DEMO_ADMIN.orgId,
  DEMO_ADMIN.userId,
  DEMO_ADMIN.email,
  DEMO_ADMIN.displayName,
].join(',');

export interface Demo {
  orgId: string;
  clientId: string;
  eventId: string;
  vendors: { acmeAv: string; brightCatering: string };
  budget: { ledWallLineId: string; cateringLineId: string };
  engagements: VendorsDemo;
  contracts: { acmeMsa: string };
  work: { templateId: string };
  assets: { assetId: string; brandKitId: string };
  ai: { engagementAboveCardId: string };
  search: { query: string; hits: string[] };
  connectors: ConnectorsDemo;
  integrations: IntegrationsDemo;
  users: Record<'alex' | 'pat' | 'fran' | 'vic', { userId: string; token: string }>;
}

interface SeedOptions {
  url: (name: ModuleName) => string;
  secret: string;
  /** In the modulith the seed bootstraps the admin itself; as processes, the directory process does. */
  directory?: Service | undefined;
  /** The bus the modules share: the seed ends when every module has handled everything it caused. */
  bus: { brokers: string[]; namespace: string };
  /** The connectors' sandboxes: the connectors pointed at them take part in the demo. */
  sandboxes?: RunningSandboxes | undefined;
}

/**
 * Seeds the demo through the public HTTP API, with fixed Idempotency-Keys so a second run changes
 * nothing. Only the first admin is made without HTTP (someone has to be able to invite the rest).
 */
export async function seedDemo({ url, secret, directory, bus, sandboxes }: SeedOptions): Promise<Demo> {
  const groups = [...MODULES.map((m) => m.name), ...sandboxedConnectors(sandboxes)];
  if (directory) await bootstrapAdmin(directory, DEMO_ADMIN);
  const alex = await mintToken(
    { id: DEMO_ADMIN.userId, orgId: DEMO_ORG, name: DEMO_ADMIN.displayName },
    secret,
    86_400,
  );
  const as = (token: string, key: string) => ({ token, idempotencyKey: `demo-seed:${key}` });

  const invite = async (key: string, email: string, displayName: string) => {
    const user = await call<{ userId: string }>(`${url('directory')}/users`, {
      ...as(alex, `user:${key}`),
      body: { email, displayName },
    });
    return {
      userId: user.userId,
      token: await mintToken({ id: user.userId, orgId: DEMO_ORG, name: displayName }, secret, 86_400),
    };
  };
  const pat = await invite('pat', 'pat@lumen.example', 'Pat Producer');
  const fran = await invite('fran', 'fran@lumen.example', 'Fran Finance');
  const vic = await invite('vic', 'vic@lumen.example', 'Vic Viewer');

  const client = await call<{ clientId: string }>(`${url('events')}/clients`, {
    ...as(alex, 'client'),
    body: { name: 'Northwind Traders' },
  });
  // Before the event: templates apply to events created after them.
  const work = await seedWorkTemplates(url('work'), as(alex, 'work-template:run-of-show'));
  const event = await call<{ eventId: string }>(`${url('events')}/events`, {
    ...as(alex, 'event'),
    body: {
      clientId: client.clientId,
      name: 'Northwind Summit 2027',
      startsOn: '2027-03-10',
      endsOn: '2027-03-12',
      timezone: 'America/Chicago',
      venue: 'McCormick Place, Chicago',
    },
  });
  const grant = (key: string, body: object) =>
    call(`${url('directory')}/grants`, { ...as(alex, `grant:${key}`), body });
  await grant('pat', { userId: pat.userId, role: 'producer', clientId: client.clientId, eventId: event.eventId });
  await grant('fran', { userId: fran.userId, role: 'finance' });
  await grant('vic', { userId: vic.userId, role: 'viewer', clientId: client.clientId, eventId: event.eventId });

  const vendor = async (key: string, name: string, category: string, lines: object[]) => {
    const v = await call<{ vendorId: string }>(`${url('vendors')}/vendors`, {
      ...as(alex, `vendor:${key}`),
      body: { name, category },
    });
    await call(`${url('vendors')}/vendors/${v.vendorId}/rate-cards`, {
      ...as(alex, `rate-card:${key}`),
      body: { currency: 'USD', validFrom: '2026-01-01', lines },
    });
    return v.vendorId;
  };
  const acmeAv = await vendor('acme', 'Acme AV', 'av', [
    { serviceLine: 'led-wall', unit: 'day', unitRateMinor: 420_000 },
    { serviceLine: 'lighting-technician', unit: 'day', unitRateMinor: 95_000 },
  ]);
  const brightCatering = await vendor('bright', 'Bright Catering', 'catering', [
    { serviceLine: 'lunch', unit: 'person', unitRateMinor: 4_500 },
  ]);
  const budget = await seedBudget({
    url: url('budget'),
    eventId: event.eventId,
    as: (key) => as(pat.token, key),
    vendors: { acmeAv, brightCatering },
  });
  const acmeMsa = await seedContracts({
    url: url('contracts'),
    approvalsUrl: url('approvals'),
    admin: alex,
    finance: fran.token,
    clientId: client.clientId,
    vendorId: acmeAv,
  });
  // Engaging needs vendors to know the event and Pat's grant: both arrive through Kafka.
  await untilEveryModuleCaughtUp(bus, groups);
  const engagements = await seedVendors({
    vendorsUrl: url('vendors'),
    eventId: event.eventId,
    vendors: { acmeAv, brightCatering },
    cateringLineId: budget.cateringLineId,
    tokens: { pat: pat.token, alex },
  });
  const assets = await seedAssets(
    url('assets'),
    as,
    { admin: alex, producer: pat.token },
    { clientId: client.clientId, eventId: event.eventId },
  );
  const ai = await seedAi({
    vendorsUrl: url('vendors'),
    eventId: event.eventId,
    vendorId: brightCatering,
    as: (key) => as(pat.token, key),
  });
  const integrations = await seedIntegrations(
    { integrations: url('integrations'), events: url('events'), activity: url('activity'), budget: url('budget') },
    {
      eventId: event.eventId,
      alexToken: alex,
      sandbox: (system) => sandboxes?.url(system as never),
      settle: () => untilEveryModuleCaughtUp(bus, groups),
    },
    (key) => as(alex, key),
  );
  await untilEveryModuleCaughtUp(bus, groups);
  const search = await seedSearch(url('search'), pat.token);
  const connectors = await seedConnectors(sandboxes);

  return {
    orgId: DEMO_ORG,
    clientId: client.clientId,
    eventId: event.eventId,
    vendors: { acmeAv, brightCatering },
    budget,
    engagements,
    contracts: { acmeMsa },
    work,
    assets,
    ai: { engagementAboveCardId: ai.engagementId },
    search,
    connectors,
    integrations,
    users: { alex: { userId: DEMO_ADMIN.userId, token: alex }, pat, fran, vic },
  };
}

/**
 * Grants, clients and events reach every module through Kafka: the demo is ready for a person only
 * when every module's consumer group has handled all of it (else the first engagement could meet a
 * vendors service that has not heard of the event yet).
 */
const CATCH_UP_BOUND_MS = 180_000;

async function untilEveryModuleCaughtUp(bus: SeedOptions['bus'], modules: string[]): Promise<void> {
  const kafka = createKafka({ clientId: 'demo-seed', brokers: bus.brokers, log: createLogger('demo-seed', 'warn') });
  const groups = modules.map((m) => (bus.namespace ? `${bus.namespace}.${m}` : m));
  // A bound, not a pace: thirteen module processes and their first rebalances on two loaded cores
  // (the chaos run beside a full test run) took longer than a minute.
  if (!(await waitUntilConsumersCaughtUp(kafka, groups, { timeoutMs: CATCH_UP_BOUND_MS }))) {
    const behind = await whatIsBehind(kafka, groups).catch((error: Error) => [`(could not tell: ${error.message})`]);
    throw new Error(
      `the modules did not catch up with the demo data within ${CATCH_UP_BOUND_MS / 1000} s; behind: ${behind.join('; ') || 'nothing by now'}`,
    );
  }
}
