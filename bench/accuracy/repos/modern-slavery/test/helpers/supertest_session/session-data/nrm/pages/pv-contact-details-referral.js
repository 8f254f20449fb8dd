module.exports = {
  'pv-contact-details': [
    'email',
    'post'
  ],
  'pv-contact-details-email-input': 'test@test.com',
  'pv-contact-details-email-check': 'pv-contact-details-email-check',
  'pv-contact-details-street': '1 Street',
  'pv-contact-details-town': 'Funky Town',
  'pv-contact-details-county': 'Greater London',
  'pv-contact-details-postcode': 'PC1 1PC',
  'pv-contact-details-post-check': 'pv-contact-details-post-check'
};
