import { allEvents, type EventDescriptor } from '@playbook/contracts/catalog';
import { accessSubscriptions } from '../auth/access-subscriptions.ts';

/** One named consumer of a module (its inbox key) and the event types it reacts to. */
export interface Reaction {
  consumer: string;
  types: string[];
  /** Added by the kit to every module (the access projection of grants and the scope tree). */
  fromKit: boolean;
}

/** What a module says on the bus and what it listens to, read from its definition and schemas/. */
export interface BusContract {
  module: string;
  /** Every event type under `schemas/<module>/`, sorted by type. */
  publishes: EventDescriptor[];
  /** The kit's access subscriptions, then the module's own, in the order they are declared. */
  consumes: Reaction[];
}

/** The parts of a ServiceDefinition the bus contract is read from. */
export interface BusParticipant {
  name: string;
  subscriptions?: readonly { name: string; types: readonly string[] }[];
}

export function busContractOf(definition: BusParticipant): BusContract {
  const reaction =
    (fromKit: boolean) =>
    (s: { name: string; types: readonly string[] }): Reaction => ({
      consumer: s.name,
      types: [...s.types],
      fromKit,
    });
  return {
    module: definition.name,
    publishes: allEvents().filter((d) => d.module === definition.name),
    consumes: [...accessSubscriptions.map(reaction(true)), ...(definition.subscriptions ?? []).map(reaction(false))],
  };
}
