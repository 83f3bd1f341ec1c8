import { runService } from '@playbook/service-kit/run';
import { bootstrapAdmin } from './bootstrap.ts';
import { definition } from './definition.ts';

const service = await runService(definition, { defaultPort: 4001 });

// PLAYBOOK_BOOTSTRAP_ADMIN="<orgId>,<userId>,<email>,<display name>" makes the first admin of an
// organization (idempotent), so a fresh deployment has someone who can invite everyone else.
const bootstrap = process.env.PLAYBOOK_BOOTSTRAP_ADMIN?.split(',').map((part) => part.trim());
if (bootstrap) {
  const [orgId, userId, email, displayName] = bootstrap;
  if (!orgId || !userId || !email || !displayName) {
    service.log.fatal('PLAYBOOK_BOOTSTRAP_ADMIN must be "<orgId>,<userId>,<email>,<display name>"');
    process.exit(1);
  }
  const { created } = await bootstrapAdmin(service, { orgId, userId, email, displayName });
  service.log.info({ orgId, userId, created }, 'bootstrap admin ensured');
}
