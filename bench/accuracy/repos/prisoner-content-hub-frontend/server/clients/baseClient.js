const client = require('axios');

module.exports = { baseClient: client };
