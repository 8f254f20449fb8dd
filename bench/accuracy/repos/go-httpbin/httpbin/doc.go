// Package httpbin provides a simple HTTP request and response testing server,
// modeled on the original httpbin.org Python project.
package httpbin
