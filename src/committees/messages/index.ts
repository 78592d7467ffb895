import type { Translations } from '../../platform/i18n/index.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

export const committeeMessages: Translations<typeof fr> = { fr, nl, en, de };
