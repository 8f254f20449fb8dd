module github.com/okteto/movies

go 1.24

require github.com/lib/pq v1.10.5

require github.com/gorilla/mux v1.8.0 // indirect
