package smi

const (
	GroupName = "split.smi-spec.io"
)
