import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { notFound } from '@playbook/service-kit/problem';
import { sameConfiguration, secretLikeKeys } from '../domain/configuration.ts';
import { type ConnectorInfo, connectorOf } from '../domain/registry.ts';
import { findConnector, toConnector, writeDisabled, writeEnabled } from './connectors.store.ts';

export const CONNECTOR_NOT_FOUND = 'INTEGRATIONS.CONNECTOR_NOT_FOUND';

/** The registry's entry for `system`; 404 for a system The Playbook has no connector for. */
export function knownConnector(system: string): ConnectorInfo {
  const info = connectorOf(system);
  if (!info) throw notFound(`The connector "${system}"`, CONNECTOR_NOT_FOUND);
  return info;
}

/**
 * Enables a connector for the organization with its (non-secret) configuration: ConnectorEnabled.
 * Enabling it again with the same configuration changes nothing and publishes nothing.
 */
export async function enableConnector(
  tx: Tx,
  publisher: Publisher,
  c: { orgId: string; system: string; configuration: Record<string, string>; by: string },
) {
  const info = knownConnector(c.system);
  const secrets = secretLikeKeys(c.configuration);
  if (secrets.length > 0) {
    throw new CodedError(
      'INTEGRATIONS.SECRET_IN_CONFIGURATION',
      `Credentials stay in the connector's own environment, never in its configuration: ${secrets.join(', ')}.`,
      400,
      { keys: secrets },
    );
  }
  const current = await findConnector(tx, c.orgId, c.system, true);
  if (current?.enabled && sameConfiguration(current.configuration, c.configuration)) return toConnector(info, current);
  const row = await writeEnabled(tx, c);
  await publisher.publish({
    type: 'integrations.ConnectorEnabled',
    key: c.system,
    scope: { orgId: c.orgId },
    counts: { affected: 1, settings: Object.keys(c.configuration).length },
    payload: { system: c.system, configuration: c.configuration, enabledBy: c.by },
  });
  return toConnector(info, row);
}

/** Disables a connector: ConnectorDisabled. A connector that is not enabled stays as it is. */
export async function disableConnector(
  tx: Tx,
  publisher: Publisher,
  c: { orgId: string; system: string; by: string; reason: string | null },
) {
  const info = knownConnector(c.system);
  const current = await findConnector(tx, c.orgId, c.system, true);
  if (!current?.enabled) return toConnector(info, current);
  const row = await writeDisabled(tx, c);
  await publisher.publish({
    type: 'integrations.ConnectorDisabled',
    key: c.system,
    scope: { orgId: c.orgId },
    payload: { system: c.system, disabledBy: c.by, reason: c.reason },
  });
  return toConnector(info, row);
}
