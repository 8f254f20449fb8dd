// Copyright 2023 The Tekton Authors
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

package taskrun

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	pipelinev1 "github.com/tektoncd/pipeline/pkg/apis/pipeline/v1"
	fakeversioned "github.com/tektoncd/pipeline/pkg/client/clientset/versioned/fake"
	"github.com/tektoncd/results/pkg/watcher/reconciler"
	resultsannotation "github.com/tektoncd/results/pkg/watcher/reconciler/annotation"
	"go.uber.org/zap/zaptest"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	k8stesting "k8s.io/client-go/testing"
	"k8s.io/utils/ptr"
	apis "knative.dev/pkg/apis"
	duckv1 "knative.dev/pkg/apis/duck/v1"
	"knative.dev/pkg/controller"
	"knative.dev/pkg/logging"
	knativereconciler "knative.dev/pkg/reconciler"
)

func TestReconcile(t *testing.T) {
	for _, tc := range []struct {
		name string
		tr   *pipelinev1.TaskRun
		cfg  *reconciler.Config
		want knativereconciler.Event
	}{
		{
			name: "incomplete run with disable storing - skip",
			tr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-tr",
					Namespace: "test-ns",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionUnknown,
							},
						},
					},
				},
			},
			cfg: &reconciler.Config{
				DisableStoringIncompleteRuns: true,
			},
			want: nil,
		},
		{
			name: "disallowed managedBy - skip",
			tr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-tr",
					Namespace: "test-ns",
				},
				Spec: pipelinev1.TaskRunSpec{
					ManagedBy: ptr.To("custom-controller"),
				},
			},
			cfg: &reconciler.Config{
				AllowedManagedByValues: reconciler.ParseManagedByValues(""),
			},
			want: nil,
		},
		{
			name: "already stored - skip",
			tr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-tr",
					Namespace: "test-ns",
					Annotations: map[string]string{
						resultsannotation.Stored: "true",
					},
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
				},
			},
			cfg: &reconciler.Config{
				DisableStoringIncompleteRuns: true,
			},
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			ctx = logging.WithLogger(ctx, zaptest.NewLogger(t).Sugar())

			r := &Reconciler{
				cfg: tc.cfg,
			}
			got := r.ReconcileKind(ctx, tc.tr)
			if got != tc.want {
				t.Errorf("ReconcileKind() = %v, want %v", got, tc.want)
			}
		})
	}
}

func mergePatchFinalizerManagedFields(finalizerName string) []metav1.ManagedFieldsEntry {
	raw := fmt.Sprintf(`{"f:metadata":{"f:finalizers":{".":{},"v:\"%s\"":{}}}}`, finalizerName)
	return []metav1.ManagedFieldsEntry{{
		Operation: metav1.ManagedFieldsOperationUpdate,
		FieldsV1:  &metav1.FieldsV1{Raw: []byte(raw)},
	}}
}

