package constants

// DefaultDockerRegistry - default docker registry
const DefaultDockerRegistry = "https://index.docker.io"

// DefaultNamespace - default namespace to initialise configmaps based kv
const DefaultNamespace = "kube-system"

// KeelLogoURL - is a logo URL for bot icon
const KeelLogoURL = "https://keel.sh/img/logo.png"
