import { LOCALES, type Locale } from './locales.ts';

/** What a network says about its languages (reference data). */
export interface LanguageServingNetwork {
  /** ISO 639-1 codes of the languages it serves. */
  readonly languages: readonly string[];
  /** False when its clinicians are not in Passerelle: its languages do not make ours. */
  readonly listedInPasserelle: boolean;
}

/**
 * The page languages an instance offers: each national language that one of its listed networks
 * serves, and English, which every deployment offers to the people who read none of the national
 * languages (Brussels' networks publish in English too). A Brussels instance offers FR, NL and
 * EN; German appears once the German-speaking Community's network is loaded. Pages in a language
 * not offered still answer (a link someone kept keeps working); they are only not proposed.
 * With no network loaded yet (a fresh install), every language is offered.
 */
export function offeredLocales(networks: Iterable<LanguageServingNetwork>): readonly Locale[] {
  const served = new Set<string>(['en']);
  let any = false;
  for (const network of networks) {
    if (!network.listedInPasserelle) continue;
    any = true;
    for (const language of network.languages) served.add(language);
  }
  return any ? LOCALES.filter((locale) => served.has(locale)) : LOCALES;
}
