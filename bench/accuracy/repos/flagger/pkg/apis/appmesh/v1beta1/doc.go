// +k8s:deepcopy-gen=package

// Package v1beta1 is the v1beta1 version of the API.
// +groupName=appmesh.k8s.aws
package v1beta1
