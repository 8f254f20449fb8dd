module.exports = {
  'pv-dob': '2000-02-01'
};
