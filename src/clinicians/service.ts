// A clinician's own work on Passerelle: their directory profile and their sessions. The profile
// and the clinician id always come from the account's link (directory.clinicianForAccount),
// never from what the browser sends; the policy decides every act.

import type { RecordInput } from '../care/recording.ts';
import type { CareActor, CareService, PreviewOutcome } from '../care/service.ts';
import type { Clinician } from '../directory/domain/types.ts';
import type { DirectoryService, ProfileChanges, ProfileUpdateOutcome } from '../directory/service.ts';
import { type Action, authorize, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';

/** A session as the clinician fills it in: everything but who records it. */
export type OwnSessionInput = Omit<RecordInput, 'clinicianId'>;

export class ClinicianSelfService {
  constructor(
    private readonly directory: DirectoryService,
    private readonly care: CareService,
  ) {}

  /**
   * The signed-in person's own profile: 401 signed out, 403 without a linked profile or
   * without the clinician role.
   */
  async ownProfile(
    user: CurrentUser | null | undefined,
    action: Extract<Action, `clinician-profile.${string}` | 'care-session.record'> = 'clinician-profile.read',
  ): Promise<Clinician> {
    const person = requireUser(user);
    const clinician = await this.directory.clinicianForAccount(person.accountId);
    const owner = clinician ? person.accountId : null;
    // The profile first: someone without one is refused (403) before anything about sessions.
    authorize(person, action === 'care-session.record' ? 'clinician-profile.read' : action, {
      type: 'clinician-profile',
      id: clinician?.id,
      ownerAccountId: owner,
    });
    if (action === 'care-session.record')
      authorize(person, action, { type: 'care-session', ownerAccountId: owner });
    return clinician!;
  }

  async updateOwnProfile(
    user: CurrentUser | null | undefined,
    changes: ProfileChanges,
  ): Promise<ProfileUpdateOutcome> {
    const clinician = await this.ownProfile(user, 'clinician-profile.update');
    return this.directory.updateProfile(clinician.id, changes, {
      accountId: user!.accountId,
      label: user!.email,
    });
  }

  private async actor(
    user: CurrentUser | null | undefined,
  ): Promise<{ actor: CareActor; clinician: Clinician }> {
    const clinician = await this.ownProfile(user, 'care-session.record');
    return { actor: await this.care.actorFor(user!), clinician };
  }

  /** What care's input errors need to be written out (network names). */
  errorContext() {
    return this.care.errorContext();
  }

  /** What recording would decide, nothing stored. */
  async previewOwnSession(
    user: CurrentUser | null | undefined,
    input: OwnSessionInput,
  ): Promise<PreviewOutcome> {
    const { actor, clinician } = await this.actor(user);
    return this.care.previewSession(actor, { ...input, clinicianId: clinician.id });
  }

  async recordOwnSession(user: CurrentUser | null | undefined, input: OwnSessionInput) {
    const { actor, clinician } = await this.actor(user);
    return this.care.recordSession(actor, { ...input, clinicianId: clinician.id });
  }

  async ownSessions(user: CurrentUser | null | undefined) {
    const clinician = await this.ownProfile(user, 'clinician-profile.read');
    const actor = await this.care.actorFor(user!);
    return { clinician, sessions: (await this.care.clinicianSessions(actor, clinician.id)) ?? [] };
  }

  /** Cancels one of the clinician's own sessions with a reason; null when it is not theirs. */
  async cancelOwnSession(user: CurrentUser | null | undefined, id: string, reason: string) {
    const found = await this.ownSession(user, id);
    if (!found) return null;
    return this.care.cancelSession(await this.care.actorFor(user!), id, reason);
  }

  /** One of the clinician's sessions; null when it is not theirs or does not exist (the page answers 404). */
  async ownSession(user: CurrentUser | null | undefined, id: string) {
    const clinician = await this.ownProfile(user, 'clinician-profile.read');
    const actor = await this.care.actorFor(user!);
    const found = await this.care.getSession(actor, id);
    if (!found || found.session.clinicianId !== clinician.id) return null;
    return { clinician, ...found };
  }
}
