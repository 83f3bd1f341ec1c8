import type { NetSuiteAccount, NetSuiteVendor } from '@playbook/contracts/types';
import type { Window } from '@playbook/connector-kit/window';
import { literal, type SuiteQlRow } from '../netsuite-api.ts';

/** SuiteQL timestamps, read and written in UTC (the integration role's time zone must be UTC). */
const TS_FORMAT = 'YYYY-MM-DD HH24:MI:SS';
const stamp = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
const windowClause = (w: Window) =>
  `lastmodifieddate >= TO_TIMESTAMP(${literal(stamp(w.from))}, '${TS_FORMAT}') AND lastmodifieddate < TO_TIMESTAMP(${literal(stamp(w.to))}, '${TS_FORMAT}')`;
const modified = `TO_CHAR(lastmodifieddate, '${TS_FORMAT}') AS lastmodified`;
const readStamp = (text: string | undefined) => Date.parse(`${(text ?? '').replace(' ', 'T')}Z`);
const flag = (v: string | undefined) => v === 'T';
const orNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

/** Vendors modified in the window, in id order (a stable order for offset paging). */
export const vendorsQuery = (w: Window) =>
  `SELECT id, entityid, companyname, legalname, email, BUILTIN.DF(category) AS category, externalid, isinactive, ${modified} FROM vendor WHERE ${windowClause(w)} ORDER BY id`;

export const toVendor = (r: SuiteQlRow): NetSuiteVendor => ({
  internalId: r.id ?? '',
  entityId: orNull(r.entityid),
  companyName: r.companyname ?? r.entityid ?? '',
  legalName: orNull(r.legalname),
  email: orNull(r.email),
  category: orNull(r.category),
  externalId: orNull(r.externalid),
  isInactive: flag(r.isinactive),
  lastModifiedAt: readStamp(r.lastmodified),
});

/** GL accounts (the chart of accounts) modified in the window, in id order. */
export const accountsQuery = (w: Window) =>
  `SELECT id, acctnumber, accountsearchdisplaynamecopy AS acctname, fullname, accttype, isinactive, ${modified} FROM account WHERE ${windowClause(w)} ORDER BY id`;

export const toAccount = (r: SuiteQlRow): NetSuiteAccount => ({
  internalId: r.id ?? '',
  number: orNull(r.acctnumber),
  name: r.acctname ?? r.fullname ?? '',
  fullName: orNull(r.fullname),
  type: r.accttype ?? '',
  isInactive: flag(r.isinactive),
  lastModifiedAt: readStamp(r.lastmodified),
});

/** The vendors whose company name is `name` (case-insensitive), active ones only: the first-time match of an export. */
export const vendorByNameQuery = (name: string) =>
  `SELECT id FROM vendor WHERE LOWER(companyname) = LOWER(${literal(name)}) AND isinactive = 'F' ORDER BY id`;
