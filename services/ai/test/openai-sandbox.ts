import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface ChatRequest {
  model: string;
  messages: { role: string; content?: string | null; tool_call_id?: string }[];
  tools: { function: { name: string } }[];
}

/**
 * A local sandbox of the OpenAI-compatible chat-completions API with tool calling. The scenario is
 * the task's question: "honest" reads a tool and cites it; "invent" reads a tool and then writes a
 * number no tool returned; "unknown-tool" calls a tool that does not exist; "bad-citation" cites a
 * value the tool did not return.
 */
export async function startOpenAiSandbox() {
  const requests: { authorization: string | undefined; body: ChatRequest }[] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString()) as ChatRequest;
    requests.push({ authorization: req.headers.authorization, body });
    const message = reply(body);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        model: body.model,
        choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function reply(body: ChatRequest) {
  const task = JSON.parse(body.messages.find((m) => m.role === 'user')!.content!) as {
    subjectId: string;
    question: string;
  };
  const toolResult = body.messages.find((m) => m.role === 'tool');
  if (!toolResult) {
    const name = task.question === 'unknown-tool' ? 'delete_vendor' : 'relationship_summary';
    const args =
      task.question === 'unknown-tool'
        ? { vendorId: task.subjectId }
        : { subjectType: 'vendor', subjectId: task.subjectId };
    return {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'tc-1', type: 'function', function: { name, arguments: JSON.stringify(args) } }],
    };
  }
  const result = JSON.parse(toolResult.content!) as {
    toolCallId: string;
    records: { recordType: string; recordId: string; fields: Record<string, unknown> }[];
  };
  const record = result.records[0]!;
  const engagements = record.fields.engagements as number;
  const output = {
    citations: [
      {
        label: 'engagements on record',
        recordType: record.recordType,
        recordId: record.recordId,
        field: 'engagements',
        value: task.question === 'bad-citation' ? engagements + 7 : engagements,
        toolCallId: result.toolCallId,
      },
    ],
    commentary: [
      {
        slot: 'answer',
        text:
          task.question === 'invent'
            ? 'Spend with this vendor grew 37% last quarter.'
            : 'A steady vendor with work on record.',
      },
    ],
  };
  return { role: 'assistant', content: JSON.stringify(output) };
}
