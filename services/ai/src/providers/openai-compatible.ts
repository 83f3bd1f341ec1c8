import { RunRefused, runOutputSchema, type RunOutput } from '../domain/output.ts';
import type { Provider } from '../domain/rules-provider.ts';

export interface OpenAiCompatibleSettings {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  /** The tools, as the API's `tools` array. */
  tools: unknown[];
  maxTurns?: number;
}

const SYSTEM = [
  'You are the orchestrator of an event-production team. Use the tools to read records; never guess.',
  'Answer with one JSON object and nothing else: {"headsUps": [], "insight": null, "citations": [...], "commentary": [...]}.',
  'A citation is {"label", "recordType", "recordId", "field", "value", "toolCallId"} copied from a tool result.',
  'Commentary is [{"slot", "text"}]. Never write a number in any text: every number must be a citation.',
].join('\n');

interface Message {
  role: string;
  content?: string | null;
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/**
 * A provider speaking the OpenAI-compatible chat-completions API with tool calling. Every tool call
 * goes through the run's recording invoker; a call to a tool that does not exist, arguments that are
 * not JSON, or a final answer that is not the output shape refuse the run.
 */
export function openAiCompatibleProvider(s: OpenAiCompatibleSettings): Provider {
  const url = `${s.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    name: 'openai-compatible',
    model: s.model,
    async run(task, invoke): Promise<RunOutput> {
      const messages: Message[] = [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: JSON.stringify(task) },
      ];
      let calls = 0;
      for (let turn = 0; turn < (s.maxTurns ?? 8); turn++) {
        const message = await complete(url, s, messages);
        messages.push(message);
        if (message.tool_calls?.length) {
          for (const call of message.tool_calls) {
            const args = parseJson(call.function.arguments, `arguments of ${call.function.name}`);
            const result = await invoke(call.function.name, args);
            calls += 1;
            messages.push({
              role: 'tool',
              tool_call_id: call.id,
              content: JSON.stringify({ toolCallId: `call-${calls}`, ...result }),
            });
          }
          continue;
        }
        const parsed = runOutputSchema.safeParse(parseJson(message.content ?? '', 'the answer'));
        if (!parsed.success)
          throw new RunRefused('AI.BAD_OUTPUT', `the answer is not the output shape: ${parsed.error.message}`);
        return parsed.data;
      }
      throw new RunRefused('AI.TOO_MANY_TURNS', 'the model kept calling tools');
    },
  };
}

async function complete(url: string, s: OpenAiCompatibleSettings, messages: Message[]): Promise<Message> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(s.apiKey ? { authorization: `Bearer ${s.apiKey}` } : {}) },
    body: JSON.stringify({ model: s.model, messages, tools: s.tools, tool_choice: 'auto', temperature: 0 }),
    signal: AbortSignal.timeout(60_000),
  }).catch((error: Error) => {
    throw new RunRefused('AI.PROVIDER_FAILED', `the model API could not be reached: ${error.message}`);
  });
  if (!res.ok) throw new RunRefused('AI.PROVIDER_FAILED', `the model API answered ${res.status}`);
  const body = (await res.json()) as { choices?: { message?: Message }[] };
  const message = body.choices?.[0]?.message;
  if (!message) throw new RunRefused('AI.BAD_OUTPUT', 'the model API returned no message');
  return message;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RunRefused('AI.BAD_OUTPUT', `${what} is not JSON`);
  }
}
