// Strings of a GP's knowledge-session request becoming an event (the panel on the coordinator's
// case page, the pre-filled form, the link back on the event's page) in FR (French typography:
// U+202F before : ; ! ?), NL, EN and DE.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  heading: 'Activité',
  linked: 'Cette demande est devenue une activité\u202f:',
  none: 'Cette demande de séance d’échange de connaissances peut devenir une activité de l’agenda, ouverte aux inscriptions des médecins généralistes.',
  create: 'Créer l’activité à partir de cette demande',
  formIntro:
    'À partir de la demande {reference} ({practice})\u202f: le type, les thèmes, la zone, la langue et le public en sont repris. Moments souhaités par le demandeur\u202f: {times}',
  noTimes: 'non précisés',
  titleDefault: 'Échange de connaissances – {practice}',
  fromRequest: 'Demande d’origine\u202f:',
  exists: 'Cette demande a déjà une activité prévue.',
};

export const requestEventMessages: Translations<typeof fr> = {
  fr,
  nl: {
    heading: 'Activiteit',
    linked: 'Deze aanvraag is een activiteit geworden:',
    none: 'Deze aanvraag voor een kennisdelingssessie kan een activiteit in de kalender worden, waarvoor huisartsen zich kunnen inschrijven.',
    create: 'De activiteit aanmaken vanuit deze aanvraag',
    formIntro:
      'Vanuit aanvraag {reference} ({practice}): soort, thema’s, zone, taal en publiek zijn overgenomen. Gewenste momenten van de aanvrager: {times}',
    noTimes: 'niet opgegeven',
    titleDefault: 'Kennisdeling – {practice}',
    fromRequest: 'Oorspronkelijke aanvraag:',
    exists: 'Deze aanvraag heeft al een geplande activiteit.',
  },
  en: {
    heading: 'Event',
    linked: 'This request has become an event:',
    none: 'This request for a knowledge-sharing session can become an event in the agenda, open to GPs’ registrations.',
    create: 'Create the event from this request',
    formIntro:
      'From request {reference} ({practice}): the kind, topics, zone, language and audience are taken from it. Times the requester would like: {times}',
    noTimes: 'not given',
    titleDefault: 'Knowledge sharing – {practice}',
    fromRequest: 'Original request:',
    exists: 'This request already has a scheduled event.',
  },
  de: {
    heading: 'Veranstaltung',
    linked: 'Aus dieser Anfrage ist eine Veranstaltung geworden:',
    none: 'Diese Anfrage nach einem Wissensaustausch kann eine Veranstaltung im Kalender werden, für die sich Hausärztinnen und Hausärzte anmelden können.',
    create: 'Die Veranstaltung aus dieser Anfrage erstellen',
    formIntro:
      'Aus der Anfrage {reference} ({practice}): Art, Themen, Zone, Sprache und Zielgruppe werden übernommen. Von der anfragenden Person gewünschte Zeitpunkte: {times}',
    noTimes: 'nicht angegeben',
    titleDefault: 'Wissensaustausch – {practice}',
    fromRequest: 'Ursprüngliche Anfrage:',
    exists: 'Für diese Anfrage ist bereits eine Veranstaltung geplant.',
  },
};
