/*
Package handlers provides http handlers
*/
package handlers
