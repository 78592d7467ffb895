import type { Translations } from '../../platform/i18n/index.ts';

// E-mails to requesters (in their language) and to zone mailboxes. Plain text; {status} is the
// status page's address. Never any patient data: there is none to put in. Mails to requesters
// carry nothing the requester typed (not even their name): the address was never verified.
const fr = {
  greeting: 'Bonjour,',
  signature: 'La coordination locale – zone {zone}\nRépondez à cet e-mail pour nous écrire.',
  follow: 'Suivre votre demande\u202f: {url}\n(référence {reference}, avec votre adresse e-mail)',
  submitted: {
    subject: 'Nous avons bien reçu votre demande {reference}',
    body: 'Votre demande «\u202f{what}\u202f» est arrivée à la coordination de la zone {zone}. Elle vous recontacte en principe au plus tard le {due}.',
  },
  acknowledge: {
    subject: 'Votre demande {reference} est prise en compte',
    body: 'La coordination de la zone {zone} a pris connaissance de votre demande et s’en occupe.',
  },
  start: {
    subject: 'Votre demande {reference} est en cours',
    body: 'La coordination cherche la meilleure réponse à votre demande.',
  },
  'assign-clinician': {
    subject: 'Un clinicien pour votre demande {reference}',
    body: 'La coordination vous propose de travailler avec {clinician}.',
  },
  schedule: {
    subject: 'Rendez-vous fixé pour votre demande {reference}',
    body: 'Rendez-vous\u202f: {when}.',
  },
  close: {
    subject: 'Votre demande {reference} est clôturée',
    body: 'La coordination a clôturé votre demande. Merci de votre confiance.',
  },
  decline: {
    subject: 'Votre demande {reference} ne peut pas être acceptée',
    body: 'La coordination ne peut pas donner suite à votre demande. Raison\u202f: {reason}',
  },
  reassign: {
    subject: 'Votre demande {reference} a été transmise',
    body: 'Votre demande est désormais suivie par la coordination de la zone {zone}.',
  },
  message: {
    subject: 'Message de la coordination au sujet de votre demande {reference}',
    body: '{text}',
  },
  details: 'Détails\u202f: {details}',
  zone: {
    subject: 'Nouvelle demande {reference}\u202f: {what}',
    body: 'Une nouvelle demande est arrivée dans la zone {zone} ({organisation}, {postcode}).\nÀ contacter au plus tard le {due}.\nL’ouvrir\u202f: {url}',
    reassignedSubject: 'Demande {reference} transmise à votre zone',
  },
};

