package projectcontour

const (
	GroupName = "projectcontour.io"
)
