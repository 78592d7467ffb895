import type { Translations } from '../../platform/i18n/index.ts';
import { vocabularyLabels } from '../../platform/vocabulary/index.ts';

// Labels of the requests' controlled lists, in FR (source), NL, EN and DE. Age groups and kinds of
// organisation are labelled once, by platform/vocabulary.
const fr = {
  kinds: {
    advice: 'Un avis sur un problème psychologique suspecté',
    'joint-consultation': 'Une consultation conjointe avec le patient',
    'case-advice': 'Un avis sur la situation d’un patient',
    'knowledge-session': 'Une séance d’échange de connaissances pour un groupe de médecins',
    'group-sessions': 'Des séances de groupe dans votre cabinet',
    'sessions-in-practice': 'Des séances individuelles dans votre cabinet',
  },
  kindHints: {
    advice:
      'Vous soupçonnez un problème psychologique et souhaitez l’avis d’un psychologue ou orthopédagogue clinicien.',
    'joint-consultation': 'Le clinicien et vous recevez ensemble le patient.',
    'case-advice':
      'En participant à votre réunion d’équipe, ou à un moment fixe, par exemple une heure par semaine.',
    'knowledge-session':
      'Reconnaître les problèmes, techniques d’entretien, où orienter, que faire en attendant une prise en charge.',
    'group-sessions': 'Un clinicien anime des séances de groupe pour vos patients, dans votre cabinet.',
    'sessions-in-practice': 'Un clinicien reçoit vos patients en séances individuelles, dans votre cabinet.',
  },
  caseAdviceFormats: {
    'team-meeting': 'Le clinicien participe à notre réunion d’équipe',
    'fixed-time': 'À un moment fixe, par exemple une heure par semaine',
  },
  topics: {
    'recognising-problems': 'Reconnaître les problèmes psychologiques',
    'interview-techniques': 'Techniques d’entretien',
    'where-to-refer': 'Où orienter les patients',
    'while-waiting': 'Que faire en attendant une prise en charge',
  },
  ageGroups: vocabularyLabels.fr.ageGroups,
  organisationKinds: vocabularyLabels.fr.organisationKinds,
  offers: {
    room: 'Mettre un local à disposition d’un clinicien',
    'host-group': 'Accueillir un groupe de soutien',
    'co-lead-group': 'Co-animer un groupe de soutien avec un clinicien',
  },
  coLeaders: {
    'health-social-worker': 'Un travailleur social ou de la santé de notre organisation',
    'peer-expert': 'Un expert du vécu (pair-aidant)',
  },
  accessibility: {
    'step-free': 'Accessible en chaise roulante, sans marche',
    partly: 'Partiellement accessible',
    'not-accessible': 'Pas accessible en chaise roulante',
  },
  requestTypes: { 'support-request': 'Demande de médecin', 'partner-offer': 'Offre d’organisation' },
  statuses: {
    submitted: 'Reçue',
    acknowledged: 'Prise en compte',
    'in-progress': 'En cours',
    calling: 'Appel aux cliniciens',
    scheduled: 'Planifiée',
    closed: 'Clôturée',
    declined: 'Refusée',
  },
  actions: {
    submit: 'Demande envoyée',
    acknowledge: 'Prise en compte par la coordination',
    start: 'Traitement commencé',
    'assign-clinician': 'Clinicien proposé',
    schedule: 'Rendez-vous planifié',
    close: 'Demande clôturée',
    decline: 'Demande refusée',
    reassign: 'Transmise à une autre zone',
    note: 'Note interne',
    message: 'Message envoyé',
    'publish-call': 'Appel publié auprès des cliniciens de la zone',
    'answer-call': 'Réponse d’un clinicien à l’appel',
    'clinician-accept': 'Le clinicien proposé accepte',
    'clinician-decline': 'Le clinicien proposé décline',
  },
};

