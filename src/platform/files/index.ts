// Uploaded documents (a diploma, a visa): checked, then kept outside the web root under
// DATA_DIR/files with random names. A file is never found by the name its sender gave it, and
// is sent back only by a capability's authorized route, as an attachment the browser does not
// sniff. Capabilities keep the metadata (who, which case, original name) in their own tables.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];
/** A file input's `accept`: the browser offers the files the server will take. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_TYPES.join(',');

/** A file part of a multipart form, as the multipart hook leaves it in the body. */
export interface UploadedPart {
  filename: string;
  data: Buffer;
  /** More bytes came than the limit: `data` is cut short and must not be kept. */
  tooLarge: boolean;
}

export type UploadProblem = 'missing' | 'empty' | 'too-large' | 'wrong-type' | FileNameProblem;
export type FileNameProblem = 'long-name' | 'bad-name' | 'hidden-characters';

export type CheckedUpload =
  | { ok: true; type: AcceptedType; size: number; name: string; data: Buffer }
  | { ok: false; problem: UploadProblem };

/** The type a file really is, from its first bytes (never from its name or the browser's word). */
export function sniffType(data: Buffer): AcceptedType | null {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Characters that change what a name shows rather than being part of it: controls (C0, DEL,
 * C1), format characters (the bidirectional overrides, embeddings, isolates and marks that make
 * "invoice\u202Efdp.exe" show as "invoiceexe.pdf", zero-width characters, the byte order mark),
 * line and paragraph separators, and lone surrogates.
 */
const HIDING_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/**
 * What is wrong with a file's name, if anything. A name is refused rather than cleaned (the
 * sender learns why, staff never read a name that shows something else): too long (checked
 * first), with hiding characters, or trying to leave its folder (/, \, ..). Names in any
 * script, with accents or spaces, are fine.
 */
export function fileNameProblem(name: string): FileNameProblem | null {
  if (name.length > MAX_FILE_NAME_LENGTH) return 'long-name';
  if (HIDING_CHARACTERS.test(name)) return 'hidden-characters';
  if (/[/\\]/.test(name) || name.includes('..')) return 'bad-name';
  return null;
}

export function badFileName(name: string): boolean {
  return fileNameProblem(name) !== null;
}

export function isUploadedPart(value: unknown): value is UploadedPart {
  return (
    typeof value === 'object' &&
    value !== null &&
    Buffer.isBuffer((value as UploadedPart).data) &&
    typeof (value as UploadedPart).filename === 'string'
  );
}

export function checkUpload(part: unknown, maxBytes: number): CheckedUpload {
  if (!isUploadedPart(part) || (part.filename === '' && part.data.length === 0)) {
    return { ok: false, problem: 'missing' };
  }
  const nameProblem = fileNameProblem(part.filename);
  if (nameProblem) return { ok: false, problem: nameProblem };
  if (part.tooLarge || part.data.length > maxBytes) return { ok: false, problem: 'too-large' };
  if (part.data.length === 0) return { ok: false, problem: 'empty' };
  const type = sniffType(part.data);
  if (!type) return { ok: false, problem: 'wrong-type' };
  return { ok: true, type, size: part.data.length, name: part.filename, data: part.data };
}

/** How many documents one holder (a case, an account) may keep, and how many bytes in all. */
export interface UploadQuota {
  files: number;
  bytes: number;
}

/** Whether one more file of `size` bytes fits beside what the holder already keeps. */
export function fitsQuota(used: { files: number; bytes: number }, size: number, quota: UploadQuota): boolean {
  return used.files + 1 <= quota.files && used.bytes + size <= quota.bytes;
}

const STORED_NAME = /^[0-9a-f]{32}$/;

/** The files folder: random names only, so nothing a sender typed ever becomes a path. */
export class FileStore {
  readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'files');
  }

  async save(data: Buffer): Promise<string> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const name = randomBytes(16).toString('hex');
    await writeFile(join(this.folder, name), data, { flag: 'wx', mode: 0o600 });
    return name;
  }

  async read(storedName: string): Promise<Buffer | null> {
    if (!STORED_NAME.test(storedName)) return null;
    try {
      return await readFile(join(this.folder, storedName));
    } catch {
      return null;
    }
  }

  async remove(storedName: string): Promise<void> {
    if (STORED_NAME.test(storedName)) await rm(join(this.folder, storedName), { force: true });
  }
}

/** Sends a stored file as a download: its checked type, an attachment, never sniffed or cached. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { data: Buffer; type: string; downloadName: string },
): FastifyReply {
  const ascii = file.downloadName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.type)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.downloadName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.data);
}

/**
 * Lets the routes of `scope` (an encapsulated plugin) take multipart forms: fields become
 * strings in `request.body`, files `UploadedPart`s read up to `maxBytes` (a bigger file is
 * marked, not an error, so the form can say so and keep what was typed). `files`: file inputs a
 * form may carry (one unless said).
 */
export async function acceptUploads(
  scope: FastifyInstance,
  maxBytes: number,
  options: { files?: number } = {},
): Promise<void> {
  await scope.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    // Keep the name as sent (busboy would cut "../" off): a name that tries is refused, not mended.
    preservePath: true,
    throwFileSizeLimit: false,
    limits: { fileSize: maxBytes + 1, files: options.files ?? 1, fields: 50, fieldSize: 20_000, parts: 60 },
    async onFile(part) {
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of part.file) {
          size += chunk.length;
          if (size <= maxBytes + 1) chunks.push(chunk as Buffer);
        }
      } catch (error) {
        // A body that ends inside the file (a cut connection, a forged form) is the sender's
        // mistake: a 400, not a server failure.
        throw Object.assign(new Error('The form ended before its file did.', { cause: error }), {
          statusCode: 400,
        });
      }
      const uploaded: UploadedPart = {
        filename: part.filename ?? '',
        data: Buffer.concat(chunks),
        tooLarge: part.file.truncated || size > maxBytes,
      };
      (part as unknown as { value: UploadedPart }).value = uploaded;
    },
  });
}
