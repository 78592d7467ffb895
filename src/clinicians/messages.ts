import type { Translations } from '../platform/i18n/index.ts';

// Strings of a clinician's own pages: their profile and their sessions. Labels of controlled
// lists come from the directory (labels.ts) and care (messages.ts); profile rule sentences from
// the directory's import messages are written for spreadsheets, so forms have their own here.
const fr = {
  nav: { profile: 'Mon profil', sessions: 'Mes séances', newSession: 'Enregistrer une séance' },
  profile: {
    title: 'Mon profil dans l’annuaire',
    intro:
      'Ce que le public voit de vous dans l’annuaire. Gardez-le à jour\u202f: un profil qui n’a pas été confirmé depuis six mois est signalé comme peut-être dépassé.',
    updatedOn: 'Mis à jour le {date}',
    saved: 'Votre profil est enregistré. Il apparaît ainsi dans l’annuaire dès maintenant.',
    notListed: 'Votre profil n’apparaît pas dans l’annuaire en ce moment (convention suspendue ou terminée).',
    viewInFinder: 'Voir mon profil dans l’annuaire',
    languages: 'Langues de consultation',
    specialities: 'Thèmes (au plus {max})',
    modes: 'Formes des séances',
    accepting: 'Acceptez-vous de nouveaux patients\u202f?',
    yes: 'Oui',
    no: 'Non',
    waitingBand: 'Délai avant un premier rendez-vous',
    locationsTitle: 'Lieux de consultation',
    locationsHint:
      'Vos cabinets et vos lieux d’accroche (un lieu que le public fréquente déjà\u202f: CPAS, école, maison médicale).',
    location: 'Lieu {n}',
    newLocation: 'Ajouter un lieu (laissez vide si vous n’en ajoutez pas)',
    kind: 'Type de lieu',
    name: 'Nom du lieu (facultatif)',
    street: 'Rue et numéro',
    postcode: 'Code postal',
    wheelchair: 'Accessible en fauteuil roulant',
    remove: 'Retirer ce lieu',
    submit: 'Enregistrer mon profil',
  },
  errors: {
    required: 'Ce champ est obligatoire.',
    'languages-required': 'Choisissez au moins une langue.',
    'modes-required': 'Choisissez au moins une forme de séance.',
    'unknown-value': 'Choisissez une valeur dans la liste.',
    'too-many': 'Choisissez au plus {max} thèmes.',
    'too-long': 'Au plus {max} caractères.',
    'patient-identifier':
      'N’écrivez pas de numéro de registre national (NISS) ici\u202f: votre profil est public, et ce numéro identifie une personne. Retirez-le\u202f; le reste est gardé.',
    'street-required': 'Indiquez la rue et le numéro du lieu {n}.',
    'postcode-required': 'Indiquez le code postal du lieu {n}.',
    'unknown-postcode':
      'Le code postal {value} du lieu {n} n’existe pas\u202f: 4 chiffres, par exemple 1030.',
    'location-required': 'Indiquez au moins un lieu de consultation.',
    'outreach-without-venue':
      'La forme «\u202fdans un lieu du quartier\u202f» demande au moins un lieu d’accroche\u202f: ajoutez-en un ou décochez cette forme.',
    'venue-without-outreach':
      'Vous avez un lieu d’accroche\u202f: cochez la forme «\u202fdans un lieu du quartier\u202f», ou changez le type de ce lieu.',
    other: 'Cette valeur ne convient pas ({code}).',
  },
};

