package kuma

const (
	GroupName = "kuma.io"
)
