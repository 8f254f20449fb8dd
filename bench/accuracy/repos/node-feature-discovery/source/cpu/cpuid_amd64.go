/*
Copyright 2017 The Kubernetes Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package cpu

import (
	"strconv"

	"github.com/klauspost/cpuid/v2"
)

// getCpuidFlags returns feature names for all the supported CPU features.
func getCpuidFlags() []string {
	flags := cpuid.CPU.FeatureSet()
	flags = append(flags, microarchLevelFlags(cpuid.CPU.X64Level())...)

	return flags
}

func getCpuidAttributes() map[string]string {
	ret := map[string]string{}

	if cpuid.CPU.AVX10Level > 0 {
		ret["AVX10_VERSION"] = strconv.Itoa(int(cpuid.CPU.AVX10Level))
	}

	return ret
}
