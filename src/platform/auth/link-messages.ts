import type { Translations } from '../i18n/index.ts';

// The pages reached from a link in an e-mail (confirming an address, resetting a password,
// accepting an invitation) and the page that asks for one, in FR (source), NL, EN and DE.
const fr = {
  checkEmail: {
    title: 'Vérifiez vos e-mails',
    body: 'Nous avons envoyé un message à {email}. Ouvrez le lien qu’il contient pour continuer. Le lien est valable {hours, plural, one {# heure} other {# heures}}.',
    resetBody:
      'Si un compte existe pour {email}, nous y avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.',
    notReceived: 'Rien reçu après quelques minutes\u202f? Regardez dans les indésirables, ou recommencez.',
  },
  verify: {
    title: 'Confirmer votre adresse e-mail',
    body: 'Confirmez que cette adresse est bien la vôtre pour activer votre compte.',
    submit: 'Confirmer mon adresse',
  },
  invalidLink: {
    title: 'Ce lien n’est plus valable',
    body: 'Il a déjà servi ou il a expiré. Vous pouvez demander un nouveau lien.',
    again: 'Demander un nouveau lien',
    // An invitation's account has no password yet: "ask for a new link" (a reset) is not for them.
    invitationBody:
      'Il a déjà servi ou il a expiré (une invitation est valable 7 jours). Demandez à la personne qui vous a invité·e de vous inviter à nouveau.',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    submit: 'Envoyer le lien',
  },
  reset: {
    title: 'Choisir un nouveau mot de passe',
    submit: 'Enregistrer le mot de passe',
  },
  invitation: {
    title: 'Choisir votre mot de passe',
    intro: 'Bienvenue {name}. Choisissez le mot de passe de votre compte {email}.',
    submit: 'Activer mon compte',
  },
};

export const linkMessages: Translations<typeof fr> = {
  fr,
  nl: {
    checkEmail: {
      title: 'Bekijk uw e-mails',
      body: 'We hebben een bericht gestuurd naar {email}. Open de link erin om verder te gaan. De link is {hours, plural, one {# uur} other {# uur}} geldig.',
      resetBody:
        'Als er een account bestaat voor {email}, hebben we een link gestuurd om een nieuw wachtwoord te kiezen. De link is één uur geldig.',
      notReceived: 'Na enkele minuten niets ontvangen? Kijk bij de ongewenste berichten, of begin opnieuw.',
    },
    verify: {
      title: 'Uw e-mailadres bevestigen',
      body: 'Bevestig dat dit adres van u is om uw account te activeren.',
      submit: 'Mijn adres bevestigen',
    },
    invalidLink: {
      title: 'Deze link is niet meer geldig',
      body: 'Hij is al gebruikt of verlopen. U kunt een nieuwe link vragen.',
      again: 'Een nieuwe link vragen',
      invitationBody:
        'Hij is al gebruikt of verlopen (een uitnodiging is 7 dagen geldig). Vraag wie u heeft uitgenodigd om u opnieuw uit te nodigen.',
    },
    forgot: {
      title: 'Wachtwoord vergeten',
      intro: 'Vul het e-mailadres van uw account in. We sturen u een link om een nieuw wachtwoord te kiezen.',
      submit: 'De link versturen',
    },
    reset: {
      title: 'Een nieuw wachtwoord kiezen',
      submit: 'Het wachtwoord opslaan',
    },
    invitation: {
      title: 'Uw wachtwoord kiezen',
      intro: 'Welkom {name}. Kies het wachtwoord van uw account {email}.',
      submit: 'Mijn account activeren',
    },
  },
  en: {
    checkEmail: {
      title: 'Check your email',
      body: 'We have sent a message to {email}. Open the link in it to continue. The link works for {hours, plural, one {# hour} other {# hours}}.',
      resetBody:
        'If an account exists for {email}, we have sent it a link to choose a new password. The link works for one hour.',
      notReceived: 'Nothing after a few minutes? Look in your spam folder, or start again.',
    },
    verify: {
      title: 'Confirm your email address',
      body: 'Confirm that this address is yours to activate your account.',
      submit: 'Confirm my address',
    },
    invalidLink: {
      title: 'This link no longer works',
      body: 'It has already been used or it has expired. You can ask for a new link.',
      again: 'Ask for a new link',
      invitationBody:
        'It has already been used or it has expired (an invitation works for 7 days). Ask the person who invited you to invite you again.',
    },
    forgot: {
      title: 'Forgotten password',
      intro: 'Enter the email address of your account. We will send you a link to choose a new password.',
      submit: 'Send the link',
    },
    reset: {
      title: 'Choose a new password',
      submit: 'Save the password',
    },
    invitation: {
      title: 'Choose your password',
      intro: 'Welcome {name}. Choose the password of your account {email}.',
      submit: 'Activate my account',
    },
  },
  de: {
    checkEmail: {
      title: 'Prüfen Sie Ihre E-Mails',
      body: 'Wir haben eine Nachricht an {email} gesendet. Öffnen Sie den Link darin, um fortzufahren. Der Link ist {hours, plural, one {# Stunde} other {# Stunden}} gültig.',
      resetBody:
        'Wenn es für {email} ein Konto gibt, haben wir dorthin einen Link gesendet, mit dem Sie ein neues Passwort wählen können. Der Link ist eine Stunde gültig.',
      notReceived:
        'Nach einigen Minuten nichts erhalten? Sehen Sie im Spam-Ordner nach oder beginnen Sie erneut.',
    },
    verify: {
      title: 'Ihre E-Mail-Adresse bestätigen',
      body: 'Bestätigen Sie, dass diese Adresse Ihnen gehört, um Ihr Konto zu aktivieren.',
      submit: 'Meine Adresse bestätigen',
    },
    invalidLink: {
      title: 'Dieser Link ist nicht mehr gültig',
      body: 'Er wurde bereits verwendet oder ist abgelaufen. Sie können einen neuen Link anfordern.',
      again: 'Einen neuen Link anfordern',
      invitationBody:
        'Er wurde bereits verwendet oder ist abgelaufen (eine Einladung ist 7 Tage gültig). Bitten Sie die Person, die Sie eingeladen hat, Sie erneut einzuladen.',
    },
    forgot: {
      title: 'Passwort vergessen',
      intro:
        'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.',
      submit: 'Link senden',
    },
    reset: {
      title: 'Ein neues Passwort wählen',
      submit: 'Passwort speichern',
    },
    invitation: {
      title: 'Ihr Passwort wählen',
      intro: 'Willkommen, {name}. Wählen Sie das Passwort für Ihr Konto {email}.',
      submit: 'Mein Konto aktivieren',
    },
  },
};
