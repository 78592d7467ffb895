import type { Translations } from '../i18n/index.ts';

// The privacy notice (GDPR articles 13 and 14). Each line says what the code does; the lifetimes
// are filled in from the code and configuration (drafts, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS).
const fr = {
  title: 'Vie privée',
  intro:
    'Cette page explique quelles données Passerelle garde, pourquoi, combien de temps, et quels sont vos droits.',
  controllerTitle: 'Responsable du traitement',
  controller:
    'Le responsable du traitement est le réseau de santé mentale qui exploite ce site pour votre région, avec sa coordination locale\u202f:',
  keptTitle: 'Ce que nous gardons, et pourquoi',
  kept: {
    finder:
      'Chercher un psychologue ne demande aucune donnée personnelle. Les recherches ne sont pas enregistrées avec votre identité.',
    requests:
      'Demandes des médecins généralistes et propositions des organisations\u202f: les coordonnées de la personne qui écrit et sa demande, pour que la coordination locale y réponde. Elles ne contiennent l’identité d’aucun patient.',
    applications:
      'Candidatures des psychologues, orthopédagogues et services\u202f: les réponses et les documents joints, pour vérifier la candidature et conclure la convention.',
    clinicians:
      'Profil des cliniciens conventionnés\u202f: ce qu’ils publient (nom, lieux, langues, contact) pour que le public les trouve.',
    sessions:
      'Séances\u202f: la date, le type de séance et une clé pseudonyme du patient, calculée à partir de son NISS. Le NISS lui-même n’est jamais enregistré. La clé sert à appliquer les règles de la convention (nombre de séances, quote-part).',
    accounts:
      'Comptes\u202f: adresse e-mail, nom, langue, mot de passe haché (jamais en clair) et rôles. Les consultations de dossiers par le personnel sont enregistrées dans un journal d’audit.',
    cookies:
      'Cookies\u202f: seulement ceux qui sont nécessaires (la session, la protection des formulaires, le brouillon d’un formulaire). Aucun cookie de mesure d’audience ni de publicité.',
  },
  basisTitle: 'Base légale',
  basis:
    'Une mission d’intérêt public\u202f: l’organisation des soins psychologiques de première ligne dans le cadre de la convention INAMI (RGPD, article 6.1.e, et article 9.2.h pour les données de santé).',
  durationTitle: 'Combien de temps',
  duration: {
    drafts:
      'Formulaire de demande non envoyé\u202f: {requestDays} jours. Candidature non envoyée\u202f: {applicationDays} jours sans modification. Ensuite, ils sont effacés automatiquement, documents compris.',
    sessions:
      'Session de connexion\u202f: elle se termine après {idle} minutes d’inactivité et au plus tard après {max} heures.',
    cases:
      'Demandes, candidatures, séances et journal d’audit envoyés\u202f: gardés aussi longtemps que le réseau en a besoin pour la convention et ses contrôles. Passerelle ne les efface pas automatiquement\u202f: le réseau fixe cette durée.',
  },
  rightsTitle: 'Vos droits',
  rights:
    'Vous pouvez demander l’accès à vos données, leur rectification, leur effacement ou la limitation de leur traitement, et vous opposer au traitement. Écrivez au réseau ou à la coordination ci-dessus. Si vous n’êtes pas satisfait de la réponse, vous pouvez introduire une plainte auprès de l’Autorité de protection des données (www.autoriteprotectiondonnees.be).',
  noContact: 'Aucun réseau n’est encore configuré.',
};

