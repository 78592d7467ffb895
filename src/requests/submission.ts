import { randomUUID } from 'node:crypto';
import { newReference } from '../platform/cases/reference.ts';
import type { CaseActor } from '../platform/cases/workflow.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { addWorkingDays, brusselsDate } from '../platform/working-days.ts';
import type { PartnerOffer } from './domain/partner-offer.ts';
import { firstContactTarget, networksForAgeGroups } from './domain/routing.ts';
import type { SupportRequest } from './domain/support-request.ts';
import { type AgeGroup, REFERENCE_PREFIX, type RequestType } from './domain/vocabulary.ts';
import type { RequestStatus } from './domain/workflow.ts';
import { mailCase, submittedMails } from './notifications.ts';
import type { RequestService } from './service.ts';
import * as store from './store.ts';

// Submitting a GP's request or an organisation's offer: routing the place to its zone and the
// networks serving the ages concerned, opening the case with its first-contact target, and the
// acknowledgement and the zone's notice, in one transaction.

export interface SubmittedRequest {
  id: string;
  reference: string;
  zone: string;
  networks: string[];
  status: RequestStatus;
}

export type SubmitOutcome = { ok: true; submitted: SubmittedRequest } | { ok: false; issues: Issue[] };

/** Acknowledgements one unverified address receives in 24 hours at most (mail bombing through us). */
export const ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY = 5;
const DAY_MS = 24 * 3_600_000;

const REQUESTER: CaseActor = { kind: 'requester', id: null, label: 'requester', zoneId: null };

interface Routed {
  zoneId: string;
  networkIds: string[];
}

export class Submissions {
  constructor(private readonly requests: RequestService) {}

  private get database() {
    return this.requests.database;
  }

  private get reference() {
    return this.requests.reference;
  }

  private get options() {
    return this.requests.options;
  }

  private get logs() {
    return this.requests.logs;
  }

  /** Zone and networks for a place, who asks, their language and the age groups concerned. */
  private routeRequest(input: {
    postcode: string;
    postcodeField: string;
    requester: 'gp' | 'organisation';
    language: string;
    ageGroups: AgeGroup[];
    ageField: string;
  }): { ok: true; routed: Routed } | { ok: false; issues: Issue[] } {
    const outcome = this.reference.route({
      place: { postcode: input.postcode },
      requester: input.requester,
      language: input.language,
    });
    if (!outcome.ok || !outcome.route.zone) {
      return {
        ok: false,
        issues: [
          { field: input.postcodeField, code: 'outside-territory', values: { place: input.postcode } },
        ],
      };
    }
    const networks = networksForAgeGroups(outcome.route.networks, input.ageGroups);
    if (networks.length === 0) {
      return {
        ok: false,
        issues: [{ field: input.ageField, code: 'no-network-for-age', values: { place: input.postcode } }],
      };
    }
    return { ok: true, routed: { zoneId: outcome.route.zone.id, networkIds: networks.map((n) => n.id) } };
  }

  /** Checks that a postcode is served, for the form's practice or venue page. */
  placeIssues(postcode: string, field: string, requester: 'gp' | 'organisation'): Issue[] {
    const outcome = this.reference.route({ place: { postcode }, requester, language: 'fr' });
    return outcome.ok && outcome.route.zone
      ? []
      : [{ field, code: 'outside-territory', values: { place: postcode } }];
  }

  async submitSupportRequest(request: SupportRequest, at = new Date()): Promise<SubmitOutcome> {
    const routing = this.routeRequest({
      postcode: request.practice.postcode,
      postcodeField: 'practice.postcode',
      requester: 'gp',
      language: request.requester.language,
      ageGroups: [request.ageGroup],
      ageField: 'ageGroup',
    });
    if (!routing.ok) return routing;
    return this.open('support-request', routing.routed, at, {
      kind: request.kind,
      ageGroups: [request.ageGroup],
      language: request.requester.language,
      requesterName: request.requester.name,
      requesterEmail: request.requester.email.toLowerCase(),
      organisationName: request.practice.name,
      postcode: request.practice.postcode,
      details: request as unknown as Record<string, unknown>,
    });
  }

  async submitPartnerOffer(offer: PartnerOffer, at = new Date()): Promise<SubmitOutcome> {
    const routing = this.routeRequest({
      postcode: offer.venue.postcode,
      postcodeField: 'venue.postcode',
      requester: 'organisation',
      language: offer.contact.language,
      ageGroups: offer.venue.targetPublic,
      ageField: 'venue.targetPublic',
    });
    if (!routing.ok) return routing;
    return this.open('partner-offer', routing.routed, at, {
      kind: offer.offer,
      ageGroups: offer.venue.targetPublic,
      language: offer.contact.language,
      requesterName: offer.contact.name,
      requesterEmail: offer.contact.email.toLowerCase(),
      organisationName: offer.organisation.name,
      postcode: offer.venue.postcode,
      details: offer as unknown as Record<string, unknown>,
    });
  }

  private async open(
    type: RequestType,
    routed: Routed,
    at: Date,
    row: Omit<store.RequestRow, 'caseId' | 'requestType'>,
  ): Promise<SubmitOutcome> {
    const settings = await store.readSettings(this.database.db);
    const days = firstContactTarget(routed.networkIds, settings, this.options.defaultFirstContactDays);
    const id = randomUUID();
    const log = this.logs[type];
    let reference = newReference(REFERENCE_PREFIX[type]);
    while (await log.referenceTaken(this.database.db, reference))
      reference = newReference(REFERENCE_PREFIX[type]);
    const record = await this.database.db.transaction(async (tx) => {
      const opened = await log.open(tx, {
        id,
        reference,
        zoneId: routed.zoneId,
        networkIds: routed.networkIds,
        respondBy: addWorkingDays(brusselsDate(at), days),
        actor: REQUESTER,
        at,
      });
      // Nobody verified the address: it gets a few acknowledgements a day at most, however many
      // requests name it (the request itself is accepted and reaches its zone either way).
      const earlier = await store.countRequestsFrom(tx, row.requesterEmail, new Date(at.getTime() - DAY_MS));
      await store.insertRequest(tx, { caseId: id, requestType: type, ...row });
      const mail = mailCase({ caseId: id, requestType: type, ...row }, opened);
      const acknowledge = earlier < ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY;
      for (const message of submittedMails(this.reference.snapshot(), this.options.publicUrl, mail, {
        acknowledge,
      })) {
        await enqueue(tx, message);
      }
      return opened;
    });
    return {
      ok: true,
      submitted: {
        id,
        reference: record.reference,
        zone: record.zoneId,
        networks: record.networkIds,
        status: record.status,
      },
    };
  }
}
