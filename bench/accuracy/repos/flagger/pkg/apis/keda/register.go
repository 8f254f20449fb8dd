package keda

const (
	GroupName = "keda.sh"
)
