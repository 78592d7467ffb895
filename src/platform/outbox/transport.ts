// Where outbox messages go: a real SMTP server (SMTP_URL), or .eml files under DATA_DIR/mail
// when none is configured (a laptop, a demo, tests). That folder is the development mailbox: the
// files are the delivery itself, links included, so no page shows them.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** A message ready to leave: the outbox row with its fixed Message-ID. */
export interface ComposedMail {
  id: string;
  from: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string | null;
  replyTo: string | null;
  /** Small text files (an event's .ics); none for most messages. */
  attachments?: Array<{ filename: string; contentType: string; content: string }>;
  createdAt: Date;
}

/** The outcome the delivery loop needs: permanent failures are not retried. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface MailTransport {
  /** 'smtp' or 'files', for the admin page. */
  readonly kind: 'smtp' | 'files';
  /** Resolves once the server accepted the message (or the file is in place); throws SendError. */
  send(mail: ComposedMail): Promise<void>;
  close(): void;
}

function messageOptions(mail: ComposedMail) {
  const domain = /@([^>\s]+)>?\s*$/.exec(mail.from)?.[1] ?? 'passerelle.invalid';
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    // One Message-ID per outbox row: if a row were ever delivered twice (see delivery.ts), mail
    // clients and servers that collapse repeats by Message-ID show it once.
    messageId: `<${mail.id}@${domain}>`,
    date: mail.createdAt,
    headers: {
      'Content-Language': mail.locale,
      'Auto-Submitted': 'auto-generated',
      'X-Passerelle-Message': mail.id,
    },
  };
}

/** Sends through an SMTP server; a new connection per message, so a restarted server is picked up. */
export function smtpTransport(url: string): MailTransport {
  const parsed = new URL(url);
  const transporter = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : parsed.protocol === 'smtps:' ? 465 : 587,
    secure: parsed.protocol === 'smtps:',
    ...(parsed.username
      ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }
      : {}),
    // Bounded waits: a hanging server must not hold a message (or a shutdown) for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 15_000,
  });
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        await transporter.sendMail(messageOptions(mail));
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is the server's final no (unknown mailbox, refused content): retrying cannot help.
        // Everything else (4xx, refused connection, time-out) is worth trying again later.
        const permanent = typeof code === 'number' && code >= 500 && code < 600;
        throw new SendError((error as Error).message.slice(0, 500), permanent);
      }
    },
    close() {
      transporter.close();
    },
  };
}

/** The folder the file transport writes to (the development mailbox). */
export function mailFolder(dataDir: string): string {
  return join(dataDir, 'mail');
}

/** A file name that is the same for the same row: writing a row twice replaces, never duplicates. */
export function mailFileName(mail: Pick<ComposedMail, 'id' | 'createdAt'>): string {
  return `${mail.createdAt.toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`;
}

/** Writes each message as an RFC 5322 .eml file (open it in any mail client). */
export function fileTransport(dataDir: string): MailTransport {
  const folder = mailFolder(dataDir);
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'files',
    async send(mail) {
      const info = await composer.sendMail(messageOptions(mail));
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const path = join(folder, mailFileName(mail));
        // Write aside, then rename: a reader never sees half a message.
        const partial = `${path}.partial`;
        writeFileSync(partial, info.message as Buffer, { mode: 0o600 });
        renameSync(partial, path);
      } catch (error) {
        throw new SendError((error as Error).message, false);
      }
    },
    close() {},
  };
}
