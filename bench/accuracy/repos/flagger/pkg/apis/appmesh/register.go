package appmesh

const (
	GroupName = "appmesh.k8s.aws"
)

const AccessLogAnnotation = "appmesh.flagger.app/accesslog"

const EnabledValue = "enabled"
