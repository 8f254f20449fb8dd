/*
Package eventstore provides interfaces along with helper functions
*/
package eventstore
