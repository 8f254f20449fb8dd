package gloogateway

const (
	GatewayGroupName = "gateway.solo.io"
)
