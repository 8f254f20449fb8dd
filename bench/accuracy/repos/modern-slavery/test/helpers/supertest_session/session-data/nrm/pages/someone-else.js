module.exports = {
  'someone-else': [
    'email',
    'post'
  ],
  'someone-else-first-name': 'Ronald',
  'someone-else-last-name': 'Testman',
  'someone-else-email-input': 'test@test.com',
  'someone-else-street': ' 1 Street',
  'someone-else-town': 'Funky Town',
  'someone-else-county': 'Greater London',
  'someone-else-postcode': 'PC1 1PC',
  'someone-else-permission-check': 'someone-else-permission-check'
};
