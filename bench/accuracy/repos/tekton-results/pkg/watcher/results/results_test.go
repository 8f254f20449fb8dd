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

package results

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/tektoncd/results/pkg/api/server/config"
	"k8s.io/apimachinery/pkg/types"
	"knative.dev/pkg/kmeta"

	"github.com/google/go-cmp/cmp"
	pipelinev1 "github.com/tektoncd/pipeline/pkg/apis/pipeline/v1"
	pipelinev1beta1 "github.com/tektoncd/pipeline/pkg/apis/pipeline/v1beta1"
	"github.com/tektoncd/results/pkg/internal/protoutil"
	"github.com/tektoncd/results/pkg/internal/test"
	"github.com/tektoncd/results/pkg/watcher/convert"
	"github.com/tektoncd/results/pkg/watcher/reconciler/annotation"
	pb "github.com/tektoncd/results/proto/v1alpha2/results_go_proto"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"knative.dev/pkg/apis"
	duckv1 "knative.dev/pkg/apis/duck/v1"
	logtest "knative.dev/pkg/logging/testing"
)

func TestDefaultName(t *testing.T) {
	want := "id"

	objs := []metav1.Object{
		&pipelinev1.TaskRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "TaskRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:      "name",
				Namespace: "test",
				UID:       "id",
			},
		},
		&pipelinev1.PipelineRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "PipelineRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:      "name",
				Namespace: "test",
				UID:       "id",
			},
		},
	}
	for _, o := range objs {
		t.Run(fmt.Sprintf("%T", o), func(t *testing.T) {
			if got := defaultName(o); want != got {
				t.Errorf("want %s, got %s", want, got)
			}
		})
	}
}

func TestResultName(t *testing.T) {
	ownerRef := []metav1.OwnerReference{{
		Kind: "PipelineRun",
		UID:  "pipelinerun",
	}}

	for _, tc := range []struct {
		name        string
		modify      func(o metav1.Object)
		annotations map[string]string
		want        string
	}{
		{
			name: "object name",
			want: "test/results/id",
		},
		{
			name: "pipeline run",
			modify: func(o metav1.Object) {
				o.SetOwnerReferences(ownerRef)
			},
			want: "test/results/pipelinerun",
		},
		{
			name: "trigger event",
			modify: func(o metav1.Object) {
				o.SetOwnerReferences(ownerRef)
				o.SetLabels(map[string]string{
					"triggers.tekton.dev/triggers-eventid": "trigger",
				})
			},
			want: "test/results/trigger",
		},
		{
			name: "result",
			modify: func(o metav1.Object) {
				o.SetOwnerReferences(ownerRef)
				o.SetLabels(map[string]string{
					"triggers.tekton.dev/triggers-eventid": "trigger",
				})
				o.SetAnnotations(map[string]string{
					annotation.Result: "result",
				})
			},
			// This is not modified, since we assume that results are referred
			// to by the full name already.
			want: "result",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "object",
					Namespace: "test",
					UID:       "id",
				},
			}
			if tc.modify != nil {
				tc.modify(o)
			}
			if got := resultName(o); tc.want != got {
				t.Errorf("want %s, got %s", tc.want, got)
			}
		})
	}
}

func TestRecordName(t *testing.T) {
	tests := []struct {
		name string
		in   Object
		want string
	}{{
		name: "derive the record name from the parent name and the record's default name",
		in: &pipelinev1.TaskRun{
			ObjectMeta: metav1.ObjectMeta{
				UID: types.UID("uid"),
			},
		},
		want: "foo/results/bar/records/uid",
	},
		{
			name: "read the record name from the record annotation",
			in: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Annotations: map[string]string{
						annotation.Record: "foo/results/bar/records/baz",
					},
					UID: types.UID("uid"),
				},
			},
			want: "foo/results/bar/records/baz",
		},
		{
			name: "do not read the record annotation if the object is owned by another object",
			in: &pipelinev1.TaskRun{
				ObjectMeta: metav1.ObjectMeta{
					Annotations: map[string]string{
						annotation.Record: "foo/results/bar/records/baz",
					},
					UID: types.UID("uid"),
					OwnerReferences: []metav1.OwnerReference{
						*kmeta.NewControllerRef(&pipelinev1.PipelineRun{}),
					},
				},
			},
			want: "foo/results/bar/records/uid",
		},
	}

	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			got := recordName("foo/results/bar", test.in)
			if test.want != got {
				t.Errorf("recordName: want %s, got %s", test.want, got)
			}
		})
	}
}

