module.exports = {
  improvements: 'Test'
};
