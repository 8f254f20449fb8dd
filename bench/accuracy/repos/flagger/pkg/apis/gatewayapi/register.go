package gatewayapi

const (
	GroupName = "gateway.networking.k8s.io"
)
