/*
Package goapiboilerplate provides Go Server/API boilerplate using best practices, DDD, CQRS, ES.
*/
package goapiboilerplate
