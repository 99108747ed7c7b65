/**
 * The processing queue as a {@link ContinuationSink}: continuation messages of large uploads
 * are sent back to the queue the processing function reads (SQS SendMessage).
 */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ContinuationSink, ContinueMessage } from './chunked.ts';

/** Send continuations to one SQS queue. Errors propagate (the message being handled is retried). */
export class SqsContinuationSink implements ContinuationSink {
  /**
   * @param client an SQS client
   * @param queueUrl the processing queue's URL (env PROCESS_QUEUE_URL)
   */
  constructor(
    readonly client: SQSClient,
    readonly queueUrl: string,
  ) {}

  async send(message: ContinueMessage): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message) }));
  }
}
