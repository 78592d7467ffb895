import type { Translations } from '../i18n/index.ts';

// Signing in and creating an account, in FR (source), NL, EN and DE.
const fr = {
  signIn: {
    title: 'Se connecter',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié\u202f?',
    noAccount: 'Pas encore de compte\u202f?',
    create: 'Créer un compte',
    notices: {
      verified: 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.',
      reset: 'Votre mot de passe a été changé. Connectez-vous avec le nouveau.',
      'signed-out': 'Vous êtes déconnecté.',
      activated: 'Votre compte est activé. Connectez-vous avec votre nouveau mot de passe.',
      everywhere: 'Vous êtes déconnecté sur tous vos appareils.',
      expired: 'Votre session a pris fin. Connectez-vous à nouveau pour continuer.',
    },
  },
  createAccount: {
    title: 'Créer un compte professionnel',
    intro:
      'Un compte permet aux médecins généralistes et aux organisations de suivre leurs demandes de soutien et de partenariat.',
    clinicians:
      'Psychologues et orthopédagogues cliniciens\u202f: votre compte est créé avec votre déclaration d’intérêt auprès du réseau.',
    kindLegend: 'Vous êtes',
    kinds: {
      gp: 'Médecin généraliste',
      organisation: 'Une organisation (CPAS, maison médicale, école, AMO…)',
    },
    submit: 'Créer mon compte',
  },
};

export const signInMessages: Translations<typeof fr> = {
  fr,
  nl: {
    signIn: {
      title: 'Aanmelden',
      submit: 'Aanmelden',
      forgot: 'Wachtwoord vergeten?',
      noAccount: 'Nog geen account?',
      create: 'Een account aanmaken',
      notices: {
        verified: 'Uw e-mailadres is bevestigd. U kunt zich aanmelden.',
        reset: 'Uw wachtwoord is gewijzigd. Meld u aan met het nieuwe.',
        'signed-out': 'U bent afgemeld.',
        activated: 'Uw account is geactiveerd. Meld u aan met uw nieuwe wachtwoord.',
        everywhere: 'U bent afgemeld op al uw toestellen.',
        expired: 'Uw sessie is beëindigd. Meld u opnieuw aan om verder te gaan.',
      },
    },
    createAccount: {
      title: 'Een professioneel account aanmaken',
      intro:
        'Met een account kunnen huisartsen en organisaties hun aanvragen voor ondersteuning en samenwerking opvolgen.',
      clinicians:
        'Klinisch psychologen en orthopedagogen: uw account wordt aangemaakt met uw interesseverklaring bij het netwerk.',
      kindLegend: 'U bent',
      kinds: { gp: 'Huisarts', organisation: 'Een organisatie (OCMW, wijkgezondheidscentrum, school, …)' },
      submit: 'Mijn account aanmaken',
    },
  },
  en: {
    signIn: {
      title: 'Sign in',
      submit: 'Sign in',
      forgot: 'Forgotten your password?',
      noAccount: 'No account yet?',
      create: 'Create an account',
      notices: {
        verified: 'Your email address is confirmed. You can sign in.',
        reset: 'Your password has been changed. Sign in with the new one.',
        'signed-out': 'You are signed out.',
        activated: 'Your account is activated. Sign in with your new password.',
        everywhere: 'You are signed out on all your devices.',
        expired: 'Your session has ended. Sign in again to continue.',
      },
    },
    createAccount: {
      title: 'Create a professional account',
      intro: 'An account lets GPs and organisations follow their requests for support and partnership.',
      clinicians:
        'Clinical psychologists and orthopedagogues: your account is created with your declaration of interest to the network.',
      kindLegend: 'You are',
      kinds: {
        gp: 'A general practitioner',
        organisation: 'An organisation (CPAS, medical centre, school, …)',
      },
      submit: 'Create my account',
    },
  },
  de: {
    signIn: {
      title: 'Anmelden',
      submit: 'Anmelden',
      forgot: 'Passwort vergessen?',
      noAccount: 'Noch kein Konto?',
      create: 'Konto erstellen',
      notices: {
        verified: 'Ihre E-Mail-Adresse ist bestätigt. Sie können sich anmelden.',
        reset: 'Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.',
        'signed-out': 'Sie sind abgemeldet.',
        activated: 'Ihr Konto ist aktiviert. Melden Sie sich mit Ihrem neuen Passwort an.',
        everywhere: 'Sie sind auf allen Ihren Geräten abgemeldet.',
        expired: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
      },
    },
    createAccount: {
      title: 'Ein berufliches Konto erstellen',
      intro:
        'Mit einem Konto können Hausärztinnen und Hausärzte sowie Organisationen ihre Anfragen zu Unterstützung und Partnerschaft verfolgen.',
      clinicians:
        'Klinische Psychologinnen und Psychologen, Orthopädagoginnen und Orthopädagogen: Ihr Konto wird mit Ihrer Interessenbekundung beim Netzwerk erstellt.',
      kindLegend: 'Sie sind',
      kinds: {
        gp: 'Hausärztin oder Hausarzt',
        organisation: 'Eine Organisation (ÖSHZ, Gesundheitszentrum, Schule, Jugendhilfedienst …)',
      },
      submit: 'Mein Konto erstellen',
    },
  },
};
