// Package commands contains the functionality for the set of commands
// currently supported by the CLI tooling.
package commands
