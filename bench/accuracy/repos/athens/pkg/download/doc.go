// Package download provides http handlers that implement vgo's Download
// Protocol.
package download
