package v1beta1

const (
	ApisixProvider     string = "apisix"
	AppMeshProvider    string = "appmesh"
	LinkerdProvider    string = "linkerd"
	IstioProvider      string = "istio"
	SMIProvider        string = "smi"
	ContourProvider    string = "contour"
	KnativeProvider    string = "knative"
	GlooProvider       string = "gloo"
	NGINXProvider      string = "nginx"
	KubernetesProvider string = "kubernetes"
	SkipperProvider    string = "skipper"
	TraefikProvider    string = "traefik"
	OsmProvider        string = "osm"
	KumaProvider       string = "kuma"
	GatewayAPIProvider string = "gatewayapi"
)
