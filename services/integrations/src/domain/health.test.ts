import { describe, expect, it } from 'vitest';
import { sameConfiguration, secretLikeKeys } from './configuration.ts';
import { healthOf } from './health.ts';
import { CONNECTORS, connectorOf, isInbound } from './registry.ts';

describe('healthOf', () => {
  it('is disabled when disabled, whatever happened before', () => {
    expect(healthOf({ enabled: false, lastSyncAt: 5, lastErrorAt: null })).toBe('disabled');
  });
  it('is never-synced, healthy, failing, and healthy again after the next good window', () => {
    expect(healthOf({ enabled: true, lastSyncAt: null, lastErrorAt: null })).toBe('never-synced');
    expect(healthOf({ enabled: true, lastSyncAt: 10, lastErrorAt: null })).toBe('healthy');
    expect(healthOf({ enabled: true, lastSyncAt: 10, lastErrorAt: 20 })).toBe('failing');
    expect(healthOf({ enabled: true, lastSyncAt: null, lastErrorAt: 20 })).toBe('failing');
    expect(healthOf({ enabled: true, lastSyncAt: 30, lastErrorAt: 20 })).toBe('healthy');
  });
});

describe('configuration', () => {
  it('names every key that looks like a credential', () => {
    expect(
      secretLikeKeys({ baseUrl: 'x', clientSecret: 'y', apiKey: 'z', alertChannel: 'c', token: 't', AUTH_HEADER: 'h' }),
    ).toEqual(['clientSecret', 'apiKey', 'token', 'AUTH_HEADER']);
    expect(
      secretLikeKeys({ baseUrl: 'https://svc:hunter2@api.example.com', docs: 'https://api.example.com/a@b' }),
    ).toEqual(['baseUrl']);
  });
  it('compares settings whatever their order', () => {
    expect(sameConfiguration({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameConfiguration({ a: '1' }, { a: '1', b: '2' })).toBe(false);
  });
});

describe('the registry', () => {
  it('holds the nine connectors of the catalog, inbound ones with datasets, outbound-only ones without', () => {
    expect(CONNECTORS.map((c) => c.system)).toEqual([
      'netsuite',
      'ramp',
      'nexonia',
      'hubspot',
      'bizzabo',
      'box',
      'google',
      'slack',
      'domo',
    ]);
    for (const c of CONNECTORS) expect(c.datasets.length > 0, c.system).toBe(isInbound(c));
    expect(connectorOf('ramp')?.datasets).toEqual(['transactions']);
    expect(connectorOf('salesforce')).toBeUndefined();
  });
});
