// A clinician's own work on Passerelle: their directory profile and their sessions. The profile
// and the clinician id always come from the account's link (directory.clinicianForAccount),
// never from what the browser sends; the policy decides every act.

import type { SessionInput } from '../care/recording.ts';
import type { CareService, PreviewOutcome, Recorder } from '../care/service.ts';
import type { Clinician } from '../directory/domain/types.ts';
import type { DirectoryService, ProfileChanges, ProfileUpdateOutcome } from '../directory/service.ts';
import { type Action, authorize, refusal, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';

/** A session as the clinician fills it in: everything but who records it. */
export type OwnSessionInput = SessionInput;

/** The signed-in clinician recording their own sessions, with their profile, loaded once. */
export type OwnRecorder = Recorder & { readonly clinician: Clinician };

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
    action: Extract<Action, `clinician-profile.${string}`> = 'clinician-profile.read',
  ): Promise<Clinician> {
    const person = requireUser(user);
    const clinician = await this.directory.clinicianForAccount(person.accountId);
    authorize(person, action, {
      type: 'clinician-profile',
      id: clinician?.id,
      ownerAccountId: clinician ? person.accountId : null,
    });
    return clinician!;
  }

  /**
   * The signed-in person recording their own sessions: their profile loaded once (one query),
   * the profile checked first (someone without one is refused, 403, before anything about
   * sessions), then care's one decision to record, which the form and the recording both use.
   */
  async ownRecorder(user: CurrentUser | null | undefined): Promise<OwnRecorder> {
    const person = requireUser(user);
    const clinician = await this.directory.clinicianForAccount(person.accountId);
    authorize(person, 'clinician-profile.read', {
      type: 'clinician-profile',
      id: clinician?.id,
      ownerAccountId: clinician ? person.accountId : null,
    });
    const decided = await this.care.recorderFor({ kind: 'account', user: person, clinician }, clinician!.id);
    if (!decided.ok) throw refusal(decided.decision);
    return decided.recorder as OwnRecorder;
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

  /** What care's input errors need to be written out (network names). */
  errorContext() {
    return this.care.errorContext();
  }

  /** What recording would decide, nothing stored. */
  previewOwnSession(recorder: OwnRecorder, input: OwnSessionInput): Promise<PreviewOutcome> {
    return this.care.previewSession(recorder, input);
  }

  recordOwnSession(recorder: OwnRecorder, input: OwnSessionInput) {
    return this.care.recordSession(recorder, input);
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
