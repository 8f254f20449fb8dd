/*
Package eventbus provides interfaces along with helper functions
*/
package eventbus
