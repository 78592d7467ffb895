// Links that sign someone in (confirm an address, reset a password, accept an invitation) travel
// through the outbox sealed. The stored body holds a marker, `{{sealed-link:v1:…}}`, with the link
// encrypted (AES-256-GCM) under a key derived (HKDF) from the cookie secret, which lives in
// COOKIE_SECRET or DATA_DIR/secrets, never in the database; the sender opens it just before
// sending. So the database, PGlite's write-ahead log, a backup and the outbox page hold no usable
// link. The recipient's address is bound to the ciphertext: a sealed link moved into a message to
// someone else does not open.

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A link as stored: opaque until the sender opens it (LinkSealer.seal is the only way to make one). */
export type SealedLink = string & { readonly sealed: unique symbol };

const MARKER = /\{\{sealed-link:v1:([A-Za-z0-9_-]{1,4096})\}\}/g;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed link that does not open: another secret (COOKIE_SECRET changed) or a changed recipient. */
export class UnsealError extends Error {}

const addressOf = (recipient: string) => `v1:${recipient.trim().toLowerCase()}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class LinkSealer {
  private readonly key: Buffer;

  /** `secret`: the cookie secret (every instance and the command line share it). */
  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'passerelle', 'outbox sealed links v1', 32));
  }

  /** The marker to put in a message's text in place of `link`, for a message to `recipient` only. */
  seal(link: string, recipient: string): SealedLink {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(addressOf(recipient)));
    const sealed = Buffer.concat([iv, cipher.update(link, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `{{sealed-link:v1:${sealed.toString('base64url')}}}` as SealedLink;
  }

  /** The text with every marker replaced by its link (HTML-escaped for an HTML body); throws UnsealError. */
  open(text: string, recipient: string, as: 'text' | 'html' = 'text'): string {
    return text.replace(MARKER, (_marker, payload: string) => {
      const link = this.openOne(Buffer.from(payload, 'base64url'), recipient);
      return as === 'html' ? escapeHtml(link) : link;
    });
  }

  private openOne(sealed: Buffer, recipient: string): string {
    try {
      const iv = sealed.subarray(0, IV_BYTES);
      const tag = sealed.subarray(sealed.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(addressOf(recipient)));
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new UnsealError(
        'A sealed link in this message cannot be opened: it was sealed with another COOKIE_SECRET, or for another recipient.',
      );
    }
  }
}
