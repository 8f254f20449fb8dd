/*
Package http provides routes for http router
*/
package http
