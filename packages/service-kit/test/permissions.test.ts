import { describe, expect, it } from 'vitest';
import { rolesGranting } from '../src/auth/permissions.ts';

describe('the permission matrix', () => {
  it('lets everyone read and only admins manage users and connectors', () => {
    expect(rolesGranting('records.read', 'event').sort()).toEqual([
      'admin',
      'contributor',
      'finance',
      'producer',
      'viewer',
    ]);
    expect(rolesGranting('directory.manage', 'org')).toEqual(['admin']);
    expect(rolesGranting('connectors.manage', 'org')).toEqual(['admin']);
  });

  it('lets producers engage vendors but not finance; finance approves', () => {
    expect(rolesGranting('vendors.engage', 'event')).toEqual(['admin', 'producer']);
    expect(rolesGranting('approvals.decide', 'event')).toEqual(expect.arrayContaining(['finance', 'producer']));
    expect(rolesGranting('approvals.decide', 'event')).not.toContain('contributor');
  });

  it('lets contributors touch work items and assets only', () => {
    expect(rolesGranting('work.write', 'event')).toContain('contributor');
    expect(rolesGranting('assets.write', 'event')).toContain('contributor');
    expect(rolesGranting('events.write', 'event')).not.toContain('contributor');
    expect(rolesGranting('work.templates.manage', 'org')).toEqual(['admin']);
  });

  it('lets producers manage contracts at event scope but not at client scope', () => {
    expect(rolesGranting('contracts.manage', 'event')).toContain('producer');
    expect(rolesGranting('contracts.manage', 'client')).toEqual(['admin', 'finance']);
  });
});
