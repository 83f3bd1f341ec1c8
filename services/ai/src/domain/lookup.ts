import type { ToolInvoker } from './output.ts';

/** Calls a tool and returns its records with the call's id (the recorder numbers calls in order). */
export async function lookup(invoke: ToolInvoker, counter: { n: number }, tool: string, args: object) {
  const { records } = await invoke(tool, args);
  counter.n += 1;
  return { records, callId: `call-${counter.n}` };
}
