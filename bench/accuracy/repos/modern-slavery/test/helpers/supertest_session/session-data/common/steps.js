
module.exports = [
  '/privacy',
  '/accessibility',
  '/support-organisations',
  '/cookies',
  '/paper-version-download',
  '/start'
];
