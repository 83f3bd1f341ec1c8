/**
 * The permission matrix of DOMAIN-CATALOG.md. A role granted at a scope covers every scope below
 * it (organization → client → event). Finer rules that depend on the record (a producer's own
 * approval threshold, never approving one's own PO) belong to the owning module's domain logic.
 */
export const ROLES = ['admin', 'finance', 'producer', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export type ScopeKind = 'org' | 'client' | 'event';

interface Rule {
  role: Role;
  /** The permission holds only when the target is at this scope kind (e.g. producers manage contracts at event scope). */
  onlyAt?: ScopeKind;
}

const everyone: Rule[] = ROLES.map((role) => ({ role }));
const roles = (...names: Role[]): Rule[] => names.map((role) => ({ role }));

export const PERMISSIONS = {
  'records.read': everyone,
  'events.write': roles('admin', 'producer'),
  'bom.write': roles('admin', 'producer'),
  'work.write': roles('admin', 'producer', 'contributor'),
  /** The organization's work templates (applied to every new event): admins only. */
  'work.templates.manage': roles('admin'),
  'assets.write': roles('admin', 'producer', 'contributor'),
  'vendors.engage': roles('admin', 'producer'),
  'purchase-orders.raise': roles('admin', 'producer'),
  'approvals.decide': roles('admin', 'finance', 'producer'),
  'vendors.manage': roles('admin', 'finance'),
  'rate-cards.manage': roles('admin', 'finance'),
  'contracts.manage': [...roles('admin', 'finance'), { role: 'producer', onlyAt: 'event' }],
  'directory.manage': roles('admin'),
  'connectors.manage': roles('admin'),
  'policies.manage': roles('admin'),
  'heads-ups.respond': roles('admin', 'finance', 'producer'),
} as const satisfies Record<string, readonly Rule[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesGranting(permission: Permission, target: ScopeKind): Role[] {
  return (PERMISSIONS[permission] as readonly Rule[])
    .filter((rule) => rule.onlyAt === undefined || rule.onlyAt === target)
    .map((rule) => rule.role);
}
