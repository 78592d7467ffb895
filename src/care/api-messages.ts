// The care API's problem texts (routes.ts), also shown by the pages that record and cancel
// sessions, so the screen and the API say the same thing. French is the source; Dutch, English
// and German are typed against it. French puts a narrow no-break space before a colon.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  off: 'L’API des séances et des décomptes n’est pas activée sur ce serveur.',
  unauthorized: 'Authentification requise\u202f: envoyez l’en-tête Authorization: Bearer <jeton>.',
  forbidden: 'Vous n’avez pas accès à cette séance ou à ce décompte.',
  sessionNotFound: 'Aucune séance n’a cet identifiant.',
  alreadyCancelled: 'Cette séance est déjà annulée.',
  reasonHoldsNiss:
    'N’écrivez pas de numéro de registre national (NISS) dans le motif\u202f: la séance connaît déjà son patient, et le motif se lit dans l’historique. Donnez la raison sans ce numéro.',
  historyTooLong: 'Indiquez au plus {limit} séances passées.',
  errors: {
    date: 'Cette date n’existe pas\u202f: indiquez une date au format AAAA-MM-JJ, par exemple 2024-05-10.',
    'niss-format': 'Un NISS a 11 chiffres, par exemple 85.07.14-123.45 (points, tirets et espaces permis).',
    'niss-checksum':
      'Ce NISS n’est pas valide\u202f: ses deux derniers chiffres (de contrôle) ne correspondent pas aux neuf premiers.',
    'niss-birth-date': 'La date de naissance ne correspond pas à celle que contient le NISS.',
    'birth-after-session': 'La date de naissance est postérieure à la date de la séance.',
    postcode:
      'Code postal du domicile\u202f: indiquez les 4 chiffres d’un code postal belge, par exemple 1030.',
    'unknown-clinician': 'Aucun psychologue ou orthopédagogue conventionné n’a cet identifiant.',
    'not-clinician-location': 'Ce lieu n’est ni un cabinet ni un lieu d’accroche de ce clinicien.',
    'unknown-network': 'Aucun réseau n’a cet identifiant. Réseaux connus\u202f: {networks}.',
    'not-network-member': 'Ce clinicien n’a pas de convention avec ce réseau.',
  },
};

