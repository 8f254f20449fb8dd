// Package plugin provides log plugin functionality for the API server.
package plugin

// exports for tests

var MergeLogParts = mergeLogParts
var GetLokiLogs = getLokiLogs
