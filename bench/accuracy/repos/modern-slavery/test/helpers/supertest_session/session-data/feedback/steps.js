
module.exports = [
  '/start',
  '/complete'
];
