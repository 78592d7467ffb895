import type { Translations } from '../i18n/index.ts';

// The e-mails accounts send (confirm an address, reset a password, lockout, invitation), in FR
// (source), NL, EN and DE.
const fr = {
  mail: {
    greeting: 'Bonjour {name},',
    signature: 'L’équipe Passerelle',
    verify: {
      subject: 'Confirmez votre adresse e-mail',
      body: 'Pour confirmer votre adresse e-mail et activer votre compte Passerelle, ouvrez ce lien (valable 24 heures)\u202f:\n{link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.',
    },
    existing: {
      subject: 'Vous avez déjà un compte Passerelle',
      body: 'Quelqu’un, sans doute vous, a voulu créer un compte avec cette adresse. Vous avez déjà un compte.\n\nSe connecter\u202f: {signIn}\nMot de passe oublié\u202f: {forgot}\n\nSi ce n’était pas vous, ignorez ce message.',
    },
    reset: {
      subject: 'Choisir un nouveau mot de passe',
      body: 'Pour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, une seule fois)\u202f:\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message\u202f: votre mot de passe ne change pas.',
    },
    locked: {
      subject: 'Votre compte Passerelle est verrouillé',
      body: 'Après {count} tentatives de connexion avec un mauvais mot de passe, votre compte est verrouillé jusqu’à {until}.\n\nSi c’était vous, réessayez après cette heure ou choisissez un nouveau mot de passe\u202f: {forgot}\n\nSi ce n’était pas vous, votre mot de passe n’a pas été trouvé\u202f; choisissez quand même un nouveau mot de passe par prudence.',
    },
    changed: {
      subject: 'Votre mot de passe a été changé',
      body: 'Le mot de passe de votre compte Passerelle vient d’être changé.\n\nSi ce n’était pas vous, choisissez tout de suite un nouveau mot de passe\u202f: {forgot}',
    },
    invitation: {
      subject: 'Votre accès à Passerelle',
      body: '{inviter} vous a donné accès à Passerelle. Pour activer votre compte, choisissez votre mot de passe avec ce lien (valable 7 jours, une seule fois)\u202f:\n{link}',
    },
  },
};

