// Age bands reporting counts patients in: the convention's youth (up to 23) and adult
// populations, each cut where care for them changes. The database has the same bands
// (reporting_age_band, in the reporting migration); a test compares the two.

import { ageOn, type IsoDate } from '../../care/domain/index.ts';

export const AGE_BANDS = ['0-11', '12-17', '18-23', '24-44', '45-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The band of the patient's age on the session's date. */
export function ageBand(birthDate: IsoDate, onDate: IsoDate): AgeBand {
  const age = ageOn(birthDate, onDate);
  if (age < 12) return '0-11';
  if (age < 18) return '12-17';
  if (age < 24) return '18-23';
  if (age < 45) return '24-44';
  if (age < 65) return '45-64';
  return '65+';
}

export function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}
