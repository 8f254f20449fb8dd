module.exports = {
  'fr-alternative-contact': 'test@test.com'
};
