import { MODULES } from '@playbook/launcher/modules';
import type { Service } from '@playbook/service-kit/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../support/harness.ts';

/**
 * Two defects found by trying the API as a new user would, fixed at the mechanism (the kit's
 * request guard) and checked on every command route of every module: a body that is not valid JSON,
 * and a NUL character (which PostgreSQL text cannot hold), are 400 problem+json naming what is wrong —
 * never a 500 — and reach no handler.
 */
const ORG = 'org-bad-input';
let world: World;
let authorization: string;
const services: { name: string; service: Service; commands: { method: string; path: string }[] }[] = [];

beforeAll(async () => {
  world = await createWorld('bad-input');
  authorization = await world.bearer({ id: 'someone', orgId: ORG });
  for (const m of MODULES) {
    const service = await world.start(await m.load(process.env));
    const document = (await (await service.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const commands = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase(), path: path.replaceAll(/\{[^}]+\}/g, 'some-id') })),
    );
    services.push({ name: m.name, service, commands });
  }
}, 120_000);
afterAll(() => world?.dispose());

const send = (service: Service, method: string, path: string, body: string, contentType = 'application/json') =>
  service.app.request(path, { method, headers: { authorization, 'content-type': contentType }, body });

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
  expect(problem.code).toBe(code);
  return problem;
}

describe('input no handler could store', () => {
  it('finds the command routes to try in the modules’ own documents', () => {
    const total = services.reduce((n, s) => n + s.commands.length, 0);
    console.log(`bad input: ${total} command routes across ${services.length} modules`);
    expect(total).toBeGreaterThanOrEqual(services.length);
  });

  it('a body that is not valid JSON is 400 HTTP.MALFORMED_JSON on every command route', async () => {
    for (const { service, commands } of services) {
      for (const { method, path } of commands) {
        await expectProblem(await send(service, method, path, '{"name": "unterminated'), 400, 'HTTP.MALFORMED_JSON');
      }
    }
  });

  it('a NUL character in a body field is 400 HTTP.NUL_CHARACTER naming the field, on every command route', async () => {
    for (const { service, commands } of services) {
      for (const { method, path } of commands) {
        const body = JSON.stringify({ name: 'ok', nested: { notes: ['fine', 'bad\u0000value'] } });
        const problem = await expectProblem(await send(service, method, path, body), 400, 'HTTP.NUL_CHARACTER');
        expect(problem.errors).toEqual([{ path: 'nested.notes.1', message: 'contains a NUL character' }]);
      }
    }
  });

  it('a NUL character in the query or the path is 400 too, on every service', async () => {
    for (const { service } of services) {
      const inQuery = await service.app.request('/anything?status=open%00', { headers: { authorization } });
      expect((await expectProblem(inQuery, 400, 'HTTP.NUL_CHARACTER')).errors[0]?.path).toBe('status');
      const inPath = await service.app.request('/anything/%00', { headers: { authorization } });
      await expectProblem(inPath, 400, 'HTTP.NUL_CHARACTER');
    }
  });

  it('a body that is not JSON at all is 415, and a huge one 413', async () => {
    const { service, commands } = services[0]!;
    const { method, path } = commands[0]!;
    await expectProblem(await send(service, method, path, 'name=x', 'text/plain'), 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
    const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    await expectProblem(await send(service, method, path, huge), 413, 'HTTP.BODY_TOO_LARGE');
  });
});
