package gloo

const (
	GlooGroupName = "gloo.solo.io"
)
