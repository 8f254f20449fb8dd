package istio

const (
	GroupName = "networking.istio.io"
)