export const authMailMessages: Translations<typeof fr> = {
  fr,
  nl: {
    mail: {
      greeting: 'Beste {name},',
      signature: 'Het Passerelle-team',
      verify: {
        subject: 'Bevestig uw e-mailadres',
        body: 'Open deze link (24 uur geldig) om uw e-mailadres te bevestigen en uw Passerelle-account te activeren:\n{link}\n\nHebt u geen account aangemaakt? Negeer dan dit bericht.',
      },
      existing: {
        subject: 'U hebt al een Passerelle-account',
        body: 'Iemand, waarschijnlijk uzelf, wilde een account aanmaken met dit adres. U hebt al een account.\n\nAanmelden: {signIn}\nWachtwoord vergeten: {forgot}\n\nWas u het niet? Negeer dan dit bericht.',
      },
      reset: {
        subject: 'Een nieuw wachtwoord kiezen',
        body: 'Open deze link (één uur geldig, één keer bruikbaar) om een nieuw wachtwoord te kiezen:\n{link}\n\nHebt u niets gevraagd? Negeer dan dit bericht: uw wachtwoord blijft hetzelfde.',
      },
      locked: {
        subject: 'Uw Passerelle-account is vergrendeld',
        body: 'Na {count} aanmeldpogingen met een verkeerd wachtwoord is uw account vergrendeld tot {until}.\n\nWas u het? Probeer het na dat uur opnieuw of kies een nieuw wachtwoord: {forgot}\n\nWas u het niet? Uw wachtwoord is niet gevonden; kies voor de zekerheid toch een nieuw wachtwoord.',
      },
      changed: {
        subject: 'Uw wachtwoord is gewijzigd',
        body: 'Het wachtwoord van uw Passerelle-account is net gewijzigd.\n\nWas u het niet? Kies dan meteen een nieuw wachtwoord: {forgot}',
      },
      invitation: {
        subject: 'Uw toegang tot Passerelle',
        body: '{inviter} heeft u toegang gegeven tot Passerelle. Kies met deze link uw wachtwoord om uw account te activeren (7 dagen geldig, één keer bruikbaar):\n{link}',
      },
    },
  },
  en: {
    mail: {
      greeting: 'Hello {name},',
      signature: 'The Passerelle team',
      verify: {
        subject: 'Confirm your email address',
        body: 'To confirm your email address and activate your Passerelle account, open this link (valid for 24 hours):\n{link}\n\nIf you did not create an account, ignore this message.',
      },
      existing: {
        subject: 'You already have a Passerelle account',
        body: 'Someone, probably you, tried to create an account with this address. You already have one.\n\nSign in: {signIn}\nForgotten password: {forgot}\n\nIf it was not you, ignore this message.',
      },
      reset: {
        subject: 'Choose a new password',
        body: 'To choose a new password, open this link (valid for one hour, once):\n{link}\n\nIf you did not ask for this, ignore this message: your password stays the same.',
      },
      locked: {
        subject: 'Your Passerelle account is locked',
        body: 'After {count} sign-in attempts with a wrong password, your account is locked until {until}.\n\nIf it was you, try again after that time or choose a new password: {forgot}\n\nIf it was not you, your password was not found; still, choose a new password to be safe.',
      },
      changed: {
        subject: 'Your password has been changed',
        body: 'The password of your Passerelle account has just been changed.\n\nIf it was not you, choose a new password straight away: {forgot}',
      },
      invitation: {
        subject: 'Your access to Passerelle',
        body: '{inviter} has given you access to Passerelle. To activate your account, choose your password with this link (valid for 7 days, once):\n{link}',
      },
    },
  },
  de: {
    mail: {
      greeting: 'Guten Tag {name},',
      signature: 'Ihr Passerelle-Team',
      verify: {
        subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
        body: 'Um Ihre E-Mail-Adresse zu bestätigen und Ihr Passerelle-Konto zu aktivieren, öffnen Sie diesen Link (24 Stunden gültig):\n{link}\n\nWenn Sie kein Konto erstellt haben, ignorieren Sie diese Nachricht.',
      },
      existing: {
        subject: 'Sie haben bereits ein Passerelle-Konto',
        body: 'Jemand, wahrscheinlich Sie selbst, wollte mit dieser Adresse ein Konto erstellen. Sie haben bereits ein Konto.\n\nAnmelden: {signIn}\nPasswort vergessen: {forgot}\n\nWenn Sie das nicht waren, ignorieren Sie diese Nachricht.',
      },
      reset: {
        subject: 'Ein neues Passwort wählen',
        body: 'Um ein neues Passwort zu wählen, öffnen Sie diesen Link (eine Stunde gültig, nur einmal verwendbar):\n{link}\n\nWenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.',
      },
      locked: {
        subject: 'Ihr Passerelle-Konto ist gesperrt',
        body: 'Nach {count} Anmeldeversuchen mit einem falschen Passwort ist Ihr Konto bis {until} gesperrt.\n\nWenn Sie das waren, versuchen Sie es nach dieser Uhrzeit erneut oder wählen Sie ein neues Passwort: {forgot}\n\nWenn Sie das nicht waren: Ihr Passwort wurde nicht gefunden; wählen Sie trotzdem vorsichtshalber ein neues Passwort.',
      },
      changed: {
        subject: 'Ihr Passwort wurde geändert',
        body: 'Das Passwort Ihres Passerelle-Kontos wurde soeben geändert.\n\nWenn Sie das nicht waren, wählen Sie sofort ein neues Passwort: {forgot}',
      },
      invitation: {
        subject: 'Ihr Zugang zu Passerelle',
        body: '{inviter} hat Ihnen Zugang zu Passerelle gegeben. Um Ihr Konto zu aktivieren, wählen Sie Ihr Passwort über diesen Link (7 Tage gültig, nur einmal verwendbar):\n{link}',
      },
    },
  },
};
