import type { AnyEnvelope, EventType } from '@playbook/bus/envelope';
import type { Change, Mappers } from './changes.ts';
import { aiRecords } from './records-ai.ts';
import { budgetRecords, contractsRecords } from './records-budget.ts';
import { eventsRecords } from './records-events.ts';
import { approvalsRecords, spendRecords } from './records-spend.ts';
import { vendorsRecords } from './records-vendors.ts';
import { assetsRecords, workRecords } from './records-work.ts';

const ALL: Mappers = {
  ...eventsRecords,
  ...vendorsRecords,
  ...spendRecords,
  ...approvalsRecords,
  ...budgetRecords,
  ...contractsRecords,
  ...workRecords,
  ...assetsRecords,
  ...aiRecords,
};

/** Every event type the index reads. */
export const indexedTypes = (): EventType[] => Object.keys(ALL) as EventType[];

/** What one fact does to the index (nothing for a type it does not read). */
export function changesFor(e: AnyEnvelope): Change[] {
  const map = ALL[e.type as EventType] as ((e: AnyEnvelope) => Change[]) | undefined;
  return map ? map(e) : [];
}
