/*
Copyright 2022 The Kubernetes Authors All rights reserved.

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

package store

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"k8s.io/client-go/kubernetes/fake"
	"k8s.io/client-go/tools/cache"

	"k8s.io/kube-state-metrics/v2/pkg/allowdenylist"
	"k8s.io/kube-state-metrics/v2/pkg/options"
)

type LabelsAllowList options.LabelsAllowList

type expectedError struct {
	expectedResourceError bool
	expectedLabelError    bool
	expectedNotEqual      bool
}

func TestWithAllowLabels(t *testing.T) {
	tests := []struct {
		Desc             string
		LabelsAllowlist  map[string][]string
		EnabledResources []string
		Wanted           LabelsAllowList
		err              expectedError
	}{
		{
			Desc:             "wildcard key-value as the only element",
			LabelsAllowlist:  map[string][]string{"*": {"*"}},
			EnabledResources: []string{"cronjobs", "pods", "deployments"},
			Wanted: LabelsAllowList(map[string][]string{
				"deployments": {"*"},
				"pods":        {"*"},
				"cronjobs":    {"*"},
			}),
		},
		{
			Desc:             "wildcard key-value as not the only element",
			LabelsAllowlist:  map[string][]string{"*": {"*"}, "pods": {"*"}, "cronjobs": {"*"}},
			EnabledResources: []string{"cronjobs", "pods", "deployments"},
			Wanted: LabelsAllowList(map[string][]string{
				"deployments": {"*"},
				"pods":        {"*"},
				"cronjobs":    {"*"},
			}),
		},
		{
			Desc:             "wildcard key-value as not the only element, with resource mismatch",
			LabelsAllowlist:  map[string][]string{"*": {"*"}, "pods": {"*"}, "cronjobs": {"*"}, "configmaps": {"*"}},
			EnabledResources: []string{"cronjobs", "pods", "deployments"},
			Wanted:           LabelsAllowList{},
			err: expectedError{
				expectedNotEqual: true,
			},
		},
		{
			Desc:             "wildcard key-value as not the only element, with other mutually-exclusive keys",
			LabelsAllowlist:  map[string][]string{"*": {"*"}, "foo": {"*"}, "bar": {"*"}, "cronjobs": {"*"}},
			EnabledResources: []string{"cronjobs", "pods", "deployments"},
			Wanted:           LabelsAllowList(nil),
			err: expectedError{
				expectedLabelError: true,
			},
		},
		{
			Desc:             "wildcard key-value as not the only element, with other resources that do not exist",
			LabelsAllowlist:  map[string][]string{"*": {"*"}, "cronjobs": {"*"}},
			EnabledResources: []string{"cronjobs", "pods", "deployments", "foo", "bar"},
			Wanted:           LabelsAllowList{},
			err: expectedError{
				expectedResourceError: true,
			},
		},
	}

	for _, test := range tests {
		b := NewBuilder()

		// Set the enabled resources.
		err := b.WithEnabledResources(test.EnabledResources)
		if err != nil && !test.err.expectedResourceError {
			t.Log("Did not expect error while setting resources (--resources).")
			t.Errorf("Test error for Desc: %s. Got Error: %v", test.Desc, err)
		}

		// Resolve the allow list.
		err = b.WithAllowLabels(test.LabelsAllowlist)
		if err != nil && !test.err.expectedLabelError {
			t.Log("Did not expect error while parsing allow list labels (--metric-labels-allowlist).")
			t.Errorf("Test error for Desc: %s. Got Error: %v", test.Desc, err)
		}
		resolvedAllowLabels := LabelsAllowList(b.allowLabelsList)

		// Evaluate.
		if !reflect.DeepEqual(resolvedAllowLabels, test.Wanted) && !test.err.expectedNotEqual {
			t.Log("Expected maps to be equal.")
			t.Errorf("Test error for Desc: %s\n Want: \n%+v\n Got: \n%#+v", test.Desc, test.Wanted, resolvedAllowLabels)
		}
	}
}

func TestWithAllowAnnotations(t *testing.T) {
	tests := []struct {
		Desc                 string
		AnnotationsAllowlist map[string][]string
		EnabledResources     []string
		Wanted               LabelsAllowList
		err                  expectedError
	}{
		{
			Desc:                 "wildcard key-value as the only element",
			AnnotationsAllowlist: map[string][]string{"*": {"*"}},
			EnabledResources:     []string{"cronjobs", "pods", "deployments"},
			Wanted: LabelsAllowList(map[string][]string{
				"deployments": {"*"},
				"pods":        {"*"},
				"cronjobs":    {"*"},
			}),
		},
		{
			Desc:                 "wildcard key-value as not the only element",
			AnnotationsAllowlist: map[string][]string{"*": {"*"}, "pods": {"*"}, "cronjobs": {"*"}},
			EnabledResources:     []string{"cronjobs", "pods", "deployments"},
			Wanted: LabelsAllowList(map[string][]string{
				"deployments": {"*"},
				"pods":        {"*"},
				"cronjobs":    {"*"},
			}),
		},
		{
			Desc:                 "wildcard key-value as not the only element, with resource mismatch",
			AnnotationsAllowlist: map[string][]string{"*": {"*"}, "pods": {"*"}, "cronjobs": {"*"}, "configmaps": {"*"}},
			EnabledResources:     []string{"cronjobs", "pods", "deployments"},
			Wanted:               LabelsAllowList{},
			err: expectedError{
				expectedNotEqual: true,
			},
		},
		{
			Desc:                 "wildcard key-value as not the only element, with other mutually-exclusive keys",
			AnnotationsAllowlist: map[string][]string{"*": {"*"}, "foo": {"*"}, "bar": {"*"}, "cronjobs": {"*"}},
			EnabledResources:     []string{"cronjobs", "pods", "deployments"},
			Wanted:               LabelsAllowList(nil),
			err: expectedError{
				expectedLabelError: true,
			},
		},
		{
			Desc:                 "wildcard key-value as not the only element, with other resources that do not exist",
			AnnotationsAllowlist: map[string][]string{"*": {"*"}, "cronjobs": {"*"}},
			EnabledResources:     []string{"cronjobs", "pods", "deployments", "foo", "bar"},
			Wanted:               LabelsAllowList{},
			err: expectedError{
				expectedResourceError: true,
			},
		},
	}

	for _, test := range tests {
		b := NewBuilder()

		// Set the enabled resources.
		err := b.WithEnabledResources(test.EnabledResources)
		if err != nil && !test.err.expectedResourceError {
			t.Log("Did not expect error while setting resources (--resources).")
			t.Errorf("Test error for Desc: %s. Got Error: %v", test.Desc, err)
		}

		// Resolve the allow list.
		err = b.WithAllowAnnotations(test.AnnotationsAllowlist)
		if err != nil && !test.err.expectedLabelError {
			t.Log("Did not expect error while parsing allow list annotations (--metric-annotations-allowlist).")
			t.Errorf("Test error for Desc: %s. Got Error: %v", test.Desc, err)
		}
		resolvedAllowAnnotations := LabelsAllowList(b.allowAnnotationsList)

		// Evaluate.
		if !reflect.DeepEqual(resolvedAllowAnnotations, test.Wanted) && !test.err.expectedNotEqual {
			t.Log("Expected maps to be equal.")
			t.Errorf("Test error for Desc: %s\n Want: \n%+v\n Got: \n%#+v", test.Desc, test.Wanted, resolvedAllowAnnotations)
		}
	}
}

func TestWithEnabledResources(t *testing.T) {

	tests := []struct {
		Desc             string
		EnabledResources []string
		Wanted           []string
		err              expectedError
	}{
		{
			Desc:             "sorts enabled resources",
			EnabledResources: []string{"pods", "cronjobs", "deployments"},
			Wanted: []string{
				"cronjobs",
				"deployments",
				"pods",
			},
		},
		{
			Desc:             "de-duplicates enabled resources",
			EnabledResources: []string{"pods", "cronjobs", "deployments", "pods"},
			Wanted: []string{
				"cronjobs",
				"deployments",
				"pods",
			},
		},
		{
			Desc:             "error if not exist",
			EnabledResources: []string{"pods", "cronjobs", "deployments", "foo"},
			Wanted:           []string{},
			err: expectedError{
				expectedResourceError: true,
			},
		},
	}
	for _, test := range tests {
		b := NewBuilder()

		// Set the enabled resources.
		err := b.WithEnabledResources(test.EnabledResources)
		if test.err.expectedResourceError {
			if err == nil {
				t.Log("Did not expect error while setting resources (--resources).")
				t.Fatalf("Test error for Desc: %s. Got Error: %v", test.Desc, err)
			} else {
				return
			}
		}
		if err != nil {
			t.Log("...")
			t.Fatal("...", test.Desc, err)
		}

		// Evaluate.
		if !slices.Equal(b.enabledResources, test.Wanted) {
			t.Log("Expected enabled resources to be equal.")
			t.Errorf("Test error for Desc: %s\n Want: \n%+v\n Got: \n%#+v", test.Desc, test.Wanted, b.enabledResources)
		}
	}
}

func TestCRReflectorStopChanRespondsToContextCancel(t *testing.T) {
	const n = 20
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	stopChs := make([]chan struct{}, n)
	for i := range n {
		gvkStopCh := make(chan struct{})
		stopChs[i] = newCRReflectorStopCh(ctx, gvkStopCh)
	}

	for i, ch := range stopChs {
		select {
		case <-ch:
			t.Errorf("goroutine %d stopped prematurely before context cancel", i)
		default:
		}
	}

	cancel()

	for i, ch := range stopChs {
		select {
		case <-ch:
		case <-time.After(2 * time.Second):
			t.Errorf("goroutine %d did not stop after context cancellation", i)
			return
		}
	}
}

func TestCRReflectorStopChanRespondsToGVKStop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	gvkStopCh := make(chan struct{})
	stopCh := newCRReflectorStopCh(ctx, gvkStopCh)

	select {
	case <-stopCh:
		t.Fatal("stopCh closed before gvkStopCh was signalled")
	default:
	}

	close(gvkStopCh)

	select {
	case <-stopCh:
	case <-time.After(2 * time.Second):
		t.Fatal("stopCh did not close after gvkStopCh was closed")
	}
}

func TestClusterScopedStoresNotDuplicatedPerNamespace(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	l, err := allowdenylist.New(map[string]struct{}{}, map[string]struct{}{})
	if err != nil {
		t.Fatal(err)
	}

	b := NewBuilder()
	b.WithMetrics(prometheus.NewRegistry())
	b.WithKubeClient(fake.NewSimpleClientset())
	b.WithSharding(0, 1)
	b.WithContext(ctx)
	b.WithNamespaces(options.NamespaceList{"ns1", "ns2", "ns3"})
	b.WithFamilyGeneratorFilter(l)
	b.WithGenerateStoresFunc(b.DefaultGenerateStoresFunc())

	if got := len(b.buildNodeStores()); got != 1 {
		t.Errorf("cluster-scoped node stores across 3 namespaces: got %d, want 1", got)
	}

	if got := len(b.buildPodStores()); got != 3 {
		t.Errorf("namespaced pod stores across 3 namespaces: got %d, want 3", got)
	}
}

// The custom resource discovery goroutine registers store factories and enabled
// resources while a rebuild -- triggered from the autosharding informer, for
// instance -- reads them. A concurrent map read and write on the package-level
// store registry is a fatal runtime throw, not a recoverable panic. Run under
// -race, which CI already does for unit tests.
func TestBuilderSharedStateIsRaceFree(t *testing.T) {
	const iterations = 200

	b := NewBuilder()
	b.WithMetrics(prometheus.NewRegistry())
	b.WithEnabledResources([]string{"pods"}) //nolint:errcheck

	var wg sync.WaitGroup

	// Stand in for discovery registering factories for discovered CRDs.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < iterations; i++ {
			registerStore(fmt.Sprintf("testgroup/v1, Resource=test%d", i), func(*Builder) []cache.Store { return nil })
		}
	}()

	// Stand in for discovery updating the enabled set.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < iterations; i++ {
			if err := b.WithEnabledResources([]string{"pods"}); err != nil {
				t.Errorf("enabling resources: %v", err)
				return
			}
		}
	}()

	// Stand in for the rebuild reading both.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < iterations; i++ {
			for _, name := range b.enabledResourcesSnapshot() {
				lookupStore(name) //nolint:errcheck
			}
			availableResources()
			resourceExists("pods")
		}
	}()

	wg.Wait()
}
