/*
Package authenticator provides allows to authorize request
*/
package authenticator
