// +k8s:deepcopy-gen=package

// Package v1beta2 is the v1beta2 version of the API.
// +groupName=appmesh.k8s.aws
package v1beta2