func TestParentName(t *testing.T) {
	tests := []struct {
		name string
		in   metav1.Object
		want string
	}{{
		name: "default to the object's namespace when the results annotation is unset",
		in: &metav1.ObjectMeta{
			Namespace: "dev",
		},
		want: "dev",
	},
		{
			name: "extract the parent name from the result annotation",
			in: &metav1.ObjectMeta{
				Namespace: "dev",
				Annotations: map[string]string{
					annotation.Result: "foo/results/bar",
				},
			},
			want: "foo",
		},
	}

	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parentName(tc.in)
			if tc.want != got {
				t.Errorf("parentName: want %s, got %s", tc.want, got)
			}
		})
	}
}

func TestEnsureResult(t *testing.T) {
	ctx := logtest.TestContextWithLogger(t)
	client := client(t)

	objs := []Object{
		&pipelinev1.TaskRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "TaskRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:      "foo",
				Namespace: "test",
				UID:       "taskrun-id",
			},
		},
		&pipelinev1.PipelineRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "PipelineRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:      "foo",
				Namespace: "test",
				UID:       "pipelinerun-id",
			},
		},
	}
	for _, o := range objs {
		name := fmt.Sprintf("test/results/%s", o.GetUID())

		// Sanity check Result doesn't exist.
		if r, err := client.GetResult(ctx, &pb.GetResultRequest{Name: name}); status.Code(err) != codes.NotFound {
			t.Fatalf("Result already exists: %+v", r)
		}

		// Run each test 2x - once for the initial Result creation, another to
		// get the existing Result.
		t.Run(o.GetName(), func(t *testing.T) {
			create, err := client.ensureResult(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			want := &pb.Result{
				Name: name,
				Summary: &pb.RecordSummary{
					Record: recordName(name, o),
					Type:   convert.TypeName(o),
				},
				Annotations: map[string]string{"object.metadata.name": "foo"},
			}
			if diff := cmp.Diff(want, create, protocmp.Transform(), protoutil.IgnoreResultOutputOnly()); diff != "" {
				t.Errorf("Create Result diff (-want, +got):\n%s", diff)
			}

			get, err := client.ensureResult(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			// Don't ignore the OUTPUT_ONLY fields this time - the object
			// should be identical to the Result created before.
			if diff := cmp.Diff(create, get, protocmp.Transform()); diff != "" {
				t.Errorf("Get Result diff (-want, +got):\n%s", diff)
			}

		})
	}
}

func TestEnsureResult_RecordSummaryUpdate(t *testing.T) {
	ctx := logtest.TestContextWithLogger(t)
	client := client(t)

	pr := &pipelinev1.PipelineRun{
		ObjectMeta: metav1.ObjectMeta{
			Name:      "foo",
			Namespace: "default",
			UID:       "1",
		},
	}
	tr := &pipelinev1.TaskRun{
		ObjectMeta: metav1.ObjectMeta{
			Namespace:       pr.Namespace,
			UID:             "2",
			OwnerReferences: []metav1.OwnerReference{*metav1.NewControllerRef(pr, pr.GetGroupVersionKind())},
		},
	}

	// Create TaskRun first - this will create a Result for the PipelineRun,
	// but will *not* populate the RecordSummary.
	got, err := client.ensureResult(ctx, tr)
	if err != nil {
		t.Fatal(err)
	}
	want := &pb.Result{Name: resultName(pr)}
	if diff := cmp.Diff(got, want, protocmp.Transform(), protoutil.IgnoreResultOutputOnly()); diff != "" {
		t.Fatal(diff)
	}

	// Create the PipelineRun - this will update the Result with the Summary.
	got, err = client.ensureResult(ctx, pr)
	if err != nil {
		t.Fatal(err)
	}
	want = &pb.Result{
		Name: resultName(pr),
		Summary: &pb.RecordSummary{
			Record: recordName(resultName(pr), pr),
			Type:   convert.TypeName(pr),
		},
		Annotations: map[string]string{"object.metadata.name": "foo"},
	}
	if diff := cmp.Diff(got, want, protocmp.Transform(), protoutil.IgnoreResultOutputOnly()); diff != "" {
		t.Fatal(diff)
	}
}

func TestAnnotations(t *testing.T) {
	ctx := logtest.TestContextWithLogger(t)
	client := client(t)

	pipelineRun := &pipelinev1.PipelineRun{
		ObjectMeta: metav1.ObjectMeta{
			Name:      "foo",
			Namespace: "default",
			Annotations: map[string]string{
				annotation.ResultAnnotations:        `{"x": "y", "i": 7}`,
				annotation.RecordSummaryAnnotations: `{"foo":"bar", "test": 1}`,
			},
			UID: types.UID("1"),
		},
	}

	result, err := client.ensureResult(ctx, pipelineRun)
	if err != nil {
		t.Fatal(err)
	}

	if diff := cmp.Diff(map[string]string{
		"x": "y", "object.metadata.name": "foo", "i": "7",
	}, result.Annotations); diff != "" {
		t.Errorf("Result.Annotations: mismatch (-want +got):\n%s", diff)
	}

	if diff := cmp.Diff(map[string]string{
		"foo": "bar", "test": "1",
	}, result.Summary.Annotations); diff != "" {
		t.Errorf("Result.Summary.Annotations: mismatch (-want +got):\n%s", diff)
	}
}

func TestUpsertRecord(t *testing.T) {
	ctx := context.Background()
	client := client(t)

	objs := []Object{
		&pipelinev1.TaskRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "TaskRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:       "taskrun",
				Namespace:  "test",
				UID:        "taskrun-id",
				Generation: 1,
			},
			Status: pipelinev1.TaskRunStatus{
				TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
					Results: []pipelinev1.TaskRunResult{
						{
							Name:  "result1",
							Value: *pipelinev1.NewStructuredValues("value1"),
						},
					},
				},
			},
		},
		&pipelinev1.PipelineRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "PipelineRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:       "pipelinerun",
				Namespace:  "test",
				UID:        "pipelinerun-id",
				Generation: 1,
			},
			Status: pipelinev1.PipelineRunStatus{
				PipelineRunStatusFields: pipelinev1.PipelineRunStatusFields{
					Results: []pipelinev1.PipelineRunResult{
						{
							Name:  "result1",
							Value: *pipelinev1.NewStructuredValues("value1"),
						},
					},
				},
			},
		},
	}
	for _, o := range objs {
		t.Run(o.GetName(), func(t *testing.T) {
			result, err := client.ensureResult(ctx, o)
			if err != nil {
				t.Fatal(err)
			}

			// Sanity check Record doesn't exist
			name := fmt.Sprintf("%s/records/%s", result.GetName(), o.GetUID())
			if r, err := client.GetRecord(ctx, &pb.GetRecordRequest{Name: name}); status.Code(err) != codes.NotFound {
				t.Fatalf("Record already exists: %+v", r)
			}

			// Ignore server generated fields.
			opts := []cmp.Option{protocmp.Transform(), protocmp.IgnoreFields(&pb.Record{}, "id", "uid", "updated_time", "update_time", "create_time", "created_time", "etag")}

			var record *pb.Record
			// Start from scratch and create a new record.
			t.Run("create", func(t *testing.T) {
				record, err = client.upsertRecord(ctx, result.GetName(), o)
				if err != nil {
					t.Fatalf("upsertRecord: %v", err)
				}
				want := crdToRecord(t, name, o)
				if diff := cmp.Diff(want, record, opts...); diff != "" {
					t.Errorf("upsertRecord diff (-want, +got):\n%s", diff)
				}
				// Verify upstream Record matches.
				got, err := client.GetRecord(ctx, &pb.GetRecordRequest{Name: name})
				if err != nil {
					t.Fatalf("GetRecord: %v", err)
				}
				if diff := cmp.Diff(want, got, opts...); diff != "" {
					t.Errorf("GetRecord diff (-want, +got):\n%s", diff)
				}
			})

			// Attempt to update the record as-is. Since there is no diff there
			// should not be an update - we should get the same object back.
			t.Run("no-op", func(t *testing.T) {
				got, err := client.upsertRecord(ctx, result.GetName(), o)
				if err != nil {
					t.Fatalf("upsertRecord: %v", err)
				}

				if diff := cmp.Diff(record, got, protocmp.Transform()); diff != "" {
					t.Errorf("upsertRecord diff (-want, +got):\n%s", diff)
				}
			})

			// Modify object to cause a diff + actual update.
			t.Run("update", func(t *testing.T) {
				// Update the result on each TaskRun and PipelineRun.
				var updated Object

				switch o.GetName() {
				case "taskrun":
					updated = &pipelinev1.TaskRun{
						TypeMeta: metav1.TypeMeta{
							APIVersion: "tekton.dev/v1",
							Kind:       "TaskRun",
						},
						ObjectMeta: metav1.ObjectMeta{
							Name:       "taskrun",
							Namespace:  "test",
							UID:        "taskrun-id",
							Generation: 1,
						},
						Status: pipelinev1.TaskRunStatus{
							TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
								Results: []pipelinev1.TaskRunResult{
									{
										Name:  "result1",
										Value: *pipelinev1.NewStructuredValues("value1-updated"),
									},
								},
							},
						},
					}
				case "pipelinerun":
					updated = &pipelinev1.PipelineRun{
						TypeMeta: metav1.TypeMeta{
							APIVersion: "tekton.dev/v1",
							Kind:       "PipelineRun",
						},
						ObjectMeta: metav1.ObjectMeta{
							Name:       "pipelinerun",
							Namespace:  "test",
							UID:        "pipelinerun-id",
							Generation: 1,
						},
						Status: pipelinev1.PipelineRunStatus{
							PipelineRunStatusFields: pipelinev1.PipelineRunStatusFields{
								Results: []pipelinev1.PipelineRunResult{
									{
										Name:  "result1",
										Value: *pipelinev1.NewStructuredValues("value1-update"),
									},
								},
							},
						},
					}
				default:
					t.Fatalf("upsertRecord: PipelineRun or TaskRun unsupported %v", o.GetName())
				}
				got, err := client.upsertRecord(ctx, result.GetName(), updated)
				if err != nil {
					t.Fatalf("upsertRecord: %v", err)
				}
				if cmp.Equal(crdToRecord(t, name, o).GetData(), got.GetData(), protocmp.Transform()) {
					t.Errorf(
						"upsertRecord diff (-want, +got):%s\n\n%s",
						crdToRecord(t, name, updated).GetData(), got.GetData(),
					)
				}
			})
		})
	}
}