export const vocabularyMessages: Translations<typeof fr> = {
  fr,
  nl: {
    kinds: {
      advice: 'Advies bij een vermoeden van een psychisch probleem',
      'joint-consultation': 'Een gezamenlijke consultatie met de patiënt',
      'case-advice': 'Advies over de situatie van een patiënt',
      'knowledge-session': 'Een kennisdelingssessie voor een groep huisartsen',
      'group-sessions': 'Groepssessies in uw praktijk',
      'sessions-in-practice': 'Individuele sessies in uw praktijk',
    },
    kindHints: {
      advice:
        'U vermoedt een psychisch probleem en wilt het advies van een klinisch psycholoog of orthopedagoog.',
      'joint-consultation': 'De zorgverlener en u ontvangen de patiënt samen.',
      'case-advice':
        'Door deel te nemen aan uw teamvergadering, of op een vast moment, bijvoorbeeld een uur per week.',
      'knowledge-session':
        'Problemen herkennen, gesprekstechnieken, waarheen doorverwijzen, wat te doen in afwachting van zorg.',
      'group-sessions': 'Een zorgverlener begeleidt groepssessies voor uw patiënten, in uw praktijk.',
      'sessions-in-practice': 'Een zorgverlener ontvangt uw patiënten individueel, in uw praktijk.',
    },
    caseAdviceFormats: {
      'team-meeting': 'De zorgverlener neemt deel aan onze teamvergadering',
      'fixed-time': 'Op een vast moment, bijvoorbeeld een uur per week',
    },
    topics: {
      'recognising-problems': 'Psychische problemen herkennen',
      'interview-techniques': 'Gesprekstechnieken',
      'where-to-refer': 'Waarheen patiënten doorverwijzen',
      'while-waiting': 'Wat te doen in afwachting van zorg',
    },
    ageGroups: vocabularyLabels.nl.ageGroups,
    organisationKinds: vocabularyLabels.nl.organisationKinds,
    offers: {
      room: 'Een lokaal ter beschikking stellen van een zorgverlener',
      'host-group': 'Een steungroep ontvangen',
      'co-lead-group': 'Samen met een zorgverlener een steungroep begeleiden',
    },
    coLeaders: {
      'health-social-worker': 'Een sociaal of zorgwerker van onze organisatie',
      'peer-expert': 'Een ervaringsdeskundige',
    },
    accessibility: {
      'step-free': 'Toegankelijk met een rolstoel, zonder trappen',
      partly: 'Gedeeltelijk toegankelijk',
      'not-accessible': 'Niet toegankelijk met een rolstoel',
    },
    requestTypes: {
      'support-request': 'Aanvraag van een huisarts',
      'partner-offer': 'Aanbod van een organisatie',
    },
    statuses: {
      submitted: 'Ontvangen',
      acknowledged: 'In behandeling genomen',
      'in-progress': 'Bezig',
      calling: 'Oproep aan zorgverleners',
      scheduled: 'Gepland',
      closed: 'Afgesloten',
      declined: 'Geweigerd',
    },
    actions: {
      submit: 'Aanvraag verstuurd',
      acknowledge: 'In behandeling genomen door de coördinatie',
      start: 'Behandeling gestart',
      'assign-clinician': 'Zorgverlener voorgesteld',
      schedule: 'Afspraak gepland',
      close: 'Aanvraag afgesloten',
      decline: 'Aanvraag geweigerd',
      reassign: 'Doorgestuurd naar een andere zone',
      note: 'Interne notitie',
      message: 'Bericht verstuurd',
      'publish-call': 'Oproep verspreid bij de zorgverleners van de zone',
      'answer-call': 'Antwoord van een zorgverlener op de oproep',
      'clinician-accept': 'De voorgestelde zorgverlener aanvaardt',
      'clinician-decline': 'De voorgestelde zorgverlener weigert',
    },
  },
  en: {
    kinds: {
      advice: 'Advice about a suspected psychological problem',
      'joint-consultation': 'A joint consultation with the patient',
      'case-advice': 'Advice on a patient’s situation',
      'knowledge-session': 'A knowledge-sharing session for a group of GPs',
      'group-sessions': 'Group sessions in your practice',
      'sessions-in-practice': 'Individual sessions in your practice',
    },
    kindHints: {
      advice:
        'You suspect a psychological problem and would like the advice of a clinical psychologist or orthopedagogue.',
      'joint-consultation': 'The clinician and you see the patient together.',
      'case-advice': 'By joining your team meeting, or at a fixed time, for example one hour a week.',
      'knowledge-session':
        'Recognising problems, interview techniques, where to refer, what to do while a patient waits for care.',
      'group-sessions': 'A clinician leads group sessions for your patients, in your practice.',
      'sessions-in-practice': 'A clinician sees your patients individually, in your practice.',
    },
    caseAdviceFormats: {
      'team-meeting': 'The clinician joins our team meeting',
      'fixed-time': 'At a fixed time, for example one hour a week',
    },
    topics: {
      'recognising-problems': 'Recognising psychological problems',
      'interview-techniques': 'Interview techniques',
      'where-to-refer': 'Where to refer patients',
      'while-waiting': 'What to do while a patient waits for care',
    },
    ageGroups: vocabularyLabels.en.ageGroups,
    organisationKinds: vocabularyLabels.en.organisationKinds,
    offers: {
      room: 'Offer a room to a clinician',
      'host-group': 'Host a support group',
      'co-lead-group': 'Co-lead a support group with a clinician',
    },
    coLeaders: {
      'health-social-worker': 'A health or social worker from our organisation',
      'peer-expert': 'A peer expert (lived experience)',
    },
    accessibility: {
      'step-free': 'Wheelchair accessible, step-free',
      partly: 'Partly accessible',
      'not-accessible': 'Not wheelchair accessible',
    },
    requestTypes: { 'support-request': 'GP request', 'partner-offer': 'Organisation offer' },
    statuses: {
      submitted: 'Received',
      acknowledged: 'Acknowledged',
      'in-progress': 'In progress',
      calling: 'Call to clinicians',
      scheduled: 'Scheduled',
      closed: 'Closed',
      declined: 'Declined',
    },
    actions: {
      submit: 'Request sent',
      acknowledge: 'Acknowledged by the coordination',
      start: 'Work started',
      'assign-clinician': 'Clinician proposed',
      schedule: 'Appointment scheduled',
      close: 'Request closed',
      decline: 'Request declined',
      reassign: 'Passed to another zone',
      note: 'Internal note',
      message: 'Message sent',
      'publish-call': 'Call published to the zone’s clinicians',
      'answer-call': 'A clinician answered the call',
      'clinician-accept': 'The proposed clinician accepts',
      'clinician-decline': 'The proposed clinician declines',
    },
  },
  de: {
    kinds: {
      advice: 'Ein fachlicher Rat bei Verdacht auf ein psychisches Problem',
      'joint-consultation': 'Eine gemeinsame Konsultation mit der Patientin oder dem Patienten',
      'case-advice': 'Ein fachlicher Rat zur Situation einer Patientin oder eines Patienten',
      'knowledge-session': 'Eine Sitzung zum Wissensaustausch für eine Gruppe von Ärztinnen und Ärzten',
      'group-sessions': 'Gruppensitzungen in Ihrer Praxis',
      'sessions-in-practice': 'Einzelsitzungen in Ihrer Praxis',
    },
    kindHints: {
      advice:
        'Sie vermuten ein psychisches Problem und möchten den Rat einer Fachkraft: einer klinischen Psychologin, eines klinischen Psychologen, einer klinischen Orthopädagogin oder eines klinischen Orthopädagogen.',
      'joint-consultation': 'Die Fachkraft und Sie empfangen die Patientin oder den Patienten gemeinsam.',
      'case-advice':
        'Durch Teilnahme an Ihrer Teambesprechung oder zu einem festen Zeitpunkt, zum Beispiel eine Stunde pro Woche.',
      'knowledge-session':
        'Probleme erkennen, Gesprächstechniken, wohin überweisen, was bis zum Beginn einer Behandlung zu tun ist.',
      'group-sessions':
        'Eine Fachkraft leitet Gruppensitzungen für Ihre Patientinnen und Patienten in Ihrer Praxis.',
      'sessions-in-practice':
        'Eine Fachkraft empfängt Ihre Patientinnen und Patienten zu Einzelsitzungen in Ihrer Praxis.',
    },
    caseAdviceFormats: {
      'team-meeting': 'Die Fachkraft nimmt an unserer Teambesprechung teil',
      'fixed-time': 'Zu einem festen Zeitpunkt, zum Beispiel eine Stunde pro Woche',
    },
    topics: {
      'recognising-problems': 'Psychische Probleme erkennen',
      'interview-techniques': 'Gesprächstechniken',
      'where-to-refer': 'Wohin Patientinnen und Patienten überwiesen werden können',
      'while-waiting': 'Was bis zum Beginn einer Behandlung zu tun ist',
    },
    ageGroups: vocabularyLabels.de.ageGroups,
    organisationKinds: vocabularyLabels.de.organisationKinds,
    offers: {
      room: 'Einer Fachkraft einen Raum zur Verfügung stellen',
      'host-group': 'Eine Unterstützungsgruppe bei sich aufnehmen',
      'co-lead-group': 'Eine Unterstützungsgruppe gemeinsam mit einer Fachkraft leiten',
    },
    coLeaders: {
      'health-social-worker':
        'Eine Mitarbeiterin oder ein Mitarbeiter unserer Organisation aus dem Sozial- oder Gesundheitswesen',
      'peer-expert': 'Eine Person mit eigener Erfahrung (Erfahrungsexpertin oder Erfahrungsexperte)',
    },
    accessibility: {
      'step-free': 'Rollstuhlgerecht, ohne Stufen',
      partly: 'Teilweise zugänglich',
      'not-accessible': 'Nicht rollstuhlgerecht',
    },
    requestTypes: {
      'support-request': 'Anfrage einer Hausarztpraxis',
      'partner-offer': 'Angebot einer Organisation',
    },
    statuses: {
      submitted: 'Eingegangen',
      acknowledged: 'Zur Kenntnis genommen',
      'in-progress': 'In Bearbeitung',
      calling: 'Aufruf an Fachkräfte',
      scheduled: 'Geplant',
      closed: 'Abgeschlossen',
      declined: 'Abgelehnt',
    },
    actions: {
      submit: 'Anfrage gesendet',
      acknowledge: 'Von der Koordination zur Kenntnis genommen',
      start: 'Bearbeitung begonnen',
      'assign-clinician': 'Fachkraft vorgeschlagen',
      schedule: 'Termin geplant',
      close: 'Anfrage abgeschlossen',
      decline: 'Anfrage abgelehnt',
      reassign: 'An eine andere Zone weitergeleitet',
      note: 'Interne Notiz',
      message: 'Nachricht gesendet',
      'publish-call': 'Aufruf an die Fachkräfte der Zone veröffentlicht',
      'answer-call': 'Antwort einer Fachkraft auf den Aufruf',
      'clinician-accept': 'Die vorgeschlagene Fachkraft nimmt an',
      'clinician-decline': 'Die vorgeschlagene Fachkraft lehnt ab',
    },
  },
};
