/*
Package executioncontext provides context helper function so set and get execution flags
*/
package executioncontext
