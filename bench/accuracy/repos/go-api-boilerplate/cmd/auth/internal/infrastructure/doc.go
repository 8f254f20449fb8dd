/*
Package infrastructure is a layer that holds everything that interacts with other systems - Secondary/Driven Adapters.
Secondary adapters wrap around a tool and adapt its input/output to a port, which fits the application core needs and can simply be an interface or a complex set of interfaces and objects.
*/
package infrastructure
