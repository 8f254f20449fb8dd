module.exports = {
  'what-happened': 'Test'
};
