/*
Package commandbus provides interfaces along with helper functions
*/
package commandbus
