import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { Parser } from '@asyncapi/parser';
import { allEvents } from '@playbook/contracts/catalog';
import { type EnvSource, MODULES, SERVICES } from '@playbook/launcher/modules';
import { busContractOf } from '@playbook/service-kit/bus-contract';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { createService } from '@playbook/service-kit/service';
import { describe, expect, it } from 'vitest';
import { JWT_SECRET } from '../support/harness.ts';

/**
 * Every service's /asyncapi.json as the AsyncAPI project's own parser reads it (with its Avro schema
 * parser, so every message's Avro schema is checked too): no errors, no warnings. Every module of the
 * launcher (connectors included) is covered, so a new module's document is validated the day it is added.
 */
const env = parseEnv(kitEnv, { ...process.env, AUTH_JWT_SECRET: JWT_SECRET, LOG_LEVEL: 'warn', BUS_NAMESPACE: '' });
const parser = new Parser({ schemaParsers: [AvroSchemaParser()] });

async function documentOf(load: (source: EnvSource) => Promise<Parameters<typeof createService>[0]>) {
  const definition = await load({ ...process.env, AUTH_JWT_SECRET: JWT_SECRET });
  const response = await createService(definition, env).app.request('/asyncapi.json');
  expect(response.status).toBe(200);
  return { definition, text: await response.text() };
}

describe('the AsyncAPI documents', () => {
  it.each(SERVICES.map((m) => [m.name, m.load] as const))('%s passes the AsyncAPI parser', async (name, load) => {
    const { definition, text } = await documentOf(load);
    const { document, diagnostics } = await parser.parse(text);
    // Severity 0 is an error, 1 a warning (2 and 3 are information and hints).
    const found = diagnostics
      .filter((d) => d.severity <= 1)
      .map((d) => `${d.severity} ${d.code}: ${d.message} at ${d.path.join('/')}`);
    expect(found, `${name}: ${found.join('\n')}`).toEqual([]);
    expect(document?.version()).toBe('3.1.0');

    const contract = busContractOf(definition);
    const sent = document!.operations().filter((o) => o.action() === 'send');
    expect(
      sent
        .flatMap((o) =>
          o
            .messages()
            .all()
            .map((m) => m.title()),
        )
        .sort(),
    ).toEqual(contract.publishes.map((d) => d.type).sort());
    const received = new Set(
      document!
        .operations()
        .filter((o) => o.action() === 'receive')
        .flatMap((o) =>
          o
            .messages()
            .all()
            .map((m) => m.title()),
        ),
    );
    expect(received).toEqual(new Set(contract.consumes.flatMap((r) => r.types)));
    for (const message of document!.messages().all()) {
      expect(message.headers()?.properties()?.traceparent, message.title()).toBeDefined();
      expect(message.payload()?.properties()?.payload, `${message.title()} carries its payload`).toBeDefined();
    }
  });

  it('describes what a module publishes and consumes, keyed as the schemas say', async () => {
    const spend = MODULES.find((m) => m.name === 'spend')!;
    const doc = JSON.parse((await documentOf(spend.load)).text);
    expect(doc.channels.vendors.address).toBe('playbook.vendors.v1');
    expect(doc.operations['raise-po-when-vendor-engaged']).toMatchObject({
      action: 'receive',
      channel: { $ref: '#/channels/vendors' },
      messages: [{ $ref: '#/channels/vendors/messages/VendorEngaged' }],
    });
    const raised = doc.components.messages['spend.PurchaseOrderRaised'];
    expect(raised.bindings.kafka.key.description).toMatch(/^purchaseOrderId: /);
    expect(raised.payload.schema.name).toBe('PurchaseOrderRaised');
    expect(raised.payload.schema.fields.map((f: { name: string }) => f.name)).toContain('correlationId');
    const broken = structuredClone(doc);
    broken.components.messages['spend.PurchaseOrderRaised'].payload.schema.fields[0].type = 'no-such-type';
    delete broken.channels.vendors;
    const { diagnostics } = await parser.parse(JSON.stringify(broken));
    expect(diagnostics.filter((d) => d.severity === 0).length, 'the parser catches a broken document').toBeGreaterThan(
      1,
    );
    expect(allEvents().filter((d) => d.module === 'spend')).toHaveLength(
      Object.keys(doc.operations).filter((id) => id.startsWith('publish.')).length,
    );
  });
});
