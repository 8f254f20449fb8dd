const childProcess = require('child_process');
childProcess.spawn('killall', ['phantomjs']);
