module.exports = {
  reference: '123'
};