func TestPut(t *testing.T) {
	ctx := context.Background()
	client := client(t)

	objs := []Object{
		&pipelinev1.TaskRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "TaskRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:      "taskrun",
				Namespace: "test",
				UID:       "taskrun-id",
			},
		},
		&pipelinev1.PipelineRun{
			TypeMeta: metav1.TypeMeta{
				APIVersion: "tekton.dev/v1",
				Kind:       "PipelineRun",
			},
			ObjectMeta: metav1.ObjectMeta{
				Name:      "pipelinerun",
				Namespace: "test",
				UID:       "pipelinerun-id",
			},
		},
	}
	for _, o := range objs {
		// Run each test 2x - once for the initial creation, another to
		// simulate an update.
		// This is less exhaustive than the other tests, since Put is a wrapper
		// around ensureResult/upsertRecord.
		t.Run(o.GetName(), func(t *testing.T) {
			for _, tc := range []string{"create", "update"} {
				t.Run(tc, func(t *testing.T) {
					if _, _, err := client.Put(ctx, o); err != nil {
						t.Fatal(err)
					}
				})
			}

			// Verify Result/Record exist.
			if _, err := client.GetResult(ctx, &pb.GetResultRequest{
				Name: fmt.Sprintf("test/results/%s", o.GetUID()),
			}); err != nil {
				t.Fatalf("GetResult: %v", err)
			}
			if _, err := client.GetRecord(ctx, &pb.GetRecordRequest{
				Name: fmt.Sprintf("test/results/%s/records/%s", o.GetUID(), o.GetUID()),
			}); err != nil {
				t.Fatalf("GetRecord: %v", err)
			}
		})
	}
}

