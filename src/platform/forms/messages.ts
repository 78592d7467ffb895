import type { Translations } from '../i18n/index.ts';
import type { IssueCode } from './checker.ts';

// What the form engine says itself, in FR (source), NL, EN and DE: its buttons, and one sentence per
// issue code. A capability names its fields (issues.ts puts the field's name before the
// sentence) and may say a field's issue its own way.

const issues: Record<IssueCode, string> = {
  required: 'Complétez ce champ.',
  'too-long': 'Indiquez au plus {limit} caractères.',
  'not-text': 'Indiquez un texte.',
  'unknown-value': 'Choisissez une des options proposées.',
  'patient-identifier':
    'N’écrivez pas de numéro de registre national (NISS) ici\u202f: ce formulaire n’est pas fait pour les données qui identifient un patient. Retirez ce numéro\u202f; le reste de votre texte est gardé.',
  'invalid-email': 'Indiquez une adresse e-mail, par exemple nom@exemple.be.',
  'invalid-url': 'Indiquez une adresse web complète, par exemple https://www.exemple.be.',
  'invalid-phone': 'Indiquez un numéro de téléphone, par exemple 02 123 45 67.',
  'invalid-postcode': 'Un code postal belge a 4 chiffres, par exemple 1020.',
  'invalid-enterprise-number':
    'Ce numéro d’entreprise n’est pas valide (10 chiffres, ou 9 dans l’ancienne forme, par exemple 0123.456.749).',
  'invalid-inami':
    'Ce numéro INAMI n’est pas valide. Recopiez ses 11 chiffres depuis votre attestation INAMI, par exemple 5.12345.09.890.',
  'invalid-date': 'Indiquez une date qui existe, par exemple 03/12/2026.',
  'invalid-number': 'Indiquez un nombre entier.',
  'number-range': 'Indiquez un nombre entre {min} et {max}.',
  'capacity-range': 'Indiquez un nombre entier de {min} à {max}.',
  'outside-territory': 'Ce code postal n’est pas dans un territoire couvert.',
  'no-network-for-age': 'Aucun réseau ne couvre cet âge à {place}.',
  'treatment-criteria':
    'Le traitement (fonction 3) demande au moins {years} ans d’expérience ou une longue formation en psychothérapie.',
  'document-missing': 'Ajoutez ce document.',
};

const fr = {
  continue: 'Continuer',
  change: 'Modifier',
  /** A field's name, then what is wrong with it: "Prénom : indiquez au plus 100 caractères." */
  named: '{field}\u202f: {sentence}',
  issues,
};

