#!/usr/bin/env bash

# Copyright 2019 The Tekton Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

# This script is called by default_integration_test_runner() -
# https://github.com/tektoncd/plumbing/blob/main/scripts/presubmit-tests.sh
# for running integration tests.

# standard bash error handling
set -o errexit
set -o pipefail
set -o nounset
# debug commands
set -x

# Setting defaults
E2E_GO_TEST_TIMEOUT=${E2E_GO_TEST_TIMEOUT:="20m"}

function main() {
    failed=0
    echo "Start e2e tests with a timeout of $E2E_GO_TEST_TIMEOUT"
    timeout $E2E_GO_TEST_TIMEOUT $(dirname $0)/e2e/e2e.sh || failed=1
    return ${failed}
}

main