export const mailMessages: Translations<typeof fr> = {
  fr,
  nl: {
    greeting: 'Goeiedag,',
    signature: 'De lokale coördinatie – zone {zone}\nAntwoord op deze e-mail om ons te schrijven.',
    follow: 'Uw aanvraag volgen: {url}\n(referentie {reference}, met uw e-mailadres)',
    submitted: {
      subject: 'We hebben uw aanvraag {reference} goed ontvangen',
      body: 'Uw aanvraag ‘{what}’ is aangekomen bij de coördinatie van zone {zone}. Die neemt normaal uiterlijk op {due} contact met u op.',
    },
    acknowledge: {
      subject: 'Uw aanvraag {reference} is in behandeling genomen',
      body: 'De coördinatie van zone {zone} heeft uw aanvraag gelezen en gaat ermee aan de slag.',
    },
    start: {
      subject: 'Uw aanvraag {reference} is in behandeling',
      body: 'De coördinatie zoekt het beste antwoord op uw aanvraag.',
    },
    'assign-clinician': {
      subject: 'Een zorgverlener voor uw aanvraag {reference}',
      body: 'De coördinatie stelt voor dat u samenwerkt met {clinician}.',
    },
    schedule: {
      subject: 'Afspraak gepland voor uw aanvraag {reference}',
      body: 'Afspraak: {when}.',
    },
    close: {
      subject: 'Uw aanvraag {reference} is afgesloten',
      body: 'De coördinatie heeft uw aanvraag afgesloten. Bedankt voor uw vertrouwen.',
    },
    decline: {
      subject: 'Uw aanvraag {reference} kan niet aanvaard worden',
      body: 'De coördinatie kan niet ingaan op uw aanvraag. Reden: {reason}',
    },
    reassign: {
      subject: 'Uw aanvraag {reference} is doorgestuurd',
      body: 'Uw aanvraag wordt voortaan gevolgd door de coördinatie van zone {zone}.',
    },
    message: {
      subject: 'Bericht van de coördinatie over uw aanvraag {reference}',
      body: '{text}',
    },
    details: 'Details: {details}',
    zone: {
      subject: 'Nieuwe aanvraag {reference}: {what}',
      body: 'Er is een nieuwe aanvraag aangekomen in zone {zone} ({organisation}, {postcode}).\nContact opnemen uiterlijk op {due}.\nOpenen: {url}',
      reassignedSubject: 'Aanvraag {reference} doorgestuurd naar uw zone',
    },
  },
  en: {
    greeting: 'Hello,',
    signature: 'The local coordination – {zone} zone\nReply to this e-mail to write to us.',
    follow: 'Follow your request: {url}\n(reference {reference}, with your e-mail address)',
    submitted: {
      subject: 'We have received your request {reference}',
      body: 'Your request “{what}” has reached the coordination of the {zone} zone. They will normally contact you by {due}.',
    },
    acknowledge: {
      subject: 'Your request {reference} has been acknowledged',
      body: 'The coordination of the {zone} zone has read your request and is taking care of it.',
    },
    start: {
      subject: 'Your request {reference} is in progress',
      body: 'The coordination is looking for the best answer to your request.',
    },
    'assign-clinician': {
      subject: 'A clinician for your request {reference}',
      body: 'The coordination proposes that you work with {clinician}.',
    },
    schedule: {
      subject: 'Appointment set for your request {reference}',
      body: 'Appointment: {when}.',
    },
    close: {
      subject: 'Your request {reference} is closed',
      body: 'The coordination has closed your request. Thank you for your trust.',
    },
    decline: {
      subject: 'Your request {reference} cannot be accepted',
      body: 'The coordination cannot take your request forward. Reason: {reason}',
    },
    reassign: {
      subject: 'Your request {reference} has been passed on',
      body: 'Your request is now followed by the coordination of the {zone} zone.',
    },
    message: {
      subject: 'A message from the coordination about your request {reference}',
      body: '{text}',
    },
    details: 'Details: {details}',
    zone: {
      subject: 'New request {reference}: {what}',
      body: 'A new request has arrived in the {zone} zone ({organisation}, {postcode}).\nContact by {due}.\nOpen it: {url}',
      reassignedSubject: 'Request {reference} passed to your zone',
    },
  },
  de: {
    greeting: 'Guten Tag,',
    signature: 'Die lokale Koordination – Zone {zone}\nAntworten Sie auf diese E-Mail, um uns zu schreiben.',
    follow: 'Ihre Anfrage verfolgen: {url}\n(Referenz {reference}, mit Ihrer E-Mail-Adresse)',
    submitted: {
      subject: 'Wir haben Ihre Anfrage {reference} erhalten',
      body: 'Ihre Anfrage „{what}“ ist bei der Koordination der Zone {zone} eingegangen. Sie meldet sich in der Regel spätestens am {due} bei Ihnen.',
    },
    acknowledge: {
      subject: 'Ihre Anfrage {reference} wurde zur Kenntnis genommen',
      body: 'Die Koordination der Zone {zone} hat Ihre Anfrage gelesen und kümmert sich darum.',
    },
    start: {
      subject: 'Ihre Anfrage {reference} ist in Bearbeitung',
      body: 'Die Koordination sucht die beste Antwort auf Ihre Anfrage.',
    },
    'assign-clinician': {
      subject: 'Eine Fachkraft für Ihre Anfrage {reference}',
      body: 'Die Koordination schlägt Ihnen vor, mit {clinician} zusammenzuarbeiten.',
    },
    schedule: {
      subject: 'Termin für Ihre Anfrage {reference} vereinbart',
      body: 'Termin: {when}.',
    },
    close: {
      subject: 'Ihre Anfrage {reference} ist abgeschlossen',
      body: 'Die Koordination hat Ihre Anfrage abgeschlossen. Vielen Dank für Ihr Vertrauen.',
    },
    decline: {
      subject: 'Ihre Anfrage {reference} kann nicht angenommen werden',
      body: 'Die Koordination kann Ihrer Anfrage nicht nachkommen. Grund: {reason}',
    },
    reassign: {
      subject: 'Ihre Anfrage {reference} wurde weitergeleitet',
      body: 'Ihre Anfrage wird nun von der Koordination der Zone {zone} betreut.',
    },
    message: {
      subject: 'Nachricht der Koordination zu Ihrer Anfrage {reference}',
      body: '{text}',
    },
    details: 'Details: {details}',
    zone: {
      subject: 'Neue Anfrage {reference}: {what}',
      body: 'Eine neue Anfrage ist in der Zone {zone} eingegangen ({organisation}, {postcode}).\nKontaktaufnahme spätestens am {due}.\nÖffnen: {url}',
      reassignedSubject: 'Anfrage {reference} an Ihre Zone weitergeleitet',
    },
  },
};
