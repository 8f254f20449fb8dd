
module.exports = [
  '/who-do-you-work-for',
  '/check-inbox',
  '/email-not-recognised'
];
