package traefik

const (
	GroupName = "traefik.io"
)
