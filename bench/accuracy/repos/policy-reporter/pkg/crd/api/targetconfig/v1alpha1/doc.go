// +k8s:openapi-gen=true
// +k8s:deepcopy-gen=package
// +groupName=policyreporter.kyverno.io

package v1alpha1