export const careApiMessages: Translations<typeof fr> = {
  fr,
  nl: {
    off: 'De API voor sessies en afrekeningen is op deze server niet ingeschakeld.',
    unauthorized: 'Aanmelding vereist: stuur de header Authorization: Bearer <token>.',
    forbidden: 'U hebt geen toegang tot deze sessie of afrekening.',
    sessionNotFound: 'Geen enkele sessie heeft deze identificatie.',
    alreadyCancelled: 'Deze sessie is al geannuleerd.',
    reasonHoldsNiss:
      'Schrijf geen rijksregisternummer (INSZ) in de reden: de sessie kent haar patiënt al, en de reden staat leesbaar in de geschiedenis. Geef de reden zonder dat nummer.',
    historyTooLong: 'Geef hoogstens {limit} vroegere sessies.',
    errors: {
      date: 'Deze datum bestaat niet: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2024-05-10.',
      'niss-format':
        'Een INSZ heeft 11 cijfers, bijvoorbeeld 85.07.14-123.45 (punten, streepjes en spaties mogen).',
      'niss-checksum':
        'Dit INSZ is ongeldig: de laatste twee cijfers (controlecijfers) passen niet bij de eerste negen.',
      'niss-birth-date': 'De geboortedatum komt niet overeen met die in het INSZ.',
      'birth-after-session': 'De geboortedatum ligt na de datum van de sessie.',
      postcode:
        'Postcode van de woonplaats: geef de 4 cijfers van een Belgische postcode, bijvoorbeeld 1030.',
      'unknown-clinician':
        'Geen enkele geconventioneerde psycholoog of orthopedagoog heeft deze identificatie.',
      'not-clinician-location': 'Deze plaats is geen praktijk of vindplaats van deze zorgverlener.',
      'unknown-network': 'Geen enkel netwerk heeft deze identificatie. Bekende netwerken: {networks}.',
      'not-network-member': 'Deze zorgverlener heeft geen overeenkomst met dit netwerk.',
    },
  },
  en: {
    off: 'The sessions and statements API is not enabled on this server.',
    unauthorized: 'Authentication required: send the header Authorization: Bearer <token>.',
    forbidden: 'You do not have access to this session or statement.',
    sessionNotFound: 'No session has this identifier.',
    alreadyCancelled: 'This session is already cancelled.',
    reasonHoldsNiss:
      'Do not write a national register number (NISS) in the reason: the session already knows its patient, and the reason is read in its history. Give the reason without the number.',
    historyTooLong: 'Give at most {limit} past sessions.',
    errors: {
      date: 'This date does not exist: enter a date as YYYY-MM-DD, for example 2024-05-10.',
      'niss-format':
        'A NISS has 11 digits, for example 85.07.14-123.45 (dots, dashes and spaces are allowed).',
      'niss-checksum':
        'This NISS is not valid: its last two digits (check digits) do not match the first nine.',
      'niss-birth-date': 'The date of birth does not match the one in the NISS.',
      'birth-after-session': 'The date of birth is after the date of the session.',
      postcode: 'Postcode of residence: give the 4 digits of a Belgian postcode, for example 1030.',
      'unknown-clinician': 'No conventioned psychologist or orthopedagogue has this identifier.',
      'not-clinician-location': 'This place is neither a practice nor an outreach venue of this clinician.',
      'unknown-network': 'No network has this identifier. Known networks: {networks}.',
      'not-network-member': 'This clinician has no convention with this network.',
    },
  },
  de: {
    off: 'Die API für Sitzungen und Abrechnungen ist auf diesem Server nicht aktiviert.',
    unauthorized: 'Anmeldung erforderlich: Senden Sie den Header Authorization: Bearer <Token>.',
    forbidden: 'Sie haben keinen Zugriff auf diese Sitzung oder diese Abrechnung.',
    sessionNotFound: 'Keine Sitzung hat diese Kennung.',
    alreadyCancelled: 'Diese Sitzung ist bereits abgesagt.',
    reasonHoldsNiss:
      'Schreiben Sie keine Nationalregisternummer (INSZ) in die Begründung: Die Sitzung kennt ihre Patientin oder ihren Patienten bereits, und die Begründung ist im Verlauf lesbar. Geben Sie die Begründung ohne diese Nummer an.',
    historyTooLong: 'Geben Sie höchstens {limit} frühere Sitzungen an.',
    errors: {
      date: 'Dieses Datum gibt es nicht: Geben Sie ein Datum im Format JJJJ-MM-TT an, zum Beispiel 2024-05-10.',
      'niss-format':
        'Eine INSZ hat 11 Ziffern, zum Beispiel 85.07.14-123.45 (Punkte, Bindestriche und Leerzeichen sind erlaubt).',
      'niss-checksum':
        'Diese INSZ ist ungültig: Ihre letzten zwei Ziffern (Prüfziffern) passen nicht zu den ersten neun.',
      'niss-birth-date': 'Das Geburtsdatum stimmt nicht mit dem Geburtsdatum in der INSZ überein.',
      'birth-after-session': 'Das Geburtsdatum liegt nach dem Datum der Sitzung.',
      postcode:
        'Postleitzahl des Wohnorts: Geben Sie die 4 Ziffern einer belgischen Postleitzahl an, zum Beispiel 1030.',
      'unknown-clinician':
        'Keine konventionierte Fachkraft (Psychologie oder Orthopädagogik) hat diese Kennung.',
      'not-clinician-location': 'Dieser Ort ist weder eine Praxis noch eine Anlaufstelle dieser Fachkraft.',
      'unknown-network': 'Kein Netzwerk hat diese Kennung. Bekannte Netzwerke: {networks}.',
      'not-network-member': 'Diese Fachkraft hat keine Vereinbarung mit diesem Netzwerk.',
    },
  },
};
