import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { projectRecords } from './consumers/project-records.consumer.ts';
import {
  reviewEngagementWhenEngagementAmended,
  reviewEngagementWhenVendorEngaged,
} from './consumers/review-engagements.consumer.ts';
import { projectPlans } from './consumers/project-plans.consumer.ts';
import { projectWork } from './consumers/project-work.consumer.ts';
import {
  reviewBudgetWhenSpendRecorded,
  reviewBudgetWhenThresholdCrossed,
  reviewContractsWhenEventUpdated,
  reviewContractWhenAmended,
  reviewContractWhenDrafted,
  reviewContractWhenExpiring,
} from './consumers/review-plans.consumer.ts';
import {
  reviewChargeWhenCardTransactionImported,
  reviewPoWhenPoApproved,
  reviewPoWhenPoRaised,
} from './consumers/review-spend.consumer.ts';
import { type Provider, rulesProvider } from './domain/rules-provider.ts';
import { parseEnv } from '@playbook/service-kit/env';
import { type AiOwnEnv, aiOwnEnv } from './env.ts';
import { mountHeadsUps } from './heads-ups/heads-ups.index.ts';
import { mountInsights } from './insights/insights.index.ts';
import { openAiCompatibleProvider } from './providers/openai-compatible.ts';
import { mountRuns } from './runs/runs.index.ts';
import { toolSpecs } from './tools/tools.ts';
import { startReadinessSweep } from './workers/sweep-readiness.worker.ts';

/** Which provider answers asks; event-triggered reviews always use the deterministic rules. */
export type ProviderSettings =
  | { kind: 'rules' }
  | { kind: 'openai-compatible'; baseUrl: string; model: string; apiKey?: string | undefined };

export function providerSettingsFrom(
  env: Pick<AiOwnEnv, 'AI_PROVIDER' | 'AI_BASE_URL' | 'AI_MODEL' | 'AI_API_KEY'>,
): ProviderSettings {
  if (env.AI_PROVIDER === 'rules') return { kind: 'rules' };
  if (!env.AI_BASE_URL || !env.AI_MODEL)
    throw new Error('AI_PROVIDER=openai-compatible needs AI_BASE_URL and AI_MODEL');
  return { kind: 'openai-compatible', baseUrl: env.AI_BASE_URL, model: env.AI_MODEL, apiKey: env.AI_API_KEY };
}

export function providerFor(settings: ProviderSettings): Provider {
  return settings.kind === 'rules' ? rulesProvider : openAiCompatibleProvider({ ...settings, tools: toolSpecs() });
}

export interface AiOptions {
  /** The readiness sweep (engagements without a signed contract close to the event); off when null. */
  readiness?: { intervalMs: number; leadDays: number } | null;
}

export function aiOptionsFrom(env: Pick<AiOwnEnv, 'AI_READINESS_SWEEP_MS' | 'AI_CONTRACT_LEAD_DAYS'>): AiOptions {
  return { readiness: { intervalMs: env.AI_READINESS_SWEEP_MS, leadDays: env.AI_CONTRACT_LEAD_DAYS } };
}

/** ai: the orchestrator — heads-ups with citations, relationship intelligence, every run recorded. */
export function aiDefinition(
  settings: ProviderSettings = { kind: 'rules' },
  options: AiOptions = {},
): ServiceDefinition {
  const provider = providerFor(settings);
  const readiness = options.readiness;
  return {
    name: 'ai',
    title: 'The Playbook — AI orchestrator',
    description:
      'Heads-ups with citations (flags, never fixes), relationship intelligence, and every run — inputs, tool calls, output — recorded and replayable.',
    scope: 'organization (runs, vendor insights), event (heads-ups)',
    aggregates: ['Run', 'Insight', 'HeadsUp'],
    routes: (app) => {
      mountHeadsUps(app);
      mountRuns(app, provider);
      mountInsights(app);
    },
    subscriptions: [
      ...projectRecords,
      ...projectPlans,
      ...projectWork,
      reviewEngagementWhenVendorEngaged,
      reviewEngagementWhenEngagementAmended,
      reviewPoWhenPoRaised,
      reviewPoWhenPoApproved,
      reviewChargeWhenCardTransactionImported,
      reviewBudgetWhenSpendRecorded,
      reviewBudgetWhenThresholdCrossed,
      reviewContractWhenDrafted,
      reviewContractWhenAmended,
      reviewContractWhenExpiring,
      reviewContractsWhenEventUpdated,
    ],
    workers: readiness ? [(context) => startReadinessSweep(context, readiness)] : [],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
  };
}

/** The definition as the environment configures it (the service's index and the modulith alike). */
export function aiDefinitionFrom(source: Record<string, string | undefined> = process.env): ServiceDefinition {
  const env = parseEnv(aiOwnEnv, source);
  return aiDefinition(providerSettingsFrom(env), aiOptionsFrom(env));
}

/** The default: rules provider, no readiness sweep (tests start one when they need it). */
export const definition: ServiceDefinition = aiDefinition();
