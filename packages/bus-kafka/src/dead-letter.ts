import { isCodedError } from '@playbook/errors/coded-error';
import type { KafkaMessage, Producer } from 'kafkajs';
import { deadLetterTopic, DLQ_HEADER } from './headers.ts';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  group: string;
  error: unknown;
  attempts: number;
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/**
 * Parks a message that failed every attempt on `<topic>.dlq.<group>`: the original key, value and
 * headers untouched, plus why it failed and where it came from, so it can be re-driven later.
 */
export async function sendToDeadLetter(producer: Producer, letter: DeadLetter): Promise<string> {
  const topic = deadLetterTopic(letter.topic, letter.group);
  await producer.send({
    topic,
    acks: -1,
    messages: [
      {
        key: letter.message.key,
        value: letter.message.value,
        headers: {
          ...letter.message.headers,
          [DLQ_HEADER.error]: describeError(letter.error),
          [DLQ_HEADER.errorCode]: isCodedError(letter.error) ? letter.error.code : 'BUS.HANDLER_FAILED',
          [DLQ_HEADER.attempts]: String(letter.attempts),
          [DLQ_HEADER.consumer]: letter.group,
          [DLQ_HEADER.originalTopic]: letter.topic,
          [DLQ_HEADER.originalPartition]: String(letter.partition),
          [DLQ_HEADER.originalOffset]: letter.message.offset,
          [DLQ_HEADER.failedAt]: new Date().toISOString(),
        },
      },
    ],
  });
  return topic;
}
