// Strings of the first-line support hours page. French is the source; Dutch and English are
// typed against it. Every error names its field, so it reads on its own in the error summary.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  title: 'Heures de soutien à la première ligne',
  intro:
    'Notez le temps passé à soutenir un médecin généraliste ou une organisation sur une demande qui vous a été attribuée. Ces heures sont imputées sur l’enveloppe de soutien à la première ligne du réseau.',
  recorded: '{hours} h enregistrées sur la demande {reference}.',
  submit: 'Enregistrer les heures',
  fields: {
    reference: 'Référence de la demande',
    referenceHint: 'Telle qu’elle figure dans le courriel d’attribution, par exemple GP-7K3M-Q9XD.',
    date: 'Date',
    dateHint: 'Par exemple 17/03/2026.',
    hours: 'Heures',
    hoursHint: 'Par quart d’heure\u202f: 0,25, 0,5, 1,5…',
    kind: 'Type de soutien',
    network: 'Réseau',
    networkHint: 'Seulement si la demande relève de plusieurs réseaux.',
    networkOfCase: 'Le réseau de la demande',
  },
  kinds: {
    advice: 'Avis',
    'joint-consultation': 'Consultation conjointe',
    'knowledge-session': 'Séance de partage de connaissances',
    'case-advice': 'Avis sur un cas',
  },
  errors: {
    'reference-required': 'Référence de la demande\u202f: indiquez la référence.',
    'not-assigned':
      'Référence de la demande\u202f: aucune demande avec cette référence ne vous est attribuée.',
    'date-invalid': 'Date\u202f: indiquez une date réelle, par exemple 17/03/2026.',
    'date-future': 'Date\u202f: la date ne peut pas être dans le futur.',
    'hours-invalid': 'Heures\u202f: indiquez un nombre de quarts d’heure, de 0,25 à 12, par exemple 1,5.',
    'kind-required': 'Type de soutien\u202f: choisissez le type de soutien.',
    'network-required': 'Réseau\u202f: choisissez l’un des réseaux de la demande.',
  },
};

export type HoursMessages = typeof fr;

export const hoursMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Uren ondersteuning eerste lijn',
    intro:
      'Noteer de tijd die u besteedde aan de ondersteuning van een huisarts of een organisatie bij een aanvraag die aan u is toegewezen. Deze uren worden aangerekend op de envelop ondersteuning eerste lijn van het netwerk.',
    recorded: '{hours} u geregistreerd bij aanvraag {reference}.',
    submit: 'Uren registreren',
    fields: {
      reference: 'Referentie van de aanvraag',
      referenceHint: 'Zoals in de e-mail van de toewijzing, bijvoorbeeld GP-7K3M-Q9XD.',
      date: 'Datum',
      dateHint: 'Bijvoorbeeld 17/03/2026.',
      hours: 'Uren',
      hoursHint: 'Per kwartier: 0,25, 0,5, 1,5…',
      kind: 'Soort ondersteuning',
      network: 'Netwerk',
      networkHint: 'Alleen als de aanvraag onder meerdere netwerken valt.',
      networkOfCase: 'Het netwerk van de aanvraag',
    },
    kinds: {
      advice: 'Advies',
      'joint-consultation': 'Gezamenlijke consultatie',
      'knowledge-session': 'Kennissessie',
      'case-advice': 'Casusadvies',
    },
    errors: {
      'reference-required': 'Referentie van de aanvraag: vul de referentie in.',
      'not-assigned': 'Referentie van de aanvraag: er is u geen aanvraag met deze referentie toegewezen.',
      'date-invalid': 'Datum: vul een bestaande datum in, bijvoorbeeld 17/03/2026.',
      'date-future': 'Datum: de datum mag niet in de toekomst liggen.',
      'hours-invalid': 'Uren: vul een aantal kwartieren in, van 0,25 tot 12, bijvoorbeeld 1,5.',
      'kind-required': 'Soort ondersteuning: kies de soort ondersteuning.',
      'network-required': 'Netwerk: kies een van de netwerken van de aanvraag.',
    },
  },
  en: {
    title: 'First-line support hours',
    intro:
      'Record the time you spent supporting a GP or an organisation on a request assigned to you. These hours are drawn on the network’s first-line support envelope.',
    recorded: '{hours} h recorded on request {reference}.',
    submit: 'Record the hours',
    fields: {
      reference: 'Request reference',
      referenceHint: 'As in the assignment e-mail, for example GP-7K3M-Q9XD.',
      date: 'Date',
      dateHint: 'For example 17/03/2026.',
      hours: 'Hours',
      hoursHint: 'In quarter hours: 0.25, 0.5, 1.5…',
      kind: 'Kind of support',
      network: 'Network',
      networkHint: 'Only if the request belongs to several networks.',
      networkOfCase: 'The request’s network',
    },
    kinds: {
      advice: 'Advice',
      'joint-consultation': 'Joint consultation',
      'knowledge-session': 'Knowledge session',
      'case-advice': 'Case advice',
    },
    errors: {
      'reference-required': 'Request reference: enter the reference.',
      'not-assigned': 'Request reference: no request with this reference is assigned to you.',
      'date-invalid': 'Date: enter a real date, for example 17/03/2026.',
      'date-future': 'Date: the date cannot be in the future.',
      'hours-invalid': 'Hours: enter a number of quarter hours, from 0.25 to 12, for example 1.5.',
      'kind-required': 'Kind of support: choose the kind of support.',
      'network-required': 'Network: choose one of the request’s networks.',
    },
  },
};
