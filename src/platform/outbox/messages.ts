import type { Translations } from '../i18n/index.ts';

const fr = {
  title: 'E-mails envoyés',
  intro:
    'Chaque e-mail est d’abord enregistré avec la modification qu’il annonce, puis envoyé. Un envoi qui échoue est retenté de plus en plus tard.',
  transport: {
    smtp: 'Les e-mails partent par le serveur SMTP configuré (SMTP_URL).',
    files:
      'Aucun serveur SMTP n’est configuré : les e-mails sont écrits comme fichiers .eml dans DATA_DIR/mail, la boîte de développement, à lire sur la machine.',
  },
  filter: 'État',
  all: 'Tous',
  show: 'Afficher',
  statuses: {
    pending: 'En attente',
    sending: 'En cours d’envoi',
    sent: 'Envoyé',
    failed: 'Échec',
    uncertain: 'Incertain',
  },
  uncertainHelp:
    'Incertain : l’envoi a été interrompu (arrêt brutal) sans savoir si le serveur l’a reçu. Vérifiez le journal du serveur de messagerie avant de renvoyer.',
  columns: {
    created: 'Créé',
    to: 'Destinataire',
    subject: 'Objet',
    topic: 'Sujet',
    status: 'État',
    attempts: 'Essais',
    error: 'Dernière erreur',
    actions: 'Actions',
  },
  resend: 'Renvoyer',
  resendLabel: 'Renvoyer « {subject} » à {to}',
  resent: 'Le message repart dans la file d’envoi.',
  notResent: 'Ce message n’est plus en échec : rien n’a été changé.',
  none: 'Aucun message.',
};

export const outboxPageMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Verzonden e-mails',
    intro:
      'Elke e-mail wordt eerst opgeslagen samen met de wijziging die hij aankondigt, en daarna verstuurd. Een mislukte verzending wordt telkens later opnieuw geprobeerd.',
    transport: {
      smtp: 'E-mails vertrekken via de ingestelde SMTP-server (SMTP_URL).',
      files:
        'Er is geen SMTP-server ingesteld: e-mails worden als .eml-bestanden geschreven in DATA_DIR/mail, de ontwikkelmailbox, te lezen op de machine zelf.',
    },
    filter: 'Status',
    all: 'Alle',
    show: 'Tonen',
    statuses: {
      pending: 'Wacht',
      sending: 'Wordt verstuurd',
      sent: 'Verstuurd',
      failed: 'Mislukt',
      uncertain: 'Onzeker',
    },
    uncertainHelp:
      'Onzeker: de verzending werd onderbroken (plotse stop) zonder te weten of de server het bericht ontving. Controleer het logboek van de mailserver voor u opnieuw verstuurt.',
    columns: {
      created: 'Aangemaakt',
      to: 'Ontvanger',
      subject: 'Onderwerp',
      topic: 'Soort',
      status: 'Status',
      attempts: 'Pogingen',
      error: 'Laatste fout',
      actions: 'Acties',
    },
    resend: 'Opnieuw versturen',
    resendLabel: '‘{subject}’ opnieuw versturen naar {to}',
    resent: 'Het bericht staat opnieuw in de wachtrij.',
    notResent: 'Dit bericht is niet meer mislukt: er is niets gewijzigd.',
    none: 'Geen berichten.',
  },
  en: {
    title: 'Emails sent',
    intro:
      'Each email is first saved with the change it announces, then sent. A sending that fails is tried again, later each time.',
    transport: {
      smtp: 'Emails leave through the configured SMTP server (SMTP_URL).',
      files:
        'No SMTP server is configured: emails are written as .eml files in DATA_DIR/mail, the development mailbox, read on the machine itself.',
    },
    filter: 'Status',
    all: 'All',
    show: 'Show',
    statuses: {
      pending: 'Waiting',
      sending: 'Sending',
      sent: 'Sent',
      failed: 'Failed',
      uncertain: 'Uncertain',
    },
    uncertainHelp:
      'Uncertain: sending was interrupted (a crash) without knowing whether the server received it. Check the mail server’s log before sending it again.',
    columns: {
      created: 'Created',
      to: 'To',
      subject: 'Subject',
      topic: 'Kind',
      status: 'Status',
      attempts: 'Attempts',
      error: 'Last error',
      actions: 'Actions',
    },
    resend: 'Send again',
    resendLabel: 'Send “{subject}” to {to} again',
    resent: 'The message is back in the sending queue.',
    notResent: 'This message is no longer failed: nothing was changed.',
    none: 'No messages.',
  },
};
