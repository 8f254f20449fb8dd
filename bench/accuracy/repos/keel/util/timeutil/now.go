package timeutil

import "time"

//Now utility, to replace for testing
var Now = time.Now
