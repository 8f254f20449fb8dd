// Package v1alpha1 contains API Schema definitions for the forecastle v1alpha1 API group
// +k8s:deepcopy-gen=package,register
// +k8s:defaulter-gen=TypeMeta
// +groupName=forecastle.stakater.com
package v1alpha1
