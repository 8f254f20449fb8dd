module github.com/you/tailwindtraderspopularproducts

go 1.12

require (
	code.cloudfoundry.org/clock v0.0.0-20180518195852-02e53af36e6c // indirect
	github.com/Microsoft/ApplicationInsights-Go v0.4.2 // indirect
	github.com/denisenkom/go-mssqldb v0.0.0-20190724012636-11b2859924c1
	github.com/gbrlsnchs/jwt/v3 v3.0.0-alpha.4
	github.com/ghodss/yaml v1.0.0 // indirect
	github.com/gorilla/mux v1.7.0
	github.com/microsoft/ApplicationInsights-Go v0.4.2
	github.com/rs/cors v1.6.0
	github.com/satori/go.uuid v1.2.0 // indirect
	github.com/tkanos/gonfig v0.0.0-20181112185242-896f3d81fadf
	rsc.io/quote v1.5.2
)
