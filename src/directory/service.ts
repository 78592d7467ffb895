import { audit } from '../platform/audit/audit.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import { CsvError, type RowError, readCsv } from '../platform/csv.ts';
import type { Database } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import type { Place } from '../reference/domain/places.ts';
import type { ReferenceService } from '../reference/service.ts';
import { Conventions } from './conventions.ts';
import { demoClinicians } from './domain/demo.ts';
import { FinderIndex } from './domain/finder.ts';
import { validateClinicianRows } from './domain/import.ts';
import {
  type ProfileContext,
  type ProfileError,
  type ProfileInput,
  validateProfile,
} from './domain/profile.ts';
import { applyProfileChanges, changedFields, changesOf, type ProfileChanges } from './domain/profile-edit.ts';
import {
  type DirectorySearch,
  locate,
  resolveSearch,
  type SearchOutcome,
  type SearchPlace,
} from './domain/search.ts';
import { staleBefore } from './domain/staleness.ts';
import type { Clinician, NewClinician } from './domain/types.ts';
import { linkAccountRow, listingLogRows, setListedRow, writeEditedProfile } from './profile-store.ts';
import { ConventionedServices } from './services.ts';
import {
  cliniciansChangedSince,
  countClinicians,
  findClinician,
  findClinicianOfAccount,
  idsByInami,
  latestRevision,
  type SaveOutcome,
  saveClinicians,
} from './store.ts';

export { DEFAULT_LIMIT, MAX_LIMIT } from './domain/search.ts';
export { AccountLinkConflict } from './profile-store.ts';
export type { DirectorySearch, ProfileChanges, ProfileError, SearchOutcome, SearchPlace };

/** Who changes a profile or a listing: a signed-in person (label: their e-mail) or the system by name. */
export interface DirectoryActor {
  accountId: string | null;
  label: string;
}

export interface ListingLogEntry {
  listed: boolean;
  reason: string;
  actorLabel: string;
  at: string;
}

export type ProfileUpdateOutcome = { ok: true; clinician: Clinician } | { ok: false; errors: ProfileError[] };

export type ClinicianImportOutcome =
  | { ok: true; counts: { created: number; updated: number } }
  | { ok: false; errors: RowError[] };

/**
 * Conventioned clinicians: their profiles, locations and network memberships, and the finder.
 *
 * The finder answers from memory: every listed clinician is held in a `FinderIndex`, refreshed
 * after every write made through this instance and, for writes made by other instances or the
 * CLI, by `refresh()`, which app.ts polls every DIRECTORY_REFRESH_MS. Every write takes a new
 * directory revision (in commit order); a refresh reads what changed after the last one it saw.
 */
export class DirectoryService {
  private readonly index = new FinderIndex();
  private revision = 0;
  private refreshing: Promise<number> = Promise.resolve(0);
  /** Each clinician's dated convention with each network (signed, suspended, resumed, ended). */
  readonly conventions: Conventions;
  /** Conventioned services listed in the finder, with the clinicians they employ. */
  readonly services: ConventionedServices;

