import type { Translation } from './i18n/index.ts';
import type { platformMessages } from './messages.ts';

// The platform's own strings in German (Ostbelgien), kept apart from messages.ts for its length.
export const germanPlatformMessages: Translation<(typeof platformMessages)['fr']> = {
  serviceName: 'Passerelle',
  tagline: 'Psychologische Erstlinienversorgung',
  skipLink: 'Zum Hauptinhalt springen',
  languageSwitch: 'Sprache',
  menu: 'Menü',
  languageNames: { fr: 'Français', nl: 'Nederlands', en: 'English', de: 'Deutsch' },
  nav: {
    label: 'Hauptnavigation',
    home: 'Startseite',
    find: 'Psychologen finden',
    coordinator: 'Wer ist mein Koordinator?',
    inbox: 'Anfragen',
    applications: 'Anträge',
    committees: 'Ausschüsse',
    profile: 'Mein Profil',
    sessions: 'Meine Sitzungen',
    'first-line-hours': 'Meine Unterstützungsstunden',
    arrangements: 'Meine festen Vereinbarungen',
    budget: 'Budget',
    statements: 'Aufstellungen',
    'network-sessions': 'Sitzungen des Netzwerks',
    reporting: 'Übersicht',
    proposals: 'Aufrufe und Vorschläge',
    'my-requests': 'Meine Anfragen',
    cost: 'Wie viel zahle ich?',
  },
  footer: {
    about:
      'Passerelle hilft den Netzwerken für psychische Gesundheit, die LIKIV-Vereinbarung über die psychologische Erstlinienversorgung umzusetzen.',
    apiDocs: 'Offene API',
    events: 'Veranstaltungskalender',
    professionals: 'Fachleute: Was Sie wissen sollten',
    materials: 'Faltblätter und Plakate',
    accessibility: 'Barrierefreiheit',
    privacy: 'Datenschutz',
    urgent:
      'Im Notfall rufen Sie die 112 an. Sie möchten jetzt mit jemandem sprechen? TelefonHilfe: 108 (kostenlos, anonym, rund um die Uhr).',
    youthLines:
      'Du bist unter 18 und möchtest mit jemandem reden? TelefonHilfe: 108 (kostenlos, anonym). Auf Französisch: Écoute-Enfants, 103; auf Niederländisch: Awel, 102.',
  },
  home: {
    title: 'Bezahlbare psychologische Hilfe in Ihrer Nähe',
    intro:
      'Dank der LIKIV-Vereinbarung empfangen Sie konventionierte klinische Psychologinnen und Psychologen sowie Orthopädagoginnen und Orthopädagogen zu einem reduzierten Preis: Die erste Sitzung ist kostenlos, danach zahlen Sie 11\u00a0€ pro Sitzung (4\u00a0€ mit erhöhter Kostenbeteiligung) und bis 23 Jahre nichts.',
    findTitle: 'Psychologen oder Orthopädagogen finden',
    findBody: 'In Ihrer Nähe, in Ihrer Sprache, für Ihr Alter.',
    costTitle: 'Wie viel zahle ich?',
    costBody:
      'Ihr Alter, Ihre Situation und die Sitzungen, die Sie schon hatten: Berechnen Sie, was Sie für die nächste Sitzung zahlen.',
    coordinatorTitle: 'Fachleute: Wer ist mein Koordinator?',
    coordinatorBody:
      'Hausärztinnen und Hausärzte, Organisationen und Dienste: Finden Sie die lokale Koordination Ihrer Zone.',
    professionalsTitle: 'Fachleute: Was Sie wissen sollten',
    professionalsBody:
      'Die beiden Versorgungsarten, die Eigenanteile, die Vereinbarung, die offiziellen Seiten und die Kontakte Ihres Netzwerks.',
    materialsTitle: 'Faltblätter und Plakate',
    materialsBody:
      'Laden Sie das Faltblatt und das Plakat Ihres Netzwerks in Ihrer Sprache herunter oder bestellen Sie sie.',
  },
  errorSummaryTitle: 'Es gibt ein Problem',
  backLink: 'Zurück',
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Prüfen Sie die Adresse der Seite. Wenn Sie sie kopiert haben, prüfen Sie, ob sie vollständig ist.',
    home: 'Zur Startseite',
  },
  serverError: {
    title: 'Entschuldigung, es ist ein technisches Problem aufgetreten',
    body: 'Versuchen Sie es in einigen Minuten erneut. Ihre Eingaben wurden nicht gespeichert.',
  },
  unavailable: {
    title: 'Der Dienst ist vorübergehend nicht verfügbar',
    body: 'Versuchen Sie es gleich noch einmal. Was Sie gerade gesendet haben, wurde vielleicht nicht gespeichert.',
  },
  tooManyRequests: 'Zu viele Anfragen in kurzer Zeit. Versuchen Sie es in einer Minute erneut.',
  jsonOnly:
    'Mit einem Sitzungs-Cookie nimmt diese API nur JSON an (Content-Type application/json). Senden Sie einen JSON-Inhalt.',
  problems: {
    'invalid-parameters': 'Einige Werte sind ungültig.',
    'not-found': 'Nicht gefunden.',
    'rate-limited': 'Zu viele Anfragen in kurzer Zeit.',
    'server-error': 'Interner Fehler. Versuchen Sie es später erneut.',
    unavailable: 'Dienst vorübergehend nicht verfügbar.',
    'csrf-invalid': 'Das Formular ist abgelaufen. Laden Sie die Seite neu und senden Sie es erneut.',
    'payload-too-large': 'Die Anfrage ist zu groß.',
    'unsupported-media-type': 'Dieses Anfrageformat wird nicht unterstützt.',
    'cross-origin': 'Anfrage abgelehnt: Sie kommt von einer anderen Website.',
    'malformed-request': 'Die Anfrage ist fehlerhaft.',
    'null-character':
      'Die Anfrage enthält ein Nullzeichen (U+0000), das nicht gespeichert werden kann. Entfernen Sie es und senden Sie die Anfrage erneut.',
    'outside-territory': 'Ort außerhalb des abgedeckten Gebiets.',
    'no-network-for-age': 'Kein Netzwerk für dieses Alter.',
    unauthorized: 'Anmeldung erforderlich.',
    forbidden: 'Zugriff verweigert.',
    conflict: 'Widerspruch zum aktuellen Stand.',
  },
  validation: {
    required: 'Dieses Feld ist ein Pflichtfeld.',
    integer: 'Geben Sie eine ganze Zahl ein.',
    number: 'Geben Sie eine Zahl ein.',
    boolean: 'Geben Sie true oder false ein.',
    string: 'Geben Sie einen Text ein.',
    enum: 'Unbekannter Wert „{value}“. Mögliche Werte: {allowed}.',
    minimum: 'Geben Sie mindestens {limit} ein.',
    maximum: 'Geben Sie höchstens {limit} ein.',
    minLength: 'Geben Sie mindestens {limit, plural, one {# Zeichen} other {# Zeichen}} ein.',
    maxLength: 'Geben Sie höchstens {limit, plural, one {# Zeichen} other {# Zeichen}} ein.',
    minItems: 'Wählen Sie mindestens {limit, plural, one {# Element} other {# Elemente}}.',
    maxItems: 'Wählen Sie höchstens {limit, plural, one {# Element} other {# Elemente}}.',
    unknownField: 'Unbekannter Parameter.',
    invalid: 'Ungültiger Wert.',
    formats: {
      postcode: 'Eine belgische Postleitzahl hat 4 Ziffern, zum Beispiel 4700.',
      nis: 'Ein NIS-Gemeindecode hat 5 Ziffern, zum Beispiel 63023.',
      date: 'Geben Sie ein Datum im Format JJJJ-MM-TT ein, zum Beispiel 2024-05-10.',
      email: 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.be.',
      uuid: 'Ungültige Kennung.',
      month: 'Geben Sie einen Monat im Format JJJJ-MM ein, zum Beispiel 2024-05.',
    },
  },
};
