/*
Package middleware provides http middleware
*/
package middleware