  private constructor(
    private readonly database: Database,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {
    this.conventions = new Conventions(database);
    this.services = new ConventionedServices(database);
  }

  static async open(
    database: Database,
    reference: ReferenceService,
    clock: Clock = systemClock,
  ): Promise<DirectoryService> {
    const service = new DirectoryService(database, reference, clock);
    await service.refresh();
    return service;
  }

  /** Catches up with every write since the last refresh; returns how many profiles changed. One at a time. */
  refresh(): Promise<number> {
    const next = this.refreshing.then(
      () => this.catchUp(),
      () => this.catchUp(),
    );
    this.refreshing = next;
    return next;
  }

  private async catchUp(): Promise<number> {
    // Most polls find nothing new: one indexed lookup, no transaction holding the embedded database.
    if ((await latestRevision(this.database.db)) <= this.revision) return 0;
    const changed = await cliniciansChangedSince(this.database.db, this.revision);
    this.index.apply(changed);
    for (const clinician of changed)
      if (clinician.revision > this.revision) this.revision = clinician.revision;
    return changed.length;
  }

  /**
   * Changes whenever a finder answer may: a profile refreshed into the finder, or reference data
   * reloaded (places, territories, networks). Answers kept under another state are dropped.
   */
  finderState(): string {
    return `${this.revision}:${this.reference.snapshot().revision}`;
  }

  /** How many clinicians the finder lists. */
  listedCount(): number {
    return this.index.size;
  }

  /** Every clinician the finder lists, from memory (reporting counts who accepts new patients). */
  listedClinicians(): Clinician[] {
    return this.index.all();
  }

  /** A listed clinician (what the public may see), from memory. */
  getListed(id: string): Clinician | undefined {
    return this.index.get(id);
  }

  /** Any clinician, listed or not, from the database. */
  getClinician(id: string): Promise<Clinician | null> {
    return findClinician(this.database.db, id);
  }

  /** A place's centre and names, from the reference data; null when it does not know the place. */
  locate(place: Place): SearchPlace | null {
    return locate(this.reference.snapshot(), place);
  }

  /**
   * The finder, for the public pages, the API and the coordinator inbox (e.g. a clinician in a
   * zone who speaks Dutch and offers support to young people):
   *   directory.search({ zone: 'east', language: 'nl', function: 'support', ageGroup: 'young-people', limit: 10 })
   * Synchronous: it reads the in-memory model only. Filters are described on `DirectorySearch`.
   */
  search(query: DirectorySearch): SearchOutcome {
    const resolved = resolveSearch(this.reference.snapshot(), query);
    if (!resolved.ok) return resolved;
    const { total, hits } = this.index.search(resolved.query);
    return { ok: true, total, hits, place: resolved.place, elsewhere: resolved.elsewhere };
  }

  /** Profiles confirmed before this ISO instant are shown as possibly out of date (domain/staleness.ts). */
  staleBefore(): string {
    return staleBefore(this.clock());
  }

  /** What profile validation needs to know: networks, postcodes and today. */
  profileContext(now = this.clock()): ProfileContext {
    const snapshot = this.reference.snapshot();
    return {
      networks: snapshot.networks,
      postcodes: snapshot.localities,
      today: brusselsDay(now),
    };
  }

  validate(input: ProfileInput) {
    return validateProfile(input, this.profileContext());
  }

  /**
   * Creates or replaces profiles (a known id is replaced) in one transaction, then refreshes this
   * instance's finder. Inputs must already be valid (`validate`).
   */
  async saveClinicians(inputs: NewClinician[]): Promise<SaveOutcome> {
    const outcome = await this.database.db.transaction((tx) => saveClinicians(tx, inputs));
    await this.refresh();
    return outcome;
  }

  /** Adds clinicians (already validated) and returns their ids. */
  async addClinicians(inputs: NewClinician[]): Promise<string[]> {
    return (await this.saveClinicians(inputs)).ids;
  }

  /**
   * Imports a network's clinicians spreadsheet: every row is checked, and either the whole file
   * is written (a known INAMI number updates that clinician) or nothing is.
   */
  async importClinicians(csv: string): Promise<ClinicianImportOutcome> {
    let table: ReturnType<typeof readCsv>;
    try {
      table = readCsv(csv);
    } catch (error) {
      if (error instanceof CsvError) return { ok: false, errors: [{ row: 0, code: 'not-csv' }] };
      throw error;
    }
    const checked = validateClinicianRows(table, this.profileContext());
    if (!checked.ok) return checked;
    const profiles = checked.value.profiles.map(({ profile }) => profile);
    const known = await idsByInami(
      this.database.db,
      profiles.flatMap((p) => (p.inami ? [p.inami] : [])),
    );
    const outcome = await this.saveClinicians(
      profiles.map((profile) => ({
        ...profile,
        id: (profile.inami && known.get(profile.inami)) || undefined,
      })),
    );
    return { ok: true, counts: { created: outcome.created, updated: outcome.updated } };
  }

  /**
   * Writes the first `count` demo clinicians (again: the same ids are updated, not duplicated).
   * `weights` (postcode → inhabitants, say) spreads them unevenly; without it, evenly.
   */
  seedDemo(count: number, now = new Date(), weights?: ReadonlyMap<string, number>): Promise<SaveOutcome> {
    const snapshot = this.reference.snapshot();
    const inputs = demoClinicians(count, {
      networks: [...snapshot.networks.values()],
      localities: [...snapshot.localities.values()]
        .sort((a, b) => a.postcode.localeCompare(b.postcode))
        .map((l) => (weights ? { ...l, weight: weights.get(l.postcode) ?? 0 } : l)),
      now,
    });
    return this.saveClinicians(inputs);
  }

  /**
   * Links the account a clinician signs in with to their profile: one account for one profile.
   * Linking the same pair again does nothing; throws AccountLinkConflict when either is linked elsewhere.
   */
  async linkAccount(clinicianId: string, accountId: string): Promise<void> {
    await this.database.db.transaction((tx) => linkAccountRow(tx, clinicianId, accountId, this.clock()));
  }

  /** The profile linked to an account (listed or not), or null. */
  clinicianForAccount(accountId: string): Promise<Clinician | null> {
    return findClinicianOfAccount(this.database.db, accountId);
  }

  /**
   * Lists or unlists a clinician (a convention suspended, ended or restored), with a log row
   * saying who, when and why; this instance's finder reflects it at once. 404 for an unknown id.
   */
  async setListed(
    clinicianId: string,
    listed: boolean,
    change: { reason: string; actor: DirectoryActor },
  ): Promise<void> {
    const at = this.clock();
    const found = await this.database.db.transaction(async (tx) => {
      const written = await setListedRow(tx, clinicianId, {
        listed,
        reason: change.reason,
        actorAccountId: change.actor.accountId,
        actorLabel: change.actor.label,
        at,
      });
      if (written)
        await audit.record(tx, {
          actor: actorOf(change.actor),
          action: listed ? 'clinician.list' : 'clinician.unlist',
          resource: { type: 'clinician', id: clinicianId },
          detail: { reason: change.reason },
        });
      return written;
    });
    if (!found) throw new StandardProblem(404, 'not-found');
    await this.refresh();
  }

  /** Every change of a clinician's listing, oldest first. */
  async listingLog(clinicianId: string): Promise<ListingLogEntry[]> {
    const rows = await listingLogRows(this.database.db, clinicianId);
    return rows.map((row) => ({
      listed: row.listed,
      reason: row.reason,
      actorLabel: row.actorLabel,
      at: row.at.toISOString(),
    }));
  }

  /**
   * A clinician's own edit of their profile (the EDITABLE_FIELDS): checked against every listing
   * rule, stamped "updated on" now, audited, and in this instance's finder at once. Callers
   * authorize first (self-service checks the policy). 404 for an unknown id.
   */
  async updateProfile(
    clinicianId: string,
    changes: ProfileChanges,
    actor: DirectoryActor,
  ): Promise<ProfileUpdateOutcome> {
    const current = await this.getClinician(clinicianId);
    if (!current) throw new StandardProblem(404, 'not-found');
    const now = this.clock();
    const edited = applyProfileChanges(current, changes, this.profileContext(now));
    if (!edited.ok) return edited;
    const changed = changedFields(current, edited.value);
    await this.database.db.transaction(async (tx) => {
      await writeEditedProfile(tx, clinicianId, edited.value, now);
      await audit.record(tx, {
        actor: actorOf(actor),
        action: 'clinician-profile.update',
        resource: { type: 'clinician', id: clinicianId },
        networkId: current.networks[0] ?? null,
        detail: { fields: changed },
      });
    });
    await this.refresh();
    const clinician = await this.getClinician(clinicianId);
    return { ok: true, clinician: clinician! };
  }

  /**
   * A place an organisation offered becomes one of the clinician's outreach venues (and
   * "in a neighbourhood place" one of their modes), in the finder at once. Agreed between the
   * organisation, the clinician and the coordinator (requests): no clinician's own edit. A venue
   * already there (same street and postcode) is not added twice.
   */
  async addOutreachVenue(
    clinicianId: string,
    venue: { name: string; street: string; postcode: string; wheelchair: boolean },
    actor: DirectoryActor,
  ): Promise<ProfileUpdateOutcome> {
    const current = await this.getClinician(clinicianId);
    if (!current) throw new StandardProblem(404, 'not-found');
    const same = (l: { kind: string; street: string; postcode: string }) =>
      l.kind === 'outreach' &&
      l.street.trim().toLowerCase() === venue.street.trim().toLowerCase() &&
      l.postcode === venue.postcode;
    if (current.locations.some(same)) return { ok: true, clinician: current };
    const changes = changesOf(current);
    changes.locations.push({ kind: 'outreach', ...venue });
    if (!changes.modes.includes('outreach')) changes.modes.push('outreach');
    return this.updateProfile(clinicianId, changes, actor);
  }

  /** Whether the directory holds no clinician at all (listed or not): when start-up may add demo data. */
  async isEmpty(): Promise<boolean> {
    return (await countClinicians(this.database.db)) === 0;
  }
}

function actorOf(actor: DirectoryActor) {
  return actor.accountId ? { accountId: actor.accountId, email: actor.label } : { system: 'system' as const };
}
