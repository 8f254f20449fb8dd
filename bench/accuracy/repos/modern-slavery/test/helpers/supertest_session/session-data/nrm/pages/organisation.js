module.exports = {
  'user-organisation': 'Aberdeenshire Council'
};
