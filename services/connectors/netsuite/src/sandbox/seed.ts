/** A vendor as the sandbox is given one (POST /sandbox/vendors). */
export interface SandboxVendor {
  id: string;
  companyName: string;
  entityId?: string;
  legalName?: string;
  email?: string | null;
  category?: string | null;
  externalId?: string | null;
  isInactive?: boolean;
  lastModifiedAt?: number;
}
/** A GL account as the sandbox is given one (POST /sandbox/accounts). */
export interface SandboxAccount {
  id: string;
  number?: string;
  name: string;
  type: string;
  isInactive?: boolean;
  lastModifiedAt?: number;
}

const DAY = 86_400_000;

/**
 * Vendors of an event agency's books: the two the demo seed registers in the Playbook (same company
 * names, so the first sync links them), and others the sync brings in as new vendors.
 */
export function demoVendors(now = Date.now()): SandboxVendor[] {
  const v = (id: string, entityId: string, companyName: string, category: string, email: string, daysAgo: number) => ({
    id,
    entityId,
    companyName,
    legalName: `${companyName} LLC`,
    category,
    email,
    lastModifiedAt: now - daysAgo * DAY,
  });
  return [
    v('301', 'V-1001', 'Acme AV', 'AV', 'billing@acme-av.example', 20),
    v('302', 'V-1002', 'Bright Catering', 'Catering', 'accounts@brightcatering.example', 18),
    v('303', 'V-1003', 'Stagecraft Rigging', 'Staging', 'ap@stagecraft.example', 9),
    v('304', 'V-1004', 'Lakeshore Shuttles', 'Transport', 'billing@lakeshore.example', 4),
    { ...v('305', 'V-0999', 'Old Print Shop', 'Print', 'info@oldprint.example', 2), isInactive: true },
  ];
}

/** A small chart of accounts: what an exported PO's expense line is booked on (58, Event production). */
export function demoAccounts(now = Date.now()): SandboxAccount[] {
  const at = now - 60 * DAY;
  return [
    { id: '1', number: '1000', name: 'Operating Account', type: 'Bank', lastModifiedAt: at },
    { id: '25', number: '2000', name: 'Accounts Payable', type: 'AcctPay', lastModifiedAt: at },
    { id: '54', number: '4000', name: 'Event Revenue', type: 'Income', lastModifiedAt: at },
    { id: '58', number: '6100', name: 'Event Production', type: 'Expense', lastModifiedAt: at },
    { id: '59', number: '6200', name: 'Catering', type: 'Expense', lastModifiedAt: at },
    { id: '60', number: '6300', name: 'Travel', type: 'Expense', lastModifiedAt: at },
  ];
}
