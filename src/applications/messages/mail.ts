import type { Translations } from '../../platform/i18n/index.ts';

const fr = {
  subject: '[{reference}] Votre candidature\u202f: {step}',
  body: 'Bonjour,\n\nVotre candidature {reference} avance\u202f: {step}.',
  link: 'Suivez votre dossier, répondez et ajoutez des documents dans votre espace\u202f: {link}\n\nL’équipe de coordination',
  zoneSubject: '[{reference}] Nouvelle candidature',
  zoneBody: 'Une nouvelle candidature ({reference}, {name}) attend votre vérification\u202f: {link}',
  zoneUpdateSubject: '[{reference}] {step}',
  zoneUpdateBody: '{name} a agi sur la candidature {reference}\u202f: {step}. Le dossier\u202f: {link}',
};

export const mailMessages: Translations<typeof fr> = {
  fr,
  nl: {
    subject: '[{reference}] Uw kandidatuur: {step}',
    body: 'Goeddag,\n\nUw kandidatuur {reference} gaat verder: {step}.',
    link: 'Volg uw dossier, antwoord en voeg documenten toe in uw ruimte: {link}\n\nHet coördinatieteam',
    zoneSubject: '[{reference}] Nieuwe kandidatuur',
    zoneBody: 'Een nieuwe kandidatuur ({reference}, {name}) wacht op uw controle: {link}',
    zoneUpdateSubject: '[{reference}] {step}',
    zoneUpdateBody: '{name} heeft gereageerd op kandidatuur {reference}: {step}. Het dossier: {link}',
  },
  en: {
    subject: '[{reference}] Your application: {step}',
    body: 'Hello,\n\nYour application {reference} has moved on: {step}.',
    link: 'Follow your case, answer and add documents in your space: {link}\n\nThe coordination team',
    zoneSubject: '[{reference}] New application',
    zoneBody: 'A new application ({reference}, {name}) is waiting for your check: {link}',
    zoneUpdateSubject: '[{reference}] {step}',
    zoneUpdateBody: '{name} acted on application {reference}: {step}. The case: {link}',
  },
  de: {
    subject: '[{reference}] Ihr Antrag: {step}',
    body: 'Guten Tag,\n\nIhr Antrag {reference} geht weiter: {step}.',
    link: 'Verfolgen Sie Ihre Akte, antworten Sie und fügen Sie Dokumente in Ihrem Bereich hinzu: {link}\n\nDas Koordinationsteam',
    zoneSubject: '[{reference}] Neuer Antrag',
    zoneBody: 'Ein neuer Antrag ({reference}, {name}) wartet auf Ihre Prüfung: {link}',
    zoneUpdateSubject: '[{reference}] {step}',
    zoneUpdateBody: '{name} hat den Antrag {reference} bearbeitet: {step}. Die Akte: {link}',
  },
};
