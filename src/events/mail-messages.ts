// The e-mails of event registrations (notifications.ts): confirmation, waiting list, moving up,
// reminder, cancellation. French is the source; Dutch, English and German are typed against it.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  registeredSubject: 'Inscription confirmée\u202f: {title}',
  waitlistedSubject: 'Liste d’attente\u202f: {title}',
  promotedSubject: 'Une place s’est libérée\u202f: {title}',
  reminderSubject: 'Rappel, dans deux jours\u202f: {title}',
  cancelledSubject: 'Activité annulée\u202f: {title}',
  hello: 'Bonjour {name},',
  registered: 'Votre inscription est confirmée. Le rendez-vous est joint (fichier .ics) pour votre agenda.',
  waitlisted:
    'L’activité est complète\u202f: vous êtes sur la liste d’attente. Si une place se libère, elle vous revient dans l’ordre et nous vous écrivons.',
  promoted:
    'Une place s’est libérée\u202f: vous êtes maintenant inscrit·e. Le rendez-vous est joint (fichier .ics).',
  reminder: 'Petit rappel\u202f: l’activité a lieu dans deux jours.',
  cancelled: 'L’organisateur a annulé cette activité. Nous sommes désolés du désagrément.',
  details: 'Quand\u202f: {when}\nOù\u202f: {where}\nRéférence\u202f: {reference}',
  cancel: 'Vous ne pouvez pas venir\u202f? Annulez ici, la place ira à quelqu’un d’autre\u202f:',
  signature: 'Passerelle',
};

export const eventMailMessages: Translations<typeof fr> = {
  fr,
  nl: {
    registeredSubject: 'Inschrijving bevestigd: {title}',
    waitlistedSubject: 'Wachtlijst: {title}',
    promotedSubject: 'Er is een plaats vrijgekomen: {title}',
    reminderSubject: 'Herinnering, over twee dagen: {title}',
    cancelledSubject: 'Activiteit geannuleerd: {title}',
    hello: 'Beste {name},',
    registered: 'Uw inschrijving is bevestigd. De afspraak zit in de bijlage (.ics-bestand) voor uw agenda.',
    waitlisted:
      'De activiteit is volzet: u staat op de wachtlijst. Komt er een plaats vrij, dan gaat die in volgorde naar u en schrijven we u.',
    promoted:
      'Er is een plaats vrijgekomen: u bent nu ingeschreven. De afspraak zit in de bijlage (.ics-bestand).',
    reminder: 'Een korte herinnering: de activiteit vindt over twee dagen plaats.',
    cancelled: 'De organisator heeft deze activiteit geannuleerd. Excuses voor het ongemak.',
    details: 'Wanneer: {when}\nWaar: {where}\nReferentie: {reference}',
    cancel: 'Kunt u niet komen? Annuleer hier, dan gaat de plaats naar iemand anders:',
    signature: 'Passerelle',
  },
  en: {
    registeredSubject: 'Registration confirmed: {title}',
    waitlistedSubject: 'Waiting list: {title}',
    promotedSubject: 'A place has freed up: {title}',
    reminderSubject: 'Reminder, in two days: {title}',
    cancelledSubject: 'Event cancelled: {title}',
    hello: 'Hello {name},',
    registered: 'Your registration is confirmed. The appointment is attached (.ics file) for your calendar.',
    waitlisted:
      'The event is full: you are on the waiting list. If a place frees up, it goes to you in order and we write to you.',
    promoted: 'A place has freed up: you are now registered. The appointment is attached (.ics file).',
    reminder: 'A short reminder: the event takes place in two days.',
    cancelled: 'The organiser has cancelled this event. We are sorry for the inconvenience.',
    details: 'When: {when}\nWhere: {where}\nReference: {reference}',
    cancel: 'Cannot come? Cancel here, so the place goes to someone else:',
    signature: 'Passerelle',
  },
  de: {
    registeredSubject: 'Anmeldung bestätigt: {title}',
    waitlistedSubject: 'Warteliste: {title}',
    promotedSubject: 'Ein Platz ist frei geworden: {title}',
    reminderSubject: 'Erinnerung, in zwei Tagen: {title}',
    cancelledSubject: 'Veranstaltung abgesagt: {title}',
    hello: 'Guten Tag {name},',
    registered: 'Ihre Anmeldung ist bestätigt. Der Termin ist für Ihren Kalender beigefügt (.ics-Datei).',
    waitlisted:
      'Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste. Wird ein Platz frei, erhalten Sie ihn der Reihe nach, und wir schreiben Ihnen.',
    promoted:
      'Ein Platz ist frei geworden: Sie sind jetzt angemeldet. Der Termin ist beigefügt (.ics-Datei).',
    reminder: 'Eine kurze Erinnerung: Die Veranstaltung findet in zwei Tagen statt.',
    cancelled:
      'Der Veranstalter hat diese Veranstaltung abgesagt. Wir bitten um Entschuldigung für die Unannehmlichkeiten.',
    details: 'Wann: {when}\nWo: {where}\nReferenz: {reference}',
    cancel: 'Sie können nicht kommen? Stornieren Sie hier, damit der Platz an jemand anderen geht:',
    signature: 'Passerelle',
  },
};
