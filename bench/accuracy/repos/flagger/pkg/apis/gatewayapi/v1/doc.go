// Package v1 contains API Schema definitions for the
// gateway.networking.k8s.io API group.

// +k8s:deepcopy-gen=package

package v1
