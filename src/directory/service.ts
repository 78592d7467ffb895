import type { Database } from '../platform/db/database.ts';
import type { Clinician, NewClinician } from './domain/types.ts';
import { findClinician, insertClinicians } from './store.ts';

/** Conventioned clinicians: their profiles, locations and network memberships. */
export class DirectoryService {
  constructor(private readonly database: Database) {}

  static async open(database: Database): Promise<DirectoryService> {
    return new DirectoryService(database);
  }

  getClinician(id: string): Promise<Clinician | null> {
    return findClinician(this.database.db, id);
  }

  /** Adds clinicians in one transaction; inputs are already validated by the caller's domain rules. */
  addClinicians(inputs: NewClinician[]): Promise<string[]> {
    return this.database.db.transaction((tx) => insertClinicians(tx, inputs));
  }
}