export const formMessages: Translations<typeof fr> = {
  fr,
  nl: {
    continue: 'Doorgaan',
    change: 'Wijzigen',
    named: '{field}: {sentence}',
    issues: {
      required: 'Vul dit veld in.',
      'too-long': 'Vul hoogstens {limit} tekens in.',
      'not-text': 'Vul een tekst in.',
      'unknown-value': 'Kies een van de voorgestelde opties.',
      'patient-identifier':
        'Schrijf hier geen rijksregisternummer (INSZ): dit formulier is niet bedoeld voor gegevens die een patiënt identificeren. Verwijder dat nummer; de rest van uw tekst blijft bewaard.',
      'invalid-email': 'Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
      'invalid-url': 'Vul een volledig webadres in, bijvoorbeeld https://www.voorbeeld.be.',
      'invalid-phone': 'Vul een telefoonnummer in, bijvoorbeeld 02 123 45 67.',
      'invalid-postcode': 'Een Belgische postcode heeft 4 cijfers, bijvoorbeeld 1020.',
      'invalid-enterprise-number':
        'Dit ondernemingsnummer is niet geldig (10 cijfers, of 9 in de oude vorm, bijvoorbeeld 0123.456.749).',
      'invalid-inami':
        'Dit RIZIV-nummer is niet geldig. Neem de 11 cijfers over van uw RIZIV-attest, bijvoorbeeld 5.12345.09.890.',
      'invalid-date': 'Vul een bestaande datum in, bijvoorbeeld 03/12/2026.',
      'invalid-number': 'Vul een geheel getal in.',
      'number-range': 'Vul een getal tussen {min} en {max} in.',
      'capacity-range': 'Vul een geheel getal van {min} tot {max} in.',
      'outside-territory': 'Deze postcode ligt niet in een gedekt gebied.',
      'no-network-for-age': 'Geen netwerk dekt deze leeftijd in {place}.',
      'treatment-criteria':
        'Behandeling (functie 3) vraagt minstens {years} jaar ervaring of een lange psychotherapieopleiding.',
      'document-missing': 'Voeg dit document toe.',
    },
  },
  en: {
    continue: 'Continue',
    change: 'Change',
    named: '{field}: {sentence}',
    issues: {
      required: 'Fill in this field.',
      'too-long': 'Enter at most {limit} characters.',
      'not-text': 'Enter some text.',
      'unknown-value': 'Choose one of the options offered.',
      'patient-identifier':
        'Do not write a national register number (NISS) here: this form is not meant for data that identifies a patient. Remove the number; the rest of your text is kept.',
      'invalid-email': 'Enter an e-mail address, for example name@example.be.',
      'invalid-url': 'Enter a full web address, for example https://www.example.be.',
      'invalid-phone': 'Enter a phone number, for example 02 123 45 67.',
      'invalid-postcode': 'A Belgian postcode has 4 digits, for example 1020.',
      'invalid-enterprise-number':
        'This enterprise number is not valid (10 digits, or 9 in the old form, for example 0123.456.749).',
      'invalid-inami':
        'This INAMI number is not valid. Copy its 11 digits from your INAMI certificate, for example 5.12345.09.890.',
      'invalid-date': 'Enter a date that exists, for example 03/12/2026.',
      'invalid-number': 'Enter a whole number.',
      'number-range': 'Enter a number between {min} and {max}.',
      'capacity-range': 'Enter a whole number from {min} to {max}.',
      'outside-territory': 'This postcode is not in a territory we cover.',
      'no-network-for-age': 'No network covers this age in {place}.',
      'treatment-criteria':
        'Treatment (function 3) needs at least {years} years of experience or a long psychotherapy training.',
      'document-missing': 'Add this document.',
    },
  },
  de: {
    continue: 'Weiter',
    change: 'Ändern',
    named: '{field}: {sentence}',
    issues: {
      required: 'Füllen Sie dieses Feld aus.',
      'too-long': 'Geben Sie höchstens {limit} Zeichen ein.',
      'not-text': 'Geben Sie einen Text ein.',
      'unknown-value': 'Wählen Sie eine der angebotenen Optionen.',
      'patient-identifier':
        'Schreiben Sie hier keine Nationalregisternummer (INSZ): Dieses Formular ist nicht für Daten gedacht, die einen Patienten erkennbar machen. Entfernen Sie die Nummer; der Rest Ihres Textes bleibt erhalten.',
      'invalid-email': 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.be.',
      'invalid-url': 'Geben Sie eine vollständige Internetadresse ein, zum Beispiel https://www.beispiel.be.',
      'invalid-phone': 'Geben Sie eine Telefonnummer ein, zum Beispiel 087 12 34 56.',
      'invalid-postcode': 'Eine belgische Postleitzahl hat 4 Ziffern, zum Beispiel 4700.',
      'invalid-enterprise-number':
        'Diese Unternehmensnummer ist ungültig (10 Ziffern, oder 9 in der alten Form, zum Beispiel 0123.456.749).',
      'invalid-inami':
        'Diese LIKIV-Nummer ist ungültig. Übernehmen Sie die 11 Ziffern aus Ihrer LIKIV-Bescheinigung, zum Beispiel 5.12345.09.890.',
      'invalid-date': 'Geben Sie ein existierendes Datum ein, zum Beispiel 03.12.2026.',
      'invalid-number': 'Geben Sie eine ganze Zahl ein.',
      'number-range': 'Geben Sie eine Zahl zwischen {min} und {max} ein.',
      'capacity-range': 'Geben Sie eine ganze Zahl von {min} bis {max} ein.',
      'outside-territory': 'Diese Postleitzahl liegt nicht in einem abgedeckten Gebiet.',
      'no-network-for-age': 'Kein Netzwerk deckt dieses Alter in {place} ab.',
      'treatment-criteria':
        'Die Behandlung (Funktion 3) erfordert mindestens {years} Jahre Erfahrung oder eine lange Ausbildung in Psychotherapie.',
      'document-missing': 'Fügen Sie dieses Dokument hinzu.',
    },
  },
};
