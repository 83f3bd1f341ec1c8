/**
 * The nine external systems The Playbook connects to (DOMAIN-CATALOG.md, "Connectors"): what each
 * is, which way its data flows, and the datasets a window can be asked of (inbound) or what it
 * delivers (outbound). Pure data; each connector's own service does the talking.
 */
export type Direction = 'in' | 'out' | 'in+out';

export interface ConnectorInfo {
  system: string;
  name: string;
  kind: string;
  direction: Direction;
  /** What it does, in a phrase. */
  purpose: string;
  /** Datasets fetched by window (integrations.SyncWindowRequested); empty for an outbound-only connector. */
  datasets: readonly string[];
  /** What it sends out, for the record (deliveries are driven by events, not by windows). */
  deliveries: readonly string[];
}

export const CONNECTORS = [
  {
    system: 'netsuite',
    name: 'NetSuite',
    kind: 'ERP',
    direction: 'in+out',
    purpose: 'vendor master and GL accounts in; approved purchase orders out',
    datasets: ['vendors', 'accounts'],
    deliveries: ['purchase-orders'],
  },
  {
    system: 'ramp',
    name: 'Ramp',
    kind: 'spend',
    direction: 'in',
    purpose: 'card transactions, tagged by event',
    datasets: ['transactions'],
    deliveries: [],
  },
  {
    system: 'nexonia',
    name: 'Nexonia',
    kind: 'expense',
    direction: 'in',
    purpose: 'expense reports, per-diems, mileage',
    datasets: ['expense-reports'],
    deliveries: [],
  },
  {
    system: 'hubspot',
    name: 'HubSpot',
    kind: 'CRM',
    direction: 'in',
    purpose: 'deals in the pipeline, which become events',
    datasets: ['deals'],
    deliveries: [],
  },
  {
    system: 'bizzabo',
    name: 'Bizzabo',
    kind: 'events',
    direction: 'in',
    purpose: 'registration, attendance, NPS',
    datasets: ['registrations'],
    deliveries: [],
  },
  {
    system: 'box',
    name: 'Box',
    kind: 'storage',
    direction: 'in+out',
    purpose: 'contract documents and assets',
    datasets: ['files'],
    deliveries: ['documents'],
  },
  {
    system: 'google',
    name: 'Google Workspace',
    kind: 'productivity',
    direction: 'in+out',
    purpose: 'users in; event dates to calendars',
    datasets: ['users'],
    deliveries: ['calendar-events'],
  },
  {
    system: 'slack',
    name: 'Slack',
    kind: 'comms',
    direction: 'out',
    purpose: 'bot DMs to approvers, channel alerts for budgets and heads-ups',
    datasets: [],
    deliveries: ['messages'],
  },
  {
    system: 'domo',
    name: 'Domo',
    kind: 'BI',
    direction: 'out',
    purpose: 'budget vs actual datasets',
    datasets: [],
    deliveries: ['datasets'],
  },
] as const satisfies readonly ConnectorInfo[];

export type SystemName = (typeof CONNECTORS)[number]['system'];
export const SYSTEMS: readonly string[] = CONNECTORS.map((c) => c.system);

export const connectorOf = (system: string): ConnectorInfo | undefined =>
  (CONNECTORS as readonly ConnectorInfo[]).find((c) => c.system === system);

export const isInbound = (c: ConnectorInfo): boolean => c.direction !== 'out';
