module.exports = {
  'local-authority-contacted-about-child-local-authority-name': 'The Aberdeen City Council',
  'local-authority-contacted-about-child-local-authority-phone': '07550130130',
  'local-authority-contacted-about-child-local-authority-email': 'test@test.com',
  'local-authority-contacted-about-child-local-authority-first-name': 'Ronald',
  'local-authority-contacted-about-child-local-authority-last-name': 'Testman'
};
