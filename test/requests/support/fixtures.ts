// Requests as the contract shows them: a GP in Laeken writing in Dutch, an organisation in Anderlecht.

export const GP_REQUEST = {
  kind: 'joint-consultation',
  practice: { name: 'Cabinet Laeken', street: 'Rue Marie-Christine 100', postcode: '1020' },
  requester: {
    name: 'Dr. An Peeters',
    email: 'an.peeters@example.be',
    phone: '02 123 45 67',
    language: 'nl',
  },
  ageGroup: 'adults',
  preferredTimes: 'Dinsdagnamiddag',
  description: 'Graag een gezamenlijke consultatie voor een patiënt met angstklachten.',
};

export const ORGANISATION_OFFER = {
  offer: 'room',
  organisation: {
    name: 'Maison de quartier Cureghem',
    kind: 'neighbourhood-house',
    enterpriseNumber: '0440.966.354',
  },
  venue: {
    street: 'Rue de la Clinique 20',
    postcode: '1070',
    accessibility: 'step-free',
    capacity: 12,
    openingTimes: 'Du lundi au vendredi, 9 h – 17 h',
    languages: ['fr', 'ar'],
    targetPublic: ['young-people', 'adults'],
  },
  contact: { name: 'Sarah Benali', email: 'sarah@cureghem.example', language: 'fr' },
};