export const privacyMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Privacy',
    intro: 'Deze pagina legt uit welke gegevens Passerelle bewaart, waarom, hoelang en wat uw rechten zijn.',
    controllerTitle: 'Verwerkingsverantwoordelijke',
    controller:
      'De verwerkingsverantwoordelijke is het netwerk geestelijke gezondheid dat deze website voor uw regio gebruikt, met zijn lokale coördinatie:',
    keptTitle: 'Wat we bewaren en waarom',
    kept: {
      finder:
        'Een psycholoog zoeken vraagt geen persoonsgegevens. Zoekopdrachten worden niet met uw identiteit bewaard.',
      requests:
        'Aanvragen van huisartsen en voorstellen van organisaties: de contactgegevens van wie schrijft en de aanvraag, zodat de lokale coördinatie kan antwoorden. Ze bevatten de identiteit van geen enkele patiënt.',
      applications:
        'Kandidaturen van psychologen, orthopedagogen en diensten: de antwoorden en de bijgevoegde documenten, om de kandidatuur te controleren en de overeenkomst te sluiten.',
      clinicians:
        'Profiel van geconventioneerde zorgverleners: wat zij publiceren (naam, plaatsen, talen, contact), zodat het publiek hen vindt.',
      sessions:
        'Sessies: de datum, het soort sessie en een pseudonieme sleutel van de patiënt, berekend uit het rijksregisternummer. Het rijksregisternummer zelf wordt nooit bewaard. De sleutel dient om de regels van de overeenkomst toe te passen (aantal sessies, eigen bijdrage).',
      accounts:
        'Accounts: e-mailadres, naam, taal, wachtwoord als hash (nooit leesbaar) en rollen. Wanneer personeel een dossier inkijkt, wordt dat in een auditlogboek bewaard.',
      cookies:
        'Cookies: alleen de noodzakelijke (de sessie, de beveiliging van formulieren, het concept van een formulier). Geen cookies voor bezoekersstatistieken of reclame.',
    },
    basisTitle: 'Rechtsgrond',
    basis:
      'Een taak van algemeen belang: de organisatie van de eerstelijnspsychologische zorg binnen de RIZIV-overeenkomst (AVG, artikel 6.1.e, en artikel 9.2.h voor gezondheidsgegevens).',
    durationTitle: 'Hoelang',
    duration: {
      drafts:
        'Niet-verstuurd aanvraagformulier: {requestDays} dagen. Niet-verstuurde kandidatuur: {applicationDays} dagen zonder wijziging. Daarna worden ze automatisch gewist, documenten inbegrepen.',
      sessions: 'Aanmelding: ze eindigt na {idle} minuten zonder activiteit en uiterlijk na {max} uur.',
      cases:
        'Verstuurde aanvragen, kandidaturen, sessies en het auditlogboek: bewaard zolang het netwerk ze nodig heeft voor de overeenkomst en de controles erop. Passerelle wist ze niet automatisch: het netwerk bepaalt die termijn.',
    },
    rightsTitle: 'Uw rechten',
    rights:
      'U kunt inzage, verbetering, wissing of beperking van de verwerking van uw gegevens vragen, en bezwaar maken tegen de verwerking. Schrijf naar het netwerk of de coördinatie hierboven. Bent u niet tevreden met het antwoord, dan kunt u klacht indienen bij de Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be).',
    noContact: 'Er is nog geen netwerk ingesteld.',
  },
  en: {
    title: 'Privacy',
    intro: 'This page explains what data Passerelle keeps, why, for how long, and what your rights are.',
    controllerTitle: 'Data controller',
    controller:
      'The data controller is the mental-health network that runs this website for your region, with its local coordination:',
    keptTitle: 'What we keep, and why',
    kept: {
      finder:
        'Finding a psychologist asks for no personal data. Searches are not recorded with your identity.',
      requests:
        'Requests from GPs and offers from organisations: the contact details of the person writing and the request, so that the local coordination can answer. They hold no patient’s identity.',
      applications:
        'Applications from psychologists, orthopedagogues and services: the answers and the documents attached, to check the application and sign the convention.',
      clinicians:
        'Profiles of conventioned clinicians: what they publish (name, places, languages, contact) so that the public finds them.',
      sessions:
        'Sessions: the date, the kind of session and a pseudonymous key of the patient, computed from their national register number (NISS). The NISS itself is never stored. The key applies the convention’s rules (number of sessions, copayment).',
      accounts:
        'Accounts: e-mail address, name, language, hashed password (never readable) and roles. Staff reading a case is recorded in an audit log.',
      cookies:
        'Cookies: only the necessary ones (the session, the protection of forms, a form’s draft). No audience-measurement or advertising cookies.',
    },
    basisTitle: 'Legal basis',
    basis:
      'A task carried out in the public interest: organising first-line psychological care under the INAMI/RIZIV convention (GDPR, article 6.1.e, and article 9.2.h for health data).',
    durationTitle: 'For how long',
    duration: {
      drafts:
        'A request form not sent: {requestDays} days. An application not sent: {applicationDays} days without a change. Then they are erased automatically, documents included.',
      sessions:
        'Signed-in session: it ends after {idle} minutes without activity and at the latest after {max} hours.',
      cases:
        'Requests, applications, sessions and the audit log once sent: kept as long as the network needs them for the convention and its checks. Passerelle does not erase them automatically: the network sets that period.',
    },
    rightsTitle: 'Your rights',
    rights:
      'You can ask for access to your data, its correction, its erasure or a restriction of its processing, and object to the processing. Write to the network or the coordination above. If you are not satisfied with the answer, you can complain to the Data Protection Authority (www.dataprotectionauthority.be).',
    noContact: 'No network has been set up yet.',
  },
  de: {
    title: 'Datenschutz',
    intro:
      'Diese Seite erklärt, welche Daten Passerelle aufbewahrt, warum, wie lange und welche Rechte Sie haben.',
    controllerTitle: 'Verantwortlicher für die Verarbeitung',
    controller:
      'Verantwortlich für die Verarbeitung ist das Netzwerk für psychische Gesundheit, das diese Website für Ihre Region betreibt, mit seiner lokalen Koordination:',
    keptTitle: 'Was wir aufbewahren und warum',
    kept: {
      finder:
        'Für die Suche nach einer Psychologin oder einem Psychologen sind keine personenbezogenen Daten nötig. Die Suchanfragen werden nicht mit Ihrer Identität gespeichert.',
      requests:
        'Anfragen von Hausärztinnen und Hausärzten und Angebote von Organisationen: die Kontaktangaben der schreibenden Person und ihre Anfrage, damit die lokale Koordination antworten kann. Sie enthalten die Identität keines Patienten.',
      applications:
        'Anträge von Psychologinnen und Psychologen, Orthopädagoginnen und Orthopädagogen und Diensten: die Antworten und die beigefügten Dokumente, um den Antrag zu prüfen und die Vereinbarung zu schließen.',
      clinicians:
        'Profile der konventionierten Fachkräfte: was sie veröffentlichen (Name, Orte, Sprachen, Kontakt), damit die Öffentlichkeit sie findet.',
      sessions:
        'Sitzungen: das Datum, die Art der Sitzung und ein pseudonymer Schlüssel des Patienten, der aus seiner INSZ berechnet wird. Die INSZ selbst wird nie gespeichert. Der Schlüssel dient dazu, die Regeln der Vereinbarung anzuwenden (Anzahl der Sitzungen, Eigenanteil).',
      accounts:
        'Konten: E-Mail-Adresse, Name, Sprache, gehashtes Passwort (nie im Klartext) und Rollen. Die Einsicht in Akten durch das Personal wird in einem Prüfprotokoll festgehalten.',
      cookies:
        'Cookies: nur die notwendigen (die Sitzung, der Schutz der Formulare, der Entwurf eines Formulars). Keine Cookies zur Reichweitenmessung oder für Werbung.',
    },
    basisTitle: 'Rechtsgrundlage',
    basis:
      'Eine Aufgabe im öffentlichen Interesse: die Organisation der psychologischen Erstlinienversorgung im Rahmen der LIKIV-Vereinbarung (DSGVO, Artikel 6 Absatz 1 Buchstabe e, und Artikel 9 Absatz 2 Buchstabe h für Gesundheitsdaten).',
    durationTitle: 'Wie lange',
    duration: {
      drafts:
        'Nicht gesendetes Anfrageformular: {requestDays} Tage. Nicht gesendeter Antrag: {applicationDays} Tage ohne Änderung. Danach werden sie automatisch gelöscht, einschließlich der Dokumente.',
      sessions:
        'Anmeldesitzung: Sie endet nach {idle} Minuten ohne Aktivität und spätestens nach {max} Stunden.',
      cases:
        'Gesendete Anfragen, Anträge, Sitzungen und das Prüfprotokoll: so lange aufbewahrt, wie das Netzwerk sie für die Vereinbarung und deren Kontrollen braucht. Passerelle löscht sie nicht automatisch: Das Netzwerk legt diese Dauer fest.',
    },
    rightsTitle: 'Ihre Rechte',
    rights:
      'Sie können Auskunft über Ihre Daten, ihre Berichtigung, ihre Löschung oder die Einschränkung ihrer Verarbeitung verlangen und der Verarbeitung widersprechen. Schreiben Sie an das Netzwerk oder die Koordination oben. Wenn Sie mit der Antwort nicht zufrieden sind, können Sie bei der Datenschutzbehörde Beschwerde einreichen (www.dataprotectionauthority.be).',
    noContact: 'Es ist noch kein Netzwerk eingerichtet.',
  },
};
