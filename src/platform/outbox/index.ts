// The outbox, as capabilities and the composition root use it.
//   enqueue(tx, message)   capabilities: queue an e-mail inside the transaction of the change
//   LinkSealer             a link that signs someone in goes into a message sealed: sealer.seal(link, to)
//   openOutboxDelivery()   app.ts: the sender the poller runs on every instance
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { OutboxDelivery } from './delivery.ts';
import type { LinkSealer } from './sealing.ts';
import { fileTransport, smtpTransport } from './transport.ts';

export { type DeliveryReport, OutboxDelivery, retryDelayMs } from './delivery.ts';
export { enqueue, enqueueIf, type OutboxMessage } from './outbox.ts';
export { LinkSealer, type SealedLink } from './sealing.ts';

export function openOutboxDelivery(
  config: Pick<Config, 'smtpUrl' | 'dataDir' | 'mailFrom' | 'outboxMaxAttempts' | 'outboxRetryBaseMs'>,
  database: Database,
  sealer: LinkSealer,
): OutboxDelivery {
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : fileTransport(config.dataDir);
  return new OutboxDelivery(
    database,
    transport,
    {
      from: config.mailFrom,
      maxAttempts: config.outboxMaxAttempts,
      retryBaseMs: config.outboxRetryBaseMs,
    },
    sealer,
  );
}
