// What people actually receive: the outbox is delivered (no SMTP_URL: .eml files under
// DATA_DIR/mail, the development mailbox) and the files are read back. Security tests take the
// usable links from here, never from the database, so they do not depend on how the outbox
// stores a message.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { TestApp } from '../../support/app.ts';

export interface DeliveredMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends what is due, then every message delivered to `to` so far, oldest first. */
export async function deliveredTo(
  t: Pick<TestApp, 'services' | 'dataDir'>,
  to: string,
): Promise<DeliveredMail[]> {
  await t.services.outbox.deliverDue();
  const folder = join(t.dataDir, 'mail');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
  const mails: DeliveredMail[] = [];
  for (const name of names.sort()) {
    const parsed = await simpleParser(readFileSync(join(folder, name)));
    const recipients = [parsed.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address));
    if (!recipients.includes(to)) continue;
    mails.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '' });
  }
  return mails;
}

/** The e-mailed link tokens (43 base64url characters after `token=`) in a text. */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(/[?&]token=([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g)].map((match) => match[1]!);
}

/** The path and query of the last link carrying a token in the last message to `to`. */
export async function lastLinkTo(t: Pick<TestApp, 'services' | 'dataDir'>, to: string): Promise<string> {
  const mail = (await deliveredTo(t, to)).at(-1);
  const match = mail && /https?:\/\/\S+[?&]token=[A-Za-z0-9_-]{43}/.exec(mail.text);
  if (!match) throw new Error(`no link with a token in the last message to ${to}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}

export const tokenOf = (link: string): string => new URLSearchParams(link.split('?')[1]).get('token')!;