func crdToRecord(t *testing.T, name string, o Object) *pb.Record {
	t.Helper()

	m, err := convert.ToProto(o)
	if err != nil {
		t.Fatalf("convert.ToProto(): %v", err)
	}
	return &pb.Record{
		Name: name,
		Data: m,
	}
}

func client(t *testing.T) *Client {
	t.Helper()
	resultsClient, logsClient := test.NewResultsClient(t, &config.Config{})
	return &Client{
		ResultsClient: resultsClient,
		LogsClient:    logsClient,
	}
}

// unknownObject satisfies the Object interface without matching any type
// handled by getStartTime and getEndTime.
type unknownObject struct {
	pipelinev1.TaskRun
}

func TestGetStartTime(t *testing.T) {
	ts := time.Date(2024, 1, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		object Object
		want   *timestamppb.Timestamp
	}{
		{
			name: "PipelineRun with StartTime",
			object: &pipelinev1.PipelineRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "PipelineRun",
				},
				Status: pipelinev1.PipelineRunStatus{
					PipelineRunStatusFields: pipelinev1.PipelineRunStatusFields{
						StartTime: &metav1.Time{Time: ts},
					},
				},
			},
			want: timestamppb.New(ts),
		},
		{
			name: "PipelineRun without StartTime",
			object: &pipelinev1.PipelineRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "PipelineRun",
				},
			},
			want: nil,
		},
		{
			name: "TaskRun with StartTime",
			object: &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
				Status: pipelinev1.TaskRunStatus{
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						StartTime: &metav1.Time{Time: ts},
					},
				},
			},
			want: timestamppb.New(ts),
		},
		{
			name: "TaskRun without StartTime",
			object: &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
			},
			want: nil,
		},
		{
			name: "CustomRun with StartTime",
			object: &pipelinev1beta1.CustomRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1beta1",
					Kind:       "CustomRun",
				},
				Status: pipelinev1beta1.CustomRunStatus{
					CustomRunStatusFields: pipelinev1beta1.CustomRunStatusFields{
						StartTime: &metav1.Time{Time: ts},
					},
				},
			},
			want: timestamppb.New(ts),
		},
		{
			name: "CustomRun without StartTime",
			object: &pipelinev1beta1.CustomRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1beta1",
					Kind:       "CustomRun",
				},
			},
			want: nil,
		},
		{
			name: "unrecognized type",
			object: &unknownObject{
				TaskRun: pipelinev1.TaskRun{
					Status: pipelinev1.TaskRunStatus{
						TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
							StartTime: &metav1.Time{Time: ts},
						},
					},
				},
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := getStartTime(tt.object)
			if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("getStartTime() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGetEndTime(t *testing.T) {
	ts := time.Date(2024, 1, 1, 10, 5, 0, 0, time.UTC)
	tests := []struct {
		name   string
		object Object
		want   *timestamppb.Timestamp
	}{
		{
			name: "PipelineRun with CompletionTime",
			object: &pipelinev1.PipelineRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "PipelineRun",
				},
				Status: pipelinev1.PipelineRunStatus{
					PipelineRunStatusFields: pipelinev1.PipelineRunStatusFields{
						CompletionTime: &metav1.Time{Time: ts},
					},
				},
			},
			want: timestamppb.New(ts),
		},
		{
			name: "PipelineRun without CompletionTime",
			object: &pipelinev1.PipelineRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "PipelineRun",
				},
			},
			want: nil,
		},
		{
			name: "TaskRun with CompletionTime",
			object: &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
				Status: pipelinev1.TaskRunStatus{
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						CompletionTime: &metav1.Time{Time: ts},
					},
				},
			},
			want: timestamppb.New(ts),
		},
		{
			name: "TaskRun without CompletionTime",
			object: &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
			},
			want: nil,
		},
		{
			name: "CustomRun with CompletionTime",
			object: &pipelinev1beta1.CustomRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1beta1",
					Kind:       "CustomRun",
				},
				Status: pipelinev1beta1.CustomRunStatus{
					CustomRunStatusFields: pipelinev1beta1.CustomRunStatusFields{
						CompletionTime: &metav1.Time{Time: ts},
					},
				},
			},
			want: timestamppb.New(ts),
		},
		{
			name: "CustomRun without CompletionTime",
			object: &pipelinev1beta1.CustomRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1beta1",
					Kind:       "CustomRun",
				},
			},
			want: nil,
		},
		{
			name: "unrecognized type",
			object: &unknownObject{
				TaskRun: pipelinev1.TaskRun{
					Status: pipelinev1.TaskRunStatus{
						TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
							CompletionTime: &metav1.Time{Time: ts},
						},
					},
				},
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := getEndTime(tt.object)
			if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("getEndTime() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEnsureResult_Timestamps(t *testing.T) {
	ctx := logtest.TestContextWithLogger(t)
	client := client(t)

	start := time.Date(2024, 1, 1, 10, 0, 0, 0, time.UTC)
	end := time.Date(2024, 1, 1, 10, 5, 0, 0, time.UTC)

	tests := []struct {
		name       string
		object     Object
		wantStatus pb.RecordSummary_Status
	}{
		{
			name: "PipelineRun succeeded",
			object: &pipelinev1.PipelineRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "PipelineRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "pr-ok",
					Namespace: "test",
					UID:       "pr-ok-id",
				},
				Status: pipelinev1.PipelineRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
								Reason: pipelinev1.PipelineRunReasonSuccessful.String(),
							},
						},
					},
					PipelineRunStatusFields: pipelinev1.PipelineRunStatusFields{
						StartTime:      &metav1.Time{Time: start},
						CompletionTime: &metav1.Time{Time: end},
					},
				},
			},
			wantStatus: pb.RecordSummary_SUCCESS,
		},
		{
			name: "PipelineRun failed",
			object: &pipelinev1.PipelineRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "PipelineRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "pr-fail",
					Namespace: "test",
					UID:       "pr-fail-id",
				},
				Status: pipelinev1.PipelineRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionFalse,
								Reason: pipelinev1.PipelineRunReasonFailed.String(),
							},
						},
					},
					PipelineRunStatusFields: pipelinev1.PipelineRunStatusFields{
						StartTime:      &metav1.Time{Time: start},
						CompletionTime: &metav1.Time{Time: end},
					},
				},
			},
			wantStatus: pb.RecordSummary_FAILURE,
		},
		{
			name: "TaskRun succeeded",
			object: &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "tr-ok",
					Namespace: "test",
					UID:       "tr-ok-id",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
								Reason: pipelinev1.TaskRunReasonSuccessful.String(),
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						StartTime:      &metav1.Time{Time: start},
						CompletionTime: &metav1.Time{Time: end},
					},
				},
			},
			wantStatus: pb.RecordSummary_SUCCESS,
		},
		{
			name: "TaskRun failed",
			object: &pipelinev1.TaskRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1",
					Kind:       "TaskRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "tr-fail",
					Namespace: "test",
					UID:       "tr-fail-id",
				},
				Status: pipelinev1.TaskRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionFalse,
								Reason: pipelinev1.TaskRunReasonFailed.String(),
							},
						},
					},
					TaskRunStatusFields: pipelinev1.TaskRunStatusFields{
						StartTime:      &metav1.Time{Time: start},
						CompletionTime: &metav1.Time{Time: end},
					},
				},
			},
			wantStatus: pb.RecordSummary_FAILURE,
		},
		{
			name: "CustomRun succeeded",
			object: &pipelinev1beta1.CustomRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1beta1",
					Kind:       "CustomRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "cr-ok",
					Namespace: "test",
					UID:       "cr-ok-id",
				},
				Status: pipelinev1beta1.CustomRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionTrue,
								Reason: "Succeeded",
							},
						},
					},
					CustomRunStatusFields: pipelinev1beta1.CustomRunStatusFields{
						StartTime:      &metav1.Time{Time: start},
						CompletionTime: &metav1.Time{Time: end},
					},
				},
			},
			wantStatus: pb.RecordSummary_SUCCESS,
		},
		{
			name: "CustomRun failed",
			object: &pipelinev1beta1.CustomRun{
				TypeMeta: metav1.TypeMeta{
					APIVersion: "tekton.dev/v1beta1",
					Kind:       "CustomRun",
				},
				ObjectMeta: metav1.ObjectMeta{
					Name:      "cr-fail",
					Namespace: "test",
					UID:       "cr-fail-id",
				},
				Status: pipelinev1beta1.CustomRunStatus{
					Status: duckv1.Status{
						Conditions: duckv1.Conditions{
							apis.Condition{
								Type:   apis.ConditionSucceeded,
								Status: corev1.ConditionFalse,
								Reason: "Failed",
							},
						},
					},
					CustomRunStatusFields: pipelinev1beta1.CustomRunStatusFields{
						StartTime:      &metav1.Time{Time: start},
						CompletionTime: &metav1.Time{Time: end},
					},
				},
			},
			wantStatus: pb.RecordSummary_FAILURE,
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := client.ensureResult(ctx, tt.object)
			if err != nil {
				t.Fatal(err)
			}

			name := fmt.Sprintf("test/results/%s", tt.object.GetUID())
			want := &pb.RecordSummary{
				Record:    recordName(name, tt.object),
				Type:      convert.TypeName(tt.object),
				Status:    tt.wantStatus,
				StartTime: timestamppb.New(start),
				EndTime:   timestamppb.New(end),
			}
			if diff := cmp.Diff(want, res.GetSummary(), protocmp.Transform()); diff != "" {
				t.Errorf("RecordSummary mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
