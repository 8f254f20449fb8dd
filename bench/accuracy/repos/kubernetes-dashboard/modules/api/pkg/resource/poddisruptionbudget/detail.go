// Copyright 2017 The Kubernetes Authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package poddisruptionbudget

import (
	"context"

	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"k8s.io/client-go/kubernetes"
)

type PodDisruptionBudgetDetail struct {
	PodDisruptionBudget `json:",inline"`
	DisruptedPods       map[string]metav1.Time `json:"disruptedPods"`
}

func Get(client kubernetes.Interface, namespace string, name string) (*PodDisruptionBudgetDetail, error) {
	pdb, err := client.PolicyV1().PodDisruptionBudgets(namespace).Get(context.TODO(), name, metav1.GetOptions{})
	if err != nil {
		return nil, err
	}

	return toDetails(*pdb), nil
}

func toDetails(pdb policyv1.PodDisruptionBudget) *PodDisruptionBudgetDetail {
	return &PodDisruptionBudgetDetail{
		PodDisruptionBudget: toListItem(pdb),
		DisruptedPods:       pdb.Status.DisruptedPods,
	}
}