func TestFinalize(t *testing.T) {
	storeDeadline := time.Hour
	finalizerRequeueInterval := time.Second

	cfg := &reconciler.Config{
		StoreDeadline:            &storeDeadline,
		FinalizerRequeueInterval: finalizerRequeueInterval,
	}

	for _, tc := range []struct {
		name           string
		pr             *pipelinev1.TaskRun
		cfg            *reconciler.Config
		reconcileError knativereconciler.Event
		patchErr       error
		want           knativereconciler.Event
	}{
		{
			name: "taskrun still running - skip finalization",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionUnknown,
							},
						},
					},
				},
			},
			cfg:  cfg,
			want: nil,
		},
		{
			name: "store deadline passed - proceed with deletion",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now().Add(-2 * time.Hour)},
					},
				},
			},
			cfg:  cfg,
			want: nil,
		},
		{
			name: "missing annotations - requeue",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:  cfg,
			want: controller.NewRequeueAfter(finalizerRequeueInterval),
		},
		{
			name: "stored annotation missing - requeue",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
					Annotations: map[string]string{
						"demo": "demo",
					},
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:  cfg,
			want: controller.NewRequeueAfter(finalizerRequeueInterval),
		},
		{
			name: "stored annotation not true - requeue",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
					Annotations: map[string]string{
						resultsannotation.Stored: "false",
					},
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:  cfg,
			want: controller.NewRequeueAfter(finalizerRequeueInterval),
		},
		{
			name: "reconcile error - requeue",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
					Annotations: map[string]string{
						resultsannotation.Stored: "true",
					},
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:            cfg,
			reconcileError: fmt.Errorf("reconcile error"),
			want:           controller.NewRequeueAfter(finalizerRequeueInterval),
		},
		{
			name: "successful finalization",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
					Annotations: map[string]string{
						resultsannotation.Stored: "true",
					},
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:  cfg,
			want: nil,
		},
		{
			name: "verify finalizer requeue interval",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:      "test-pr",
					Namespace: "test-ns",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg: &reconciler.Config{
				FinalizerRequeueInterval: finalizerRequeueInterval,
			},
			want: controller.NewRequeueAfter(finalizerRequeueInterval),
		},
		{
			name: "migration: merge-patch finalizer removed successfully",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:       "test-pr",
					Namespace:  "test-ns",
					Finalizers: []string{"results.tekton.dev/taskrun"},
					Annotations: map[string]string{
						resultsannotation.Stored: "true",
					},
					ManagedFields: mergePatchFinalizerManagedFields("results.tekton.dev/taskrun"),
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:  cfg,
			want: nil,
		},
		{
			name: "migration: merge-patch removal fails - requeue",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:       "test-pr",
					Namespace:  "test-ns",
					Finalizers: []string{"results.tekton.dev/taskrun"},
					Annotations: map[string]string{
						resultsannotation.Stored: "true",
					},
					ManagedFields: mergePatchFinalizerManagedFields("results.tekton.dev/taskrun"),
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:      cfg,
			patchErr: fmt.Errorf("connection refused"),
			want:     controller.NewRequeueAfter(finalizerRequeueInterval),
		},
		{
			name: "no migration: finalizer owned by SSA - no patch needed",
			pr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:       "test-pr",
					Namespace:  "test-ns",
					Finalizers: []string{"results.tekton.dev/taskrun"},
					Annotations: map[string]string{
						resultsannotation.Stored: "true",
					},
					ManagedFields: []metav1.ManagedFieldsEntry{{
						Operation: metav1.ManagedFieldsOperationApply,
						FieldsV1:  &metav1.FieldsV1{Raw: []byte(`{"f:metadata":{"f:finalizers":{".":{},"v:\"results.tekton.dev/taskrun\"":{}}}}`)},
					}},
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: time.Now()},
					},
				},
			},
			cfg:  cfg,
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			ctx = logging.WithLogger(ctx, zaptest.NewLogger(t).Sugar())

			r := &Reconciler{
				cfg: tc.cfg,
			}

			if tc.pr.ManagedFields != nil {
				fakeClient := fakeversioned.NewSimpleClientset(tc.pr)
				if tc.patchErr != nil {
					fakeClient.PrependReactor("patch", "taskruns", func(_ k8stesting.Action) (bool, runtime.Object, error) {
						return true, nil, tc.patchErr
					})
				}
				r.pipelineClient = fakeClient
			}

			got := r.finalize(ctx, tc.pr, tc.reconcileError)
			if !errors.Is(got, tc.want) {
				t.Errorf("finalize() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFinalizeKindDisallowedManagedBy(t *testing.T) {
	for _, tc := range []struct {
		name string
		tr   *pipelinev1.TaskRun
		cfg  *reconciler.Config
		want knativereconciler.Event
	}{
		{
			name: "disallowed managedBy - release finalizer",
			tr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:       "test-tr",
					Namespace:  "test-ns",
					Finalizers: []string{"results.tekton.dev/taskrun"},
				},
				Spec: pipelinev1.TaskRunSpec{
					ManagedBy: ptr.To("custom-controller"),
				},
			},
			cfg: &reconciler.Config{
				AllowedManagedByValues: reconciler.ParseManagedByValues(""),
			},
			want: nil,
		},
		{
			name: "disallowed managedBy with merge-patch finalizer - release finalizer",
			tr: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Name:          "test-tr",
					Namespace:     "test-ns",
					Finalizers:    []string{"results.tekton.dev/taskrun"},
					ManagedFields: mergePatchFinalizerManagedFields("results.tekton.dev/taskrun"),
				},
				Spec: pipelinev1.TaskRunSpec{
					ManagedBy: ptr.To("custom-controller"),
				},
			},
			cfg: &reconciler.Config{
				AllowedManagedByValues: reconciler.ParseManagedByValues(""),
			},
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			ctx = logging.WithLogger(ctx, zaptest.NewLogger(t).Sugar())

			fakeClient := fakeversioned.NewSimpleClientset(tc.tr)
			r := &Reconciler{
				cfg:            tc.cfg,
				pipelineClient: fakeClient,
			}
			got := r.FinalizeKind(ctx, tc.tr)
			if got != tc.want {
				t.Errorf("FinalizeKind() = %v, want %v", got, tc.want)
			}
		})
	}
}
