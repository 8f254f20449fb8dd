/*
Package interfaces is a layer that holds everything that other systems interacts with - Primary/Driving Adapters.
Primary adapters wrap around a use case and adapt its input/output to a delivery mechanism, ie. HTTP/HTML, HTTP/JSON or CLI.
*/
package interfaces
