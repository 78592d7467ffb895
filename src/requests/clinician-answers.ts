// The clinicians' side of requests and offers: the calls open in their zones and the cases they
// are proposed on, and their answers (interested in a call; accept or decline a proposal), taken
// through the platform's case work (platform/cases/case-work.ts) so that each answer is an
// action of the case's log with its audit entry and e-mails in one transaction. The clinician
// always comes from the signed-in account's profile link, never from what the browser sends.

import type { Clinician } from '../directory/domain/types.ts';
import type { DirectoryService } from '../directory/service.ts';
import { type Action, authorize, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { CaseRecord } from '../platform/cases/case-log.ts';
import type { ActOutcome, CaseWorkDesk } from '../platform/cases/case-work.ts';
import type { CaseAction } from '../platform/cases/workflow.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { DEFAULT_LOCALE, isLocale } from '../platform/i18n/index.ts';
import type { OutboxMessage } from '../platform/outbox/index.ts';
import type { ReferenceSnapshot } from '../reference/domain/types.ts';
import type { ActionIssue, LoadedRequest } from './case-work.ts';
import { caseResource } from './case-work.ts';
import { checkClinicianAnswer } from './domain/actions.ts';
import type { PartnerOffer } from './domain/partner-offer.ts';
import {
  type ClinicianAction,
  OPEN_STATUSES,
  type RequestAction,
  type RequestStatus,
  type StaffAction,
} from './domain/workflow.ts';
import { clinicianLocale, clinicianMail, zoneAnswerMail } from './follow-up-mails.ts';
import { casesProposing, type FollowedCase, openCalls } from './follow-up-store.ts';
import { mailCase } from './notifications.ts';
import type { RequestService } from './service.ts';
import type { RequestRow } from './store.ts';

export interface CallAnswer {
  clinicianId: string;
  clinicianName: string;
  text: string | null;
  at: string;
}

export interface ClinicianProposal {
  clinicianId: string;
  clinicianName: string;
  at: string;
  answer: 'accepted' | 'declined' | null;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The answers to the case's latest call, in order (a call published again starts afresh). */
export function callAnswers(actions: readonly CaseAction<RequestAction>[]): CallAnswer[] {
  const published = actions.findLastIndex((action) => action.type === 'publish-call');
  if (published < 0) return [];
  return actions
    .slice(published + 1)
    .filter((action) => action.type === 'answer-call')
    .map((action) => ({
      clinicianId: String(action.payload.clinicianId),
      clinicianName: String(action.payload.clinicianName ?? ''),
      text: text(action.payload.text),
      at: action.at,
    }));
}

/** The clinician the case's latest proposal names, and their answer to it so far. */
export function latestProposal(actions: readonly CaseAction<RequestAction>[]): ClinicianProposal | null {
  const index = actions.findLastIndex((action) => action.type === 'assign-clinician');
  const proposed = actions[index];
  if (!proposed) return null;
  const clinicianId = String(proposed.payload.clinicianId);
  const answer = actions
    .slice(index + 1)
    .findLast(
      (action) =>
        (action.type === 'clinician-accept' || action.type === 'clinician-decline') &&
        action.payload.clinicianId === clinicianId,
    );
  return {
    clinicianId,
    clinicianName: String(proposed.payload.clinicianName ?? ''),
    at: proposed.at,
    // Chosen among those who answered a call: they agreed when they answered.
    answer:
      answer?.type === 'clinician-accept' || proposed.payload.answeredCall === true
        ? 'accepted'
        : answer
          ? 'declined'
          : null,
  };
}

/** The proposed or chosen clinician's e-mail, with the case's other e-mails. */
export function proposalMails(
  requests: RequestService,
  request: RequestRow,
  record: CaseRecord<RequestStatus>,
  type: StaffAction,
  payload: Record<string, unknown>,
): OutboxMessage[] {
  if (type === 'publish-call') return callMails(requests, request, record);
  if (type !== 'assign-clinician' || typeof payload.clinicianEmail !== 'string') return [];
  return [
    clinicianMail(
      requests.reference.snapshot(),
      requests.options.publicUrl,
      mailCase(request, record),
      {
        email: payload.clinicianEmail,
        locale: isLocale(payload.clinicianLocale) ? payload.clinicianLocale : DEFAULT_LOCALE,
      },
      payload.answeredCall === true ? 'chosen' : 'proposed',
    ),
  ];
}

/**
 * A call published on an organisation's offer reaches every clinician it is open to (listed, a
 * location in the case's zone, a convention with one of its networks) by e-mail, each in their
 * language, beside the list on their page. Clinicians without an e-mail see it on their page only.
 */
function callMails(
  requests: RequestService,
  request: RequestRow,
  record: CaseRecord<RequestStatus>,
): OutboxMessage[] {
  const snapshot = requests.reference.snapshot();
  return requests.directory
    .listedClinicians()
    .filter((clinician) => clinician.email && callReaches(snapshot, clinician, record))
    .map((clinician) =>
      clinicianMail(
        snapshot,
        requests.options.publicUrl,
        mailCase(request, record),
        { email: clinician.email!, locale: clinicianLocale(clinician.languages) },
        'called',
      ),
    );
}

/** Whether a call reaches a clinician: listed, a location in its zone, a convention with one of its networks. */
function callReaches(
  snapshot: ReferenceSnapshot,
  clinician: Clinician,
  record: Pick<CaseRecord<RequestStatus>, 'zoneId' | 'networkIds'>,
): boolean {
  return (
    clinician.listed &&
    zonesOfClinician(snapshot, clinician).includes(record.zoneId) &&
    clinician.networks.some((network) => record.networkIds.includes(network))
  );
}

/** The coordinator zones where a clinician has a location (as the finder's zone filter counts). */
export function zonesOfClinician(snapshot: ReferenceSnapshot, clinician: Clinician): string[] {
  const postcodes = new Set(clinician.locations.map((location) => location.postcode));
  return [...snapshot.zones.values()]
    .filter((zone) => zone.postcodes.some((postcode) => postcodes.has(postcode)))
    .map((zone) => zone.id);
}

/** On agreement about an organisation's offer, its venue becomes one of the clinician's outreach venues. */
export async function venueJoinsProfile(
  directory: DirectoryService,
  person: CurrentUser,
  request: RequestRow,
  clinicianId: string,
): Promise<void> {
  if (request.requestType !== 'partner-offer') return;
  const offer = request.details as unknown as PartnerOffer;
  await directory.addOutreachVenue(
    clinicianId,
    {
      name: offer.organisation.name,
      street: offer.venue.street,
      postcode: offer.venue.postcode,
      wheelchair: offer.venue.accessibility === 'step-free',
    },
    { accountId: person.accountId, label: person.email },
  );
}

export interface CallItem extends FollowedCase {
  offer: PartnerOffer;
  callText: string | null;
  answered: boolean;
}

export interface ProposalItem extends FollowedCase {
  proposal: ClinicianProposal;
}

type Desk = CaseWorkDesk<RequestStatus, RequestAction, StaffAction, LoadedRequest, ActionIssue>;

export class ClinicianAnswers {
  constructor(
    private readonly requests: RequestService,
    private readonly desk: Desk,
    private readonly find: (caseId: string) => Promise<LoadedRequest | null>,
  ) {}

  private get db() {
    return this.requests.database.db;
  }

  /** The signed-in clinician's profile: 401 signed out, 403 without the role or a linked profile. */
  async clinicianOf(user: CurrentUser | null | undefined): Promise<Clinician> {
    const person = requireUser(user);
    const clinician = await this.requests.directory.clinicianForAccount(person.accountId);
    authorize(person, 'clinician-profile.read', {
      type: 'clinician-profile',
      id: clinician?.id,
      ownerAccountId: clinician ? person.accountId : null,
    });
    return clinician!;
  }

  private zonesOf(clinician: Clinician): string[] {
    return zonesOfClinician(this.requests.reference.snapshot(), clinician);
  }

  /** Whether the case is a call that reaches the clinician (callReaches). */
  private reaches(clinician: Clinician, found: LoadedRequest): boolean {
    return (
      found.type === 'partner-offer' &&
      callReaches(this.requests.reference.snapshot(), clinician, found.record)
    );
  }

  /** The calls open in the clinician's zones and the open cases whose latest proposal names them. */
  async overview(user: CurrentUser | null | undefined) {
    const clinician = await this.clinicianOf(user);
    const log = this.requests.logs['partner-offer'];
    const calls: CallItem[] = [];
    for (const call of await openCalls(this.db, this.zonesOf(clinician), clinician.networks)) {
      const actions = await log.actions(this.db, call.caseId);
      const published = actions.findLast((action) => action.type === 'publish-call');
      calls.push({
        ...call,
        offer: call.request.details as unknown as PartnerOffer,
        callText: text(published?.payload.text),
        answered: callAnswers(actions).some((answer) => answer.clinicianId === clinician.id),
      });
    }
    const proposals: ProposalItem[] = [];
    const statuses = OPEN_STATUSES.filter((status) => status !== 'calling');
    for (const item of await casesProposing(this.db, clinician.id, statuses)) {
      const type = item.request.requestType as 'support-request' | 'partner-offer';
      const proposal = latestProposal(await this.requests.logs[type].actions(this.db, item.caseId));
      if (proposal?.clinicianId === clinician.id) proposals.push({ ...item, proposal });
    }
    return { clinician, calls, proposals };
  }

  /**
   * A clinician's answer: to a call that reaches them (once per call), or to the proposal that
   * names them (once). 401 signed out, 403 no profile, 404 a case that is not theirs to answer.
   */
  async answer(
    user: CurrentUser | null | undefined,
    caseId: string,
    type: ClinicianAction,
    input: unknown,
    expectedVersion?: number,
    now = new Date(),
  ): Promise<ActOutcome<RequestStatus, ActionIssue>> {
    const clinician = await this.clinicianOf(user);
    const person = user!;
    const found = await this.find(caseId);
    if (!found) throw new StandardProblem(404, 'not-found');
    const actions = await this.requests.logs[found.type].actions(this.db, caseId);
    const proposal = latestProposal(actions);
    const theirs =
      type === 'answer-call' ? this.reaches(clinician, found) : proposal?.clinicianId === clinician.id;
    const policy: Action = type === 'answer-call' ? 'case.answer-call' : 'case.answer-proposal';
    authorize(person, policy, {
      ...caseResource(found.record),
      ownerAccountId: theirs ? person.accountId : null,
    });
    const answeredAlready =
      type === 'answer-call'
        ? callAnswers(actions).some((answer) => answer.clinicianId === clinician.id)
        : proposal?.answer !== null;
    if (answeredAlready) return { ok: false, reason: 'not-allowed' };
    const checked = checkClinicianAnswer(input);
    if (!checked.ok) return { ok: false, reason: 'invalid', issues: checked.issues };
    const name = `${clinician.givenName} ${clinician.familyName}`;
    const payload: Record<string, unknown> = {
      ...checked.payload,
      clinicianId: clinician.id,
      clinicianName: name,
    };
    const outcome = await this.desk.actAs(person, found, {
      type,
      actor: { kind: 'clinician', id: person.accountId, label: name, zoneId: null },
      payload,
      expectedVersion,
      at: now,
      auditName: `case.${type}`,
      mails: (record) => [
        zoneAnswerMail(
          this.requests.reference.snapshot(),
          this.requests.options.publicUrl,
          mailCase(found.request, record),
          type,
          name,
          text(payload.text) ?? '',
        ),
      ],
    });
    if (outcome.ok && type === 'clinician-accept')
      await venueJoinsProfile(this.requests.directory, person, found.request, clinician.id);
    return outcome;
  }
}
