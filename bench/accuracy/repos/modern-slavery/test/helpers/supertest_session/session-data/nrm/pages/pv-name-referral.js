module.exports = {
  'pv-name-first-name': 'Ronald',
  'pv-name-last-name': 'Testman',
  'pv-name-nickname': 'Ron'
};
