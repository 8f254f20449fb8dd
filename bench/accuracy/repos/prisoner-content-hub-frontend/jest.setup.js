require('dotenv').config({
  path: './.env-test',
});
