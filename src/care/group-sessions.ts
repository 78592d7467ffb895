// Care's side of group sessions recorded from an event's attendance (events/care-groups.ts):
// anonymous sessions of free community groups, and reading back what a group recorded. Sessions
// with a national number go through CareService.recordSession like any other.

import type { Database } from '../platform/db/database.ts';
import type { ReferenceService } from '../reference/service.ts';
import { type CareActor, carePolicy, ownClinicianId, type Recorder } from './access.ts';
import {
  type AnonymousOutcome,
  type AnonymousSessionInput,
  type AnonymousSessionRow,
  anonymousSessionsById,
  recordAnonymousSession,
} from './anonymous-sessions.ts';
import type { CareRulesConfig } from './domain/index.ts';
import type { SessionView } from './outcomes.ts';
import type { ConventionLookup } from './recording.ts';
import { findCareSessions, sessionView } from './store.ts';

export class CareGroupSessions {
  constructor(
    private readonly database: Database,
    private readonly reference: ReferenceService,
    private readonly conventionOn: ConventionLookup,
    private readonly rules: CareRulesConfig,
  ) {}

  /**
   * Records one participant's session of a free and anonymous group (domain/anonymous.ts): no
   * national number, no patient path; the same source sent again records nothing more.
   */
  recordAnonymous(recorder: Recorder, input: AnonymousSessionInput): Promise<AnonymousOutcome> {
    return recordAnonymousSession(
      this.database,
      this.reference,
      this.conventionOn,
      this.rules,
      recorder,
      input,
    );
  }

  /**
   * Sessions by id as `actor` may read them (an organiser's page shows those it recorded): those
   * with a patient, and the anonymous ones of the actor's own clinician.
   */
  async sessionsByIds(
    actor: CareActor,
    ids: readonly string[],
    anonymousIds: readonly string[],
  ): Promise<{ sessions: SessionView[]; anonymous: AnonymousSessionRow[] }> {
    const rows = await findCareSessions(this.database.pool, ids);
    const own = ownClinicianId(actor);
    const anonymous = (await anonymousSessionsById(this.database.db, anonymousIds)).filter(
      (row) => actor.kind === 'admin' || row.clinicianId === own,
    );
    return {
      sessions: rows
        .filter((row) => carePolicy.mayReadSession(actor, row))
        .map((row) => sessionView(row, this.rules.capWindow.months)),
      anonymous,
    };
  }
}
