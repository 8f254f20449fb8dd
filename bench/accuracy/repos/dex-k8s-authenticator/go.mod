module github.com/mintel/dex-k8s-authenticator

go 1.16

require (
	github.com/coreos/go-oidc v2.2.1+incompatible
	github.com/pquerna/cachecontrol v0.1.0 // indirect
	github.com/spf13/cast v1.3.1
	github.com/spf13/cobra v1.1.3
	github.com/spf13/viper v1.7.1
	golang.org/x/crypto v0.0.0-20210513164829-c07d793c2f9a // indirect
	golang.org/x/oauth2 v0.0.0-20210514164344-f6687ab2804c
	gopkg.in/square/go-jose.v2 v2.5.1 // indirect
)
