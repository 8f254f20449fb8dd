module.exports = {
  'pv-nationality': 'British',
  'pv-nationality-second': 'Jamaican'
};