export const clinicianMessages: Translations<typeof fr> = {
  fr,
  nl: {
    nav: { profile: 'Mijn profiel', sessions: 'Mijn sessies', newSession: 'Een sessie registreren' },
    profile: {
      title: 'Mijn profiel in de zoekgids',
      intro:
        'Wat het publiek van u ziet in de zoekgids. Houd het actueel: een profiel dat zes maanden niet bevestigd is, wordt als mogelijk verouderd gemeld.',
      updatedOn: 'Bijgewerkt op {date}',
      saved: 'Uw profiel is opgeslagen. Zo staat het vanaf nu in de zoekgids.',
      notListed: 'Uw profiel staat momenteel niet in de zoekgids (overeenkomst geschorst of beëindigd).',
      viewInFinder: 'Mijn profiel in de zoekgids bekijken',
      languages: 'Consultatietalen',
      specialities: 'Thema’s (hoogstens {max})',
      modes: 'Vormen van de sessies',
      accepting: 'Neemt u nieuwe patiënten aan?',
      yes: 'Ja',
      no: 'Nee',
      waitingBand: 'Wachttijd voor een eerste afspraak',
      locationsTitle: 'Consultatieplaatsen',
      locationsHint:
        'Uw praktijken en vindplaatsen (een plek waar het publiek al komt: OCMW, school, wijkgezondheidscentrum).',
      location: 'Plaats {n}',
      newLocation: 'Een plaats toevoegen (laat leeg als u er geen toevoegt)',
      kind: 'Soort plaats',
      name: 'Naam van de plaats (niet verplicht)',
      street: 'Straat en nummer',
      postcode: 'Postcode',
      wheelchair: 'Toegankelijk met een rolstoel',
      remove: 'Deze plaats verwijderen',
      submit: 'Mijn profiel opslaan',
    },
    errors: {
      required: 'Dit veld is verplicht.',
      'languages-required': 'Kies minstens één taal.',
      'modes-required': 'Kies minstens één vorm van sessie.',
      'unknown-value': 'Kies een waarde uit de lijst.',
      'too-many': 'Kies hoogstens {max} thema’s.',
      'too-long': 'Hoogstens {max} tekens.',
      'patient-identifier':
        'Schrijf hier geen rijksregisternummer (INSZ): uw profiel is openbaar en dat nummer identificeert een persoon. Verwijder het; de rest blijft bewaard.',
      'street-required': 'Geef de straat en het nummer van plaats {n}.',
      'postcode-required': 'Geef de postcode van plaats {n}.',
      'unknown-postcode': 'De postcode {value} van plaats {n} bestaat niet: 4 cijfers, bijvoorbeeld 1030.',
      'location-required': 'Geef minstens één consultatieplaats.',
      'outreach-without-venue':
        'De vorm ‘op een plek in de wijk’ vraagt minstens één vindplaats: voeg er een toe of vink deze vorm uit.',
      'venue-without-outreach':
        'U hebt een vindplaats: vink de vorm ‘op een plek in de wijk’ aan, of wijzig de soort van die plaats.',
      other: 'Deze waarde past niet ({code}).',
    },
  },
  en: {
    nav: { profile: 'My profile', sessions: 'My sessions', newSession: 'Record a session' },
    profile: {
      title: 'My profile in the directory',
      intro:
        'What the public sees of you in the directory. Keep it up to date: a profile not confirmed for six months is flagged as possibly out of date.',
      updatedOn: 'Updated on {date}',
      saved: 'Your profile is saved. This is how it appears in the directory from now on.',
      notListed: 'Your profile is not in the directory at the moment (agreement suspended or ended).',
      viewInFinder: 'See my profile in the directory',
      languages: 'Languages you consult in',
      specialities: 'Topics (at most {max})',
      modes: 'How sessions take place',
      accepting: 'Do you accept new patients?',
      yes: 'Yes',
      no: 'No',
      waitingBand: 'Waiting time for a first appointment',
      locationsTitle: 'Where you consult',
      locationsHint:
        'Your practices and outreach venues (a place the public already visits: CPAS, school, GP practice).',
      location: 'Place {n}',
      newLocation: 'Add a place (leave empty if you are not adding one)',
      kind: 'Kind of place',
      name: 'Name of the place (optional)',
      street: 'Street and number',
      postcode: 'Postcode',
      wheelchair: 'Wheelchair accessible',
      remove: 'Remove this place',
      submit: 'Save my profile',
    },
    errors: {
      required: 'This field is required.',
      'languages-required': 'Choose at least one language.',
      'modes-required': 'Choose at least one way sessions take place.',
      'unknown-value': 'Choose a value from the list.',
      'too-many': 'Choose at most {max} topics.',
      'too-long': 'At most {max} characters.',
      'patient-identifier':
        'Do not write a national register number (NISS) here: your profile is public, and that number identifies a person. Remove it; the rest is kept.',
      'street-required': 'Enter the street and number of place {n}.',
      'postcode-required': 'Enter the postcode of place {n}.',
      'unknown-postcode': 'The postcode {value} of place {n} does not exist: 4 digits, for example 1030.',
      'location-required': 'Enter at least one place where you consult.',
      'outreach-without-venue':
        'Sessions ‘in a neighbourhood place’ need at least one outreach venue: add one or untick that option.',
      'venue-without-outreach':
        'You have an outreach venue: tick ‘in a neighbourhood place’, or change the kind of that place.',
      other: 'This value does not fit ({code}).',
    },
  },
  de: {
    nav: { profile: 'Mein Profil', sessions: 'Meine Sitzungen', newSession: 'Eine Sitzung erfassen' },
    profile: {
      title: 'Mein Profil im Verzeichnis',
      intro:
        'Was die Öffentlichkeit im Verzeichnis von Ihnen sieht. Halten Sie es aktuell: Ein Profil, das seit sechs Monaten nicht bestätigt wurde, wird als möglicherweise veraltet gekennzeichnet.',
      updatedOn: 'Aktualisiert am {date}',
      saved: 'Ihr Profil ist gespeichert. So erscheint es ab sofort im Verzeichnis.',
      notListed: 'Ihr Profil erscheint derzeit nicht im Verzeichnis (Vereinbarung ausgesetzt oder beendet).',
      viewInFinder: 'Mein Profil im Verzeichnis ansehen',
      languages: 'Sprachen der Sitzungen',
      specialities: 'Themen (höchstens {max})',
      modes: 'Formen der Sitzungen',
      accepting: 'Nehmen Sie neue Patientinnen und Patienten an?',
      yes: 'Ja',
      no: 'Nein',
      waitingBand: 'Wartezeit bis zu einem ersten Termin',
      locationsTitle: 'Orte der Sitzungen',
      locationsHint:
        'Ihre Praxen und Ihre Anlaufstellen vor Ort (ein Ort, den die Menschen bereits aufsuchen: ÖSHZ, Schule, Gesundheitszentrum).',
      location: 'Ort {n}',
      newLocation: 'Einen Ort hinzufügen (leer lassen, wenn Sie keinen hinzufügen)',
      kind: 'Art des Ortes',
      name: 'Name des Ortes (freiwillig)',
      street: 'Straße und Hausnummer',
      postcode: 'Postleitzahl',
      wheelchair: 'Mit dem Rollstuhl zugänglich',
      remove: 'Diesen Ort entfernen',
      submit: 'Mein Profil speichern',
    },
    errors: {
      required: 'Dieses Feld ist erforderlich.',
      'languages-required': 'Wählen Sie mindestens eine Sprache.',
      'modes-required': 'Wählen Sie mindestens eine Form der Sitzung.',
      'unknown-value': 'Wählen Sie einen Wert aus der Liste.',
      'too-many': 'Wählen Sie höchstens {max} Themen.',
      'too-long': 'Höchstens {max} Zeichen.',
      'patient-identifier':
        'Schreiben Sie hier keine Nationalregisternummer (INSZ): Ihr Profil ist öffentlich, und diese Nummer identifiziert eine Person. Entfernen Sie sie; der Rest bleibt erhalten.',
      'street-required': 'Geben Sie Straße und Hausnummer von Ort {n} an.',
      'postcode-required': 'Geben Sie die Postleitzahl von Ort {n} an.',
      'unknown-postcode': 'Die Postleitzahl {value} von Ort {n} gibt es nicht: 4 Ziffern, zum Beispiel 1030.',
      'location-required': 'Geben Sie mindestens einen Ort für die Sitzungen an.',
      'outreach-without-venue':
        'Die Form „An einem Ort in Ihrem Viertel“ erfordert mindestens eine Anlaufstelle vor Ort: Fügen Sie eine hinzu oder entfernen Sie das Häkchen bei dieser Form.',
      'venue-without-outreach':
        'Sie haben eine Anlaufstelle vor Ort: Kreuzen Sie die Form „An einem Ort in Ihrem Viertel“ an oder ändern Sie die Art dieses Ortes.',
      other: 'Dieser Wert passt nicht ({code}).',
    },
  },
};
