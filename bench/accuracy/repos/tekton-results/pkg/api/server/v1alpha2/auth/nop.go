// Copyright 2021 The Tekton Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//      http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package auth

import "context"

// AllowAll is an auth check that allows every request, regardless of the
// params. Useful for testing or cases where you want to disable auth checks.
type AllowAll struct{}

// Check does nothing.
func (AllowAll) Check(context.Context, string, string, string) error {
	return nil
}
