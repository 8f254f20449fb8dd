module.exports = {
  'refuse-nrm': 'Test'
};
