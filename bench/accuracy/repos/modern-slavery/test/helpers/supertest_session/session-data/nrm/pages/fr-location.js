module.exports = {
  'fr-location': 'england'
};
