import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { commandMessageId, handlerMessageId, PLAYBOOK_ID_NAMESPACE, uuidV5 } from './ids.ts';

describe('message ids', () => {
  it('are the same UUIDv5 values the uuid package derives, for ASCII and non-ASCII names', () => {
    const names = ['', 'a', 'command\u001fspend\u001fkey-1\u001fspend.PurchaseOrderRaised\u001f0', 'Café Ünïcode ✓ 😀'];
    for (let i = 0; i < 200; i++) names.push(`handler\u001f${crypto.randomUUID()}\u001fsub-${i}\u001ftype\u001f${i}`);
    for (const name of names) expect(uuidV5(name)).toBe(uuidv5(name, PLAYBOOK_ID_NAMESPACE));
  });

  it('derive command and handler ids as before', () => {
    expect(commandMessageId('spend', 'key-1', 'spend.PurchaseOrderRaised', 2)).toBe(
      uuidv5(['command', 'spend', 'key-1', 'spend.PurchaseOrderRaised', 2].join('\u001f'), PLAYBOOK_ID_NAMESPACE),
    );
    expect(handlerMessageId('m-1', 'spend-raises-po', 'spend.PurchaseOrderRaised')).toBe(
      uuidv5(
        ['handler', 'm-1', 'spend-raises-po', 'spend.PurchaseOrderRaised', 0].join('\u001f'),
        PLAYBOOK_ID_NAMESPACE,
      ),
    );
  });
});
