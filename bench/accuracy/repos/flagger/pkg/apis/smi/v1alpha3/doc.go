// +k8s:deepcopy-gen=package
// +groupName=split.smi-spec.io

package v1alpha3
