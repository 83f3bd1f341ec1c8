import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aiDefinition } from '../src/definition.ts';
import { createWorld, type World } from './harness.ts';
import { startOpenAiSandbox } from './openai-sandbox.ts';
import { arrangeAccess, call, engagedPayload, json, ORG, publish, scope } from './world.ts';

let world: World;
let ai: Service;
let sandbox: Awaited<ReturnType<typeof startOpenAiSandbox>>;
let admin: string;

const ask = async (question: string) => {
  const res = await call(
    ai,
    admin,
    'POST',
    '/runs',
    { subjectType: 'vendor', subjectId: 'ven-1', question },
    { 'idempotency-key': `ask-${randomUUID()}` },
  );
  expect(res.status).toBe(201);
  return json(res);
};
const completedEvent = async (runId: string) => {
  const [row] = await ai.sql()<
    { payload: any }[]
  >`select payload from outbox where type = 'ai.AiRunCompleted' and key = ${runId}`;
  return row!.payload.payload;
};

beforeAll(async () => {
  sandbox = await startOpenAiSandbox();
  world = await createWorld('ai-openai');
  ai = await world.start(
    aiDefinition({ kind: 'openai-compatible', baseUrl: sandbox.baseUrl, model: 'sandbox-1', apiKey: 'sk-test' }),
  );
  const vendors = await world.start({ name: 'vendors' });
  await arrangeAccess(ai);
  admin = await world.bearer({ id: 'admin', orgId: ORG });
  const p = engagedPayload();
  await publish(vendors, { type: 'vendors.VendorEngaged', key: 'ven-1', scope, payload: p as never });
  await eventually(
    async () =>
      expect(await ai.sql()`select 1 from engagements where engagement_id = ${p.engagementId}`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
}, 90_000);
afterAll(async () => {
  await world?.dispose();
  await sandbox?.close();
});

describe('the OpenAI-compatible provider (against a local sandbox of the API)', () => {
  it('calls tools through the run, and a cited answer is accepted', async () => {
    const run = await ask('honest');
    expect(run).toMatchObject({
      status: 'completed',
      provider: 'openai-compatible',
      model: 'sandbox-1',
      refusalReason: null,
    });
    expect(run.toolCalls).toEqual([expect.objectContaining({ tool: 'relationship_summary', ok: true })]);
    expect(run.output.citations).toEqual([
      expect.objectContaining({ recordId: 'vendor:ven-1', field: 'engagements', value: 1 }),
    ]);
    const request = sandbox.requests.at(-1)!;
    expect(request.authorization).toBe('Bearer sk-test');
    expect(request.body.model).toBe('sandbox-1');
    expect(request.body.tools.map((t) => t.function.name)).toContain('find_rate_card_line');
  });

  it('refuses an answer that invents a number, and records the refusal', async () => {
    const run = await ask('invent');
    expect(run.status).toBe('refused');
    expect(run.output).toBeNull();
    expect(run.refusalReason).toBe('AI.UNTRACED_NUMBER: untraced number "37" in commentary slot answer');
    expect(await completedEvent(run.runId)).toMatchObject({
      status: 'refused',
      outputJson: null,
      refusalReason: run.refusalReason,
    });
  });

  it('refuses a citation whose value the tool did not return', async () => {
    const run = await ask('bad-citation');
    expect(run.status).toBe('refused');
    expect(run.refusalReason).toMatch(/^AI\.UNTRACED_NUMBER: citation "engagements on record"/);
  });

  it('refuses a call to a tool that does not exist, recording the call', async () => {
    const run = await ask('unknown-tool');
    expect(run.status).toBe('refused');
    expect(run.refusalReason).toBe('AI.UNKNOWN_TOOL: the tool "delete_vendor" does not exist');
    expect(run.toolCalls).toEqual([
      expect.objectContaining({ tool: 'delete_vendor', ok: false, arguments: { vendorId: 'ven-1' } }),
    ]);
    const event = await completedEvent(run.runId);
    expect(event.toolCalls).toEqual([expect.objectContaining({ tool: 'delete_vendor', ok: false })]);
  });

  it('keeps event-triggered reviews on the deterministic rules', async () => {
    const [run] = await ai.sql()<{ provider: string }[]>`select provider from runs where trigger_kind = 'event'`;
    expect(run!.provider).toBe('rules');
  });
});
