wrk -t 12 -c 400 -d 30s -H "Authorization: Bearer LhhP1C9gijpSKCslHHCvwdSIz298twx271nTest" http://localhost:7110/api/v2/events/session/heartbeat?id=test
