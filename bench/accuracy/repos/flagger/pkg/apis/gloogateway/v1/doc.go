// +k8s:deepcopy-gen=package

// Package v1 is the v1 version of the API.
// +groupName=gateway.solo.io
package v1
