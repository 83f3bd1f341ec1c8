import { noteRule } from '@playbook/telemetry/cost-meter';
import type { MiddlewareHandler } from 'hono';
import { rolesOver, scopeKindOf } from '../auth/access-projection.ts';
import { rolesGranting } from '../auth/permissions.ts';
import type { Principal } from '../auth/tokens.ts';
import type { AppEnv } from './app-env.ts';
import { forbidden, unauthorized } from './problem.ts';

/**
 * Bearer-token authentication, and `c.var.authorize` that checks the permission matrix against
 * this service's own projection of grants: no call to any other service, ever.
 */
export function authentication(verifyToken: (token: string) => Promise<Principal>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) throw unauthorized('This endpoint needs a bearer token (Authorization: Bearer <token>).');
    const principal = await verifyToken(match[1]);
    c.set('principal', principal);
    c.set('authorize', async (permission, scope) => {
      if (scope.orgId !== principal.orgId) {
        throw forbidden(`You have no access to organization ${scope.orgId}.`);
      }
      const held = await rolesOver(c.var.sql, principal.id, scope);
      const allowed = rolesGranting(permission, scopeKindOf(scope));
      const granting = held.filter((role) => allowed.includes(role));
      if (granting.length === 0) {
        throw forbidden(`Your roles here (${held.join(', ') || 'none'}) do not allow ${permission}.`);
      }
      const at = scopeKindOf(scope);
      noteRule({ name: 'permission', parameters: { permission, at, roles: granting.join(',') } });
    });
    await next();
  };
}
