module.exports = {
  env: {
    jest: true
  },
  parser: 'babel-eslint'
}