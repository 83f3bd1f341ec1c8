import { parseArgs } from 'node:util';
import { mintToken } from '@playbook/service-kit/tokens';

/**
 * Dev command: prints a signed bearer token for a demo user.
 *   npm run token --workspace @playbook/directory -- --user <id> --org <orgId> [--name N] [--ttl 3600]
 * Reads AUTH_JWT_SECRET from the environment (the services must share it).
 */
const usage =
  'usage: npm run token --workspace @playbook/directory -- --user <id> --org <orgId> [--name N] [--ttl 3600]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        user: { type: 'string' },
        org: { type: 'string' },
        name: { type: 'string' },
        ttl: { type: 'string', default: '3600' },
      },
      strict: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

const secret = process.env.AUTH_JWT_SECRET;
if (!secret || secret.length < 32) fail('AUTH_JWT_SECRET must be set (at least 32 characters).');
if (!values.user || !values.org) fail('--user and --org are required.');
const ttl = Number(values.ttl);
if (!Number.isInteger(ttl) || ttl <= 0) fail('--ttl must be a positive number of seconds.');

console.log(await mintToken({ id: values.user, orgId: values.org, name: values.name }, secret, ttl));
