module.exports = {
  'fr-details-first-name': 'Ronald',
  'fr-details-last-name': 'Testman',
  'fr-details-role': 'Alternate',
  'fr-details-phone': '012345678901'
};
