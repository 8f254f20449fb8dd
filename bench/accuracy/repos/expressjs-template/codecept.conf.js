require('ts-node').register({ project: 'src/test/tsconfig.json' });

module.exports = require('./codecept.conf.ts');
