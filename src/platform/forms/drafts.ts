// Where a questionnaire keeps what was typed between its pages. Two kinds of people fill in
// forms: people without an account (a GP, an organisation) get a random id in a signed cookie,
// the answers staying on the server; people with an account keep their draft in it, across
// visits and devices. Each flow says which it uses.

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../auth/roles.ts';
import type { Data } from './answers.ts';

export interface DraftStore {
  /** Whether this person can have a draft here (an account store needs someone signed in). */
  available(request: FastifyRequest): boolean;
  load(request: FastifyRequest): Promise<Data>;
  /** Keeps the answers; may set a cookie on `reply`. */
  save(request: FastifyRequest, reply: FastifyReply, data: Data): Promise<void>;
  /** Forgets the draft once sent. */
  discard(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/** Set with the platform's name and attributes (`__Host-` under https: http/cookies.ts). */
export function setSignedCookie(reply: FastifyReply, base: string, value: string, maxAge?: number): void {
  const policy = reply.server.cookiePolicy;
  reply.setCookie(policy.name(base), value, { ...policy.options, ...(maxAge ? { maxAge } : {}) });
}

export function readSignedCookie(request: FastifyRequest, base: string): string | undefined {
  const raw = request.cookies[request.server.cookiePolicy.name(base)];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

/** Where anonymous drafts live, by id (the requests' draft table). */
export interface DraftsById {
  newDraftId(): string;
  loadDraft(id: string | undefined, form: string): Promise<Data>;
  saveDraft(id: string, form: string, data: Data): Promise<void>;
  discardDraft(id: string): Promise<void>;
}

/** A random id in a signed cookie (`passerelle_<form>_draft`); the answers stay on the server. */
export class CookieDraftStore implements DraftStore {
  readonly cookie: string;

  constructor(
    private readonly drafts: DraftsById,
    private readonly form: string,
  ) {
    this.cookie = `passerelle_${form}_draft`;
  }

  available(): boolean {
    return true;
  }

  load(request: FastifyRequest): Promise<Data> {
    return this.drafts.loadDraft(readSignedCookie(request, this.cookie), this.form);
  }

  async save(request: FastifyRequest, reply: FastifyReply, data: Data): Promise<void> {
    const known = readSignedCookie(request, this.cookie);
    const id = known ?? this.drafts.newDraftId();
    await this.drafts.saveDraft(id, this.form, data);
    if (!known) setSignedCookie(reply, this.cookie, id);
  }

  async discard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const id = readSignedCookie(request, this.cookie);
    if (id) await this.drafts.discardDraft(id);
    reply.clearCookie(reply.server.cookiePolicy.name(this.cookie), reply.server.cookiePolicy.options);
  }
}

/** Where account drafts live, per account and form (the applications' draft table). */
export interface DraftsByAccount<F extends string> {
  draft(user: CurrentUser | null, form: F): Promise<Data>;
  saveDraft(user: CurrentUser | null, form: F, data: Data): Promise<void>;
}

/** The draft of the signed-in account; submitting deletes it in the submission's transaction. */
export class AccountDraftStore<F extends string> implements DraftStore {
  constructor(
    private readonly drafts: DraftsByAccount<F>,
    private readonly form: F,
  ) {}

  available(request: FastifyRequest): boolean {
    return request.user !== null;
  }

  load(request: FastifyRequest): Promise<Data> {
    return this.drafts.draft(request.user, this.form);
  }

  save(request: FastifyRequest, _reply: FastifyReply, data: Data): Promise<void> {
    return this.drafts.saveDraft(request.user, this.form, data);
  }

  async discard(): Promise<void> {}
}
