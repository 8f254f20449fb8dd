module.exports = {
  'current-pv-location-uk-city': 'London',
  'current-pv-location-uk-region': 'Greater London'
};
