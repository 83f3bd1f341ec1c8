import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { initTelemetry } from '../src/tracing.ts';
import { runWithCorrelationId } from '../src/correlation.ts';
import { createLogger, logFormat, prettyStream } from '../src/logger.ts';

initTelemetry({ serviceName: 'logger-test' });

const capture = () => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { out, text: () => text };
};

describe('logs a person can read', () => {
  it('is readable on a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });

  it('puts the module and the correlation id on the readable line', () => {
    const { out, text } = capture();
    const log = createLogger('spend', 'info', prettyStream({ colorize: false, destination: out }));
    runWithCorrelationId('flow-42', () => log.info({ purchaseOrderId: 'po-1' }, 'purchase order raised'));
    const [first, ...rest] = text().split('\n');
    expect(first).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: spend \[flow-42\] purchase order raised$/);
    expect(rest.join('\n')).toContain('purchaseOrderId: "po-1"');
  });

  it('stamps the correlation id on every JSON line written inside a flow', () => {
    const { out, text } = capture();
    const log = createLogger('spend', 'info', out);
    runWithCorrelationId('flow-43', () => {
      log.info('one');
      log.child({ request_id: 'r' }).warn('two');
    });
    const lines = text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.correlation_id)).toEqual(['flow-43', 'flow-43']);
  });
});
