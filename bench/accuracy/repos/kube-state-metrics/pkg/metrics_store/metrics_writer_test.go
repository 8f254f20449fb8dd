/*
Copyright 2021 The Kubernetes Authors All rights reserved.

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

package metricsstore

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/common/expfmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"

	"k8s.io/kube-state-metrics/v2/pkg/metric"
)

func TestWriteAllWithSingleStore(t *testing.T) {
	genFunc := func(obj interface{}) []metric.FamilyInterface {
		o, err := meta.Accessor(obj)
		if err != nil {
			t.Fatal(err)
		}

		mf1 := metric.Family{
			Name: "kube_service_info_1",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"namespace", "uid"},
					LabelValues: []string{o.GetNamespace(), string(o.GetUID())},
					Value:       float64(1),
				},
			},
		}

		mf2 := metric.Family{
			Name: "kube_service_info_2",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"namespace", "uid"},
					LabelValues: []string{o.GetNamespace(), string(o.GetUID())},
					Value:       float64(1),
				},
			},
		}

		return []metric.FamilyInterface{&mf1, &mf2}
	}
	store := NewMetricsStore([]string{"Info 1 about services\n", "Info 2 about services\n"}, genFunc)
	svcs := []v1.Service{
		{
			ObjectMeta: metav1.ObjectMeta{
				UID:       "a1",
				Name:      "service",
				Namespace: "a",
			},
		},
		{
			ObjectMeta: metav1.ObjectMeta{
				UID:       "a2",
				Name:      "service",
				Namespace: "a",
			},
		},
	}
	for _, s := range svcs {
		svc := s
		if err := store.Add(&svc); err != nil {
			t.Fatal(err)
		}
	}

	multiNsWriter := NewMetricsWriter("test", store)
	w := strings.Builder{}
	err := multiNsWriter.WriteAll(&w)
	if err != nil {
		t.Fatalf("failed to write metrics: %v", err)
	}
	result := w.String()

	resultLines := strings.Split(strings.TrimRight(result, "\n"), "\n")
	if len(resultLines) != 6 {
		t.Fatalf("Invalid number of series, got %d, want %d", len(resultLines), 6)
	}
	if resultLines[0] != "Info 1 about services" {
		t.Fatalf("Invalid metrics header on line 0, got %s, want %s", resultLines[0], "Info 1 about services")
	}
	if resultLines[3] != "Info 2 about services" {
		t.Fatalf("Invalid metrics header on line 3, got %s, want %s", resultLines[3], "Info 2 about services")
	}

	expectedSeries := []string{
		`kube_service_info_1{namespace="a",uid="a1"} 1`,
		`kube_service_info_1{namespace="a",uid="a2"} 1`,
		`kube_service_info_2{namespace="a",uid="a1"} 1`,
		`kube_service_info_2{namespace="a",uid="a2"} 1`,
	}

	for _, series := range expectedSeries {
		if !strings.Contains(result, series) {
			t.Fatalf("Did not find expected series %s", series)
		}
	}
}

func TestWriteAllWithMultipleStores(t *testing.T) {
	genFunc := func(obj interface{}) []metric.FamilyInterface {
		o, err := meta.Accessor(obj)
		if err != nil {
			t.Fatal(err)
		}

		mf1 := metric.Family{
			Name: "kube_service_info_1",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"namespace", "uid"},
					LabelValues: []string{o.GetNamespace(), string(o.GetUID())},
					Value:       float64(1),
				},
			},
		}

		mf2 := metric.Family{
			Name: "kube_service_info_2",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"namespace", "uid"},
					LabelValues: []string{o.GetNamespace(), string(o.GetUID())},
					Value:       float64(1),
				},
			},
		}

		return []metric.FamilyInterface{&mf1, &mf2}
	}
	s1 := NewMetricsStore([]string{"Info 1 about services\n", "Info 2 about services\n"}, genFunc)
	svcs1 := []v1.Service{
		{
			ObjectMeta: metav1.ObjectMeta{
				UID:       "a1",
				Name:      "service",
				Namespace: "a",
			},
		},
		{
			ObjectMeta: metav1.ObjectMeta{
				UID:       "a2",
				Name:      "service",
				Namespace: "a",
			},
		},
	}
	for _, s := range svcs1 {
		svc := s
		if err := s1.Add(&svc); err != nil {
			t.Fatal(err)
		}
	}

	svcs2 := []v1.Service{
		{
			ObjectMeta: metav1.ObjectMeta{
				UID:       "b1",
				Name:      "service",
				Namespace: "b",
			},
		},
		{
			ObjectMeta: metav1.ObjectMeta{
				UID:       "b2",
				Name:      "service",
				Namespace: "b",
			},
		},
	}
	s2 := NewMetricsStore([]string{"Info 1 about services\n", "Info 2 about services\n"}, genFunc)
	for _, s := range svcs2 {
		svc := s
		if err := s2.Add(&svc); err != nil {
			t.Fatal(err)
		}
	}

	multiNsWriter := NewMetricsWriter("test", s1, s2)
	w := strings.Builder{}
	err := multiNsWriter.WriteAll(&w)
	if err != nil {
		t.Fatalf("failed to write metrics: %v", err)
	}
	result := w.String()

	resultLines := strings.Split(strings.TrimRight(result, "\n"), "\n")
	if len(resultLines) != 10 {
		t.Fatalf("Invalid number of series, got %d, want %d", len(resultLines), 10)
	}
	if resultLines[0] != "Info 1 about services" {
		t.Fatalf("Invalid metrics header on line 0, got %s, want %s", resultLines[0], "Info 1 about services")
	}
	if resultLines[5] != "Info 2 about services" {
		t.Fatalf("Invalid metrics header on line 0, got %s, want %s", resultLines[5], "Info 2 about services")
	}

	expectedSeries := []string{
		`kube_service_info_1{namespace="a",uid="a1"} 1`,
		`kube_service_info_1{namespace="a",uid="a2"} 1`,
		`kube_service_info_1{namespace="b",uid="b1"} 1`,
		`kube_service_info_1{namespace="b",uid="b2"} 1`,
		`kube_service_info_2{namespace="a",uid="a1"} 1`,
		`kube_service_info_2{namespace="a",uid="a2"} 1`,
		`kube_service_info_2{namespace="b",uid="b1"} 1`,
		`kube_service_info_2{namespace="b",uid="b2"} 1`,
	}

	for _, series := range expectedSeries {
		if !strings.Contains(result, series) {
			t.Fatalf("Did not find expected series %s", series)
		}
	}
}

// TestWriteAllWithEmptyStores checks that nothing is printed if no metrics exist for metric families.
func TestWriteAllWithEmptyStores(t *testing.T) {
	genFunc := func(_ interface{}) []metric.FamilyInterface {
		mf1 := metric.Family{
			Name:    "kube_service_info_1",
			Metrics: []*metric.Metric{},
		}

		mf2 := metric.Family{
			Name:    "kube_service_info_2",
			Metrics: []*metric.Metric{},
		}

		return []metric.FamilyInterface{&mf1, &mf2}
	}
	store := NewMetricsStore([]string{"Info 1 about services\n", "Info 2 about services\n"}, genFunc)

	multiNsWriter := NewMetricsWriter("test", store)
	w := strings.Builder{}
	err := multiNsWriter.WriteAll(&w)
	if err != nil {
		t.Fatalf("failed to write metrics: %v", err)
	}
	result := w.String()
	fmt.Println(result)

	if result != "" {
		t.Fatalf("Unexpected output, got %q, want %q", result, "")
	}
}

// There is one store per namespace, so the first store can be empty while a
// later one holds objects. The headers describe the families of every store, so
// they must still be written in that case.
func TestWriteAllWithEmptyFirstStore(t *testing.T) {
	genFunc := func(obj interface{}) []metric.FamilyInterface {
		o, err := meta.Accessor(obj)
		if err != nil {
			t.Fatal(err)
		}

		mf := metric.Family{
			Name: "kube_service_info_1",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"namespace", "uid"},
					LabelValues: []string{o.GetNamespace(), string(o.GetUID())},
					Value:       float64(1),
				},
			},
		}

		return []metric.FamilyInterface{&mf}
	}

	headers := []string{"# HELP kube_service_info_1 Info 1 about services\n# TYPE kube_service_info_1 gauge"}
	emptyStore := NewMetricsStore(headers, genFunc)
	populatedStore := NewMetricsStore(headers, genFunc)

	svc := v1.Service{
		ObjectMeta: metav1.ObjectMeta{
			UID:       "b1",
			Name:      "service",
			Namespace: "b",
		},
	}
	if err := populatedStore.Add(&svc); err != nil {
		t.Fatal(err)
	}

	multiNsWriter := NewMetricsWriter("test", emptyStore, populatedStore)
	w := strings.Builder{}
	if err := multiNsWriter.WriteAll(&w); err != nil {
		t.Fatalf("failed to write metrics: %v", err)
	}

	expected := "# HELP kube_service_info_1 Info 1 about services\n# TYPE kube_service_info_1 gauge\nkube_service_info_1{namespace=\"b\",uid=\"b1\"} 1\n"
	if w.String() != expected {
		t.Fatalf("Unexpected output, got %q, want %q", w.String(), expected)
	}
}

func TestWriteAllWithSanitizedDuplicateHeadersPreservesFamilyOrder(t *testing.T) {
	genFunc := func(obj interface{}) []metric.FamilyInterface {
		o, err := meta.Accessor(obj)
		if err != nil {
			t.Fatal(err)
		}

		shared := metric.Family{
			Name: "kube_customresource_shared",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"uid"},
					LabelValues: []string{string(o.GetUID())},
					Value:       1,
				},
			},
		}

		// Simulates a same-name metric family with no samples, e.g. path not found.
		sharedEmpty := metric.Family{
			Name:    "kube_customresource_shared",
			Metrics: []*metric.Metric{},
		}

		next := metric.Family{
			Name: "kube_customresource_next",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"uid"},
					LabelValues: []string{string(o.GetUID())},
					Value:       2,
				},
			},
		}

		return []metric.FamilyInterface{&shared, &sharedEmpty, &next}
	}

	headers := []string{
		"# HELP kube_customresource_shared demo\n# TYPE kube_customresource_shared gauge",
		"# HELP kube_customresource_shared demo\n# TYPE kube_customresource_shared gauge",
		"# HELP kube_customresource_next demo\n# TYPE kube_customresource_next gauge",
	}
	store := NewMetricsStore(headers, genFunc)
	if err := store.Add(&v1.Service{
		ObjectMeta: metav1.ObjectMeta{
			UID:       "a1",
			Name:      "service",
			Namespace: "a",
		},
	}); err != nil {
		t.Fatal(err)
	}

	writer := NewMetricsWriter("test", store)
	sanitized := SanitizeHeaders(expfmt.NewFormat(expfmt.TypeOpenMetrics), MetricsWriterList{writer})

	var out strings.Builder
	if err := sanitized[0].WriteAll(&out); err != nil {
		t.Fatalf("failed to write metrics: %v", err)
	}

	result := out.String()
	if !strings.Contains(result, `kube_customresource_next{uid="a1"} 2`) {
		t.Fatalf("expected later family metric to be present, got %q", result)
	}
}

func TestWriteAllWithSanitizedDuplicateHeadersWithoutEmptyFamiliesPreservesLaterFamily(t *testing.T) {
	genFunc := func(obj interface{}) []metric.FamilyInterface {
		o, err := meta.Accessor(obj)
		if err != nil {
			t.Fatal(err)
		}

		sharedA := metric.Family{
			Name: "kube_customresource_shared",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"uid", "variant"},
					LabelValues: []string{string(o.GetUID()), "a"},
					Value:       1,
				},
			},
		}

		sharedB := metric.Family{
			Name: "kube_customresource_shared",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"uid", "variant"},
					LabelValues: []string{string(o.GetUID()), "b"},
					Value:       1,
				},
			},
		}

		next := metric.Family{
			Name: "kube_customresource_next",
			Metrics: []*metric.Metric{
				{
					LabelKeys:   []string{"uid"},
					LabelValues: []string{string(o.GetUID())},
					Value:       2,
				},
			},
		}

		return []metric.FamilyInterface{&sharedA, &sharedB, &next}
	}

	headers := []string{
		"# HELP kube_customresource_shared demo\n# TYPE kube_customresource_shared gauge",
		"# HELP kube_customresource_shared demo\n# TYPE kube_customresource_shared gauge",
		"# HELP kube_customresource_next demo\n# TYPE kube_customresource_next gauge",
	}
	store := NewMetricsStore(headers, genFunc)
	if err := store.Add(&v1.Service{
		ObjectMeta: metav1.ObjectMeta{
			UID:       "a1",
			Name:      "service",
			Namespace: "a",
		},
	}); err != nil {
		t.Fatal(err)
	}

	writer := NewMetricsWriter("test", store)
	sanitized := SanitizeHeaders(expfmt.NewFormat(expfmt.TypeOpenMetrics), MetricsWriterList{writer})

	var out strings.Builder
	if err := sanitized[0].WriteAll(&out); err != nil {
		t.Fatalf("failed to write metrics: %v", err)
	}

	result := out.String()
	if !strings.Contains(result, `kube_customresource_shared{uid="a1",variant="a"} 1`) {
		t.Fatalf("expected first duplicate family metric to be present, got %q", result)
	}
	if !strings.Contains(result, `kube_customresource_shared{uid="a1",variant="b"} 1`) {
		t.Fatalf("expected second duplicate family metric to be present, got %q", result)
	}
	if !strings.Contains(result, `kube_customresource_next{uid="a1"} 2`) {
		t.Fatalf("expected later family metric to be present, got %q", result)
	}
}

// Duplicate headers are blanked (not removed) to preserve header/family index alignment.
func TestSanitizeHeaders(t *testing.T) {
	testcases := []struct {
		name            string
		contentType     expfmt.Format
		headers         []string
		expectedHeaders []string
	}{
		{
			name:        "OpenMetricsText unique headers",
			contentType: expfmt.NewFormat(expfmt.TypeOpenMetrics),
			headers: []string{
				"",
				"# HELP foo foo_help\n# TYPE foo gauge",
				"# HELP foo foo_help\n# TYPE foo info",
				"# HELP foo foo_help\n# TYPE foo stateset",
				"# HELP foo foo_help\n# TYPE foo counter",
			},
			expectedHeaders: []string{
				"",
				"# HELP foo foo_help\n# TYPE foo gauge\n",
				"",
				"",
				"",
			},
		},
		{
			name:        "OpenMetricsText consecutive duplicate headers",
			contentType: expfmt.NewFormat(expfmt.TypeOpenMetrics),
			headers: []string{
				"",
				"",
				"",
				"# HELP foo foo_help\n# TYPE foo gauge",
				"# HELP foo foo_help\n# TYPE foo gauge",
				"# HELP foo foo_help\n# TYPE foo info",
				"# HELP foo foo_help\n# TYPE foo info",
				"# HELP foo foo_help\n# TYPE foo stateset",
				"# HELP foo foo_help\n# TYPE foo stateset",
				"# HELP foo foo_help\n# TYPE foo counter",
				"# HELP foo foo_help\n# TYPE foo counter",
			},
			expectedHeaders: []string{
				"",
				"",
				"",
				"# HELP foo foo_help\n# TYPE foo gauge\n",
				"",
				"",
				"",
				"",
				"",
				"",
				"",
			},
		},
		{
			name:        "text-format unique headers",
			contentType: expfmt.NewFormat(expfmt.TypeTextPlain),
			headers: []string{
				"",
				"# HELP foo foo_help\n# TYPE foo gauge",
				"# HELP foo foo_help\n# TYPE foo info",
				"# HELP foo foo_help\n# TYPE foo stateset",
				"# HELP foo foo_help\n# TYPE foo counter",
			},
			expectedHeaders: []string{
				"",
				"# HELP foo foo_help\n# TYPE foo gauge\n",
				"",
				"",
				"",
			},
		},
		{
			name:        "text-format consecutive duplicate headers",
			contentType: expfmt.NewFormat(expfmt.TypeTextPlain),
			headers: []string{
				"",
				"",
				"",
				"# HELP foo foo_help\n# TYPE foo gauge",
				"# HELP foo foo_help\n# TYPE foo gauge",
				"# HELP foo foo_help\n# TYPE foo info",
				"# HELP foo foo_help\n# TYPE foo info",
				"# HELP foo foo_help\n# TYPE foo stateset",
				"# HELP foo foo_help\n# TYPE foo stateset",
				"# HELP foo foo_help\n# TYPE foo counter",
				"# HELP foo foo_help\n# TYPE foo counter",
			},
			expectedHeaders: []string{
				"",
				"",
				"",
				"# HELP foo foo_help\n# TYPE foo gauge\n",
				"",
				"",
				"",
				"",
				"",
				"",
				"",
			},
		},
	}

	for _, testcase := range testcases {
		// Snapshot the headers before passing them into NewMetricsStore so that
		// the immutability assertion compares against an independent copy rather
		// than the same backing slice that the store holds.
		headerSnapshot := make([]string, len(testcase.headers))
		copy(headerSnapshot, testcase.headers)
		originalStore := NewMetricsStore(testcase.headers, nil)
		writer := NewMetricsWriter("test", originalStore)
		t.Run(testcase.name, func(t *testing.T) {
			sanitizedWriters := SanitizeHeaders(testcase.contentType, MetricsWriterList{writer})
			if !reflect.DeepEqual(testcase.expectedHeaders, sanitizedWriters[0].stores[0].headers) {
				t.Fatalf("(-want, +got):\n%s", cmp.Diff(testcase.expectedHeaders, sanitizedWriters[0].stores[0].headers))
			}
			if !reflect.DeepEqual(headerSnapshot, originalStore.headers) {
				t.Fatalf("Original headers were mutated. Expected: %v, Got: %v", headerSnapshot, originalStore.headers)
			}
		})
	}
}

func TestSanitizeHeadersImmutability(t *testing.T) {
	originalHeaders := []string{
		"# HELP foo_info foo_help\n# TYPE foo_info info",
		"# HELP foo_stateset foo_help\n# TYPE foo_stateset stateset",
		"# HELP foo_gauge foo_help\n# TYPE foo_gauge gauge",
	}

	// Snapshot before passing to NewMetricsStore: the store holds the slice
	// directly, so originalHeaders and store.headers share the same backing
	// array. An in-place mutation would satisfy DeepEqual(originalHeaders,
	// store.headers) even though the original data was changed.
	snapshot := make([]string, len(originalHeaders))
	copy(snapshot, originalHeaders)

	store := NewMetricsStore(originalHeaders, nil)
	writer := NewMetricsWriter("test", store)

	textPlainContentType := expfmt.NewFormat(expfmt.TypeTextPlain)
	sanitizedWriters1 := SanitizeHeaders(textPlainContentType, MetricsWriterList{writer})

	if !reflect.DeepEqual(snapshot, store.headers) {
		t.Fatalf("Original headers were mutated after first request. Expected: %v, Got: %v", snapshot, store.headers)
	}

	expectedTextHeaders := []string{
		"# HELP foo_info foo_help\n# TYPE foo_info gauge\n",
		"# HELP foo_stateset foo_help\n# TYPE foo_stateset gauge\n",
		"# HELP foo_gauge foo_help\n# TYPE foo_gauge gauge\n",
	}
	if !reflect.DeepEqual(expectedTextHeaders, sanitizedWriters1[0].stores[0].headers) {
		t.Fatalf("First request headers mismatch. (-want, +got):\n%s", cmp.Diff(expectedTextHeaders, sanitizedWriters1[0].stores[0].headers))
	}

	openMetricsContentType := expfmt.NewFormat(expfmt.TypeOpenMetrics)
	sanitizedWriters2 := SanitizeHeaders(openMetricsContentType, MetricsWriterList{writer})

	if !reflect.DeepEqual(snapshot, store.headers) {
		t.Fatalf("Original headers were mutated after second request. Expected: %v, Got: %v", snapshot, store.headers)
	}

	expectedOpenMetricsHeaders := []string{
		"# HELP foo_info foo_help\n# TYPE foo_info info\n",
		"# HELP foo_stateset foo_help\n# TYPE foo_stateset stateset\n",
		"# HELP foo_gauge foo_help\n# TYPE foo_gauge gauge\n",
	}
	if !reflect.DeepEqual(expectedOpenMetricsHeaders, sanitizedWriters2[0].stores[0].headers) {
		t.Fatalf("Second request headers mismatch. Expected OpenMetrics to preserve info/stateset. (-want, +got):\n%s", cmp.Diff(expectedOpenMetricsHeaders, sanitizedWriters2[0].stores[0].headers))
	}
}

func BenchmarkSanitizeHeaders(b *testing.B) {
	benchmarks := []struct {
		name                      string
		contentType               expfmt.Format
		writersContainsDuplicates bool
	}{
		{
			name:                      "text-format unique headers",
			contentType:               expfmt.NewFormat(expfmt.TypeTextPlain),
			writersContainsDuplicates: false,
		},
		{
			name:                      "text-format duplicate headers",
			contentType:               expfmt.NewFormat(expfmt.TypeTextPlain),
			writersContainsDuplicates: true,
		},
		{
			name:                      "proto-format unique headers",
			contentType:               expfmt.NewFormat(expfmt.TypeProtoText), // Prometheus ProtoFmt is the only proto-based format we check for.
			writersContainsDuplicates: false,
		},
		{
			name:                      "proto-format duplicate headers",
			contentType:               expfmt.NewFormat(expfmt.TypeProtoText), // Prometheus ProtoFmt is the only proto-based format we check for.
			writersContainsDuplicates: true,
		},
	}

	for _, benchmark := range benchmarks {
		headers := []string{}
		for j := 0; j < 10e4; j++ {
			if benchmark.writersContainsDuplicates {
				headers = append(headers, "# HELP foo foo_help\n# TYPE foo info\n")
			} else {
				headers = append(headers, fmt.Sprintf("# HELP foo_%d foo_help\n# TYPE foo_%d info\n", j, j))
			}
		}
		writer := NewMetricsWriter("test", NewMetricsStore(headers, nil))
		b.Run(benchmark.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				SanitizeHeaders(benchmark.contentType, MetricsWriterList{writer})
			}
		})
	}

	// Multi-store benchmark: simulates the multi-namespace case where a single
	// writer holds one store per namespace. Only stores[0].headers is read by
	// WriteAll; the optimization skips cloning headers for stores[1..n].
	const multiStoreN = 100
	const multiStoreHeaders = 200
	multiHeaders := make([]string, multiStoreHeaders)
	for j := 0; j < multiStoreHeaders; j++ {
		multiHeaders[j] = fmt.Sprintf("# HELP ns_metric_%d help\n# TYPE ns_metric_%d gauge\n", j, j)
	}
	multiStores := make([]*MetricsStore, multiStoreN)
	for k := 0; k < multiStoreN; k++ {
		multiStores[k] = NewMetricsStore(multiHeaders, nil)
	}
	multiWriter := NewMetricsWriter("test", multiStores...)
	b.Run("text-format multi-store", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			SanitizeHeaders(expfmt.NewFormat(expfmt.TypeTextPlain), MetricsWriterList{multiWriter})
		}
	})
}

// BenchmarkWriteAll exercises the hot path hit on every metrics scrape:
// a sanitized writer with N objects each containing M metric families.
func BenchmarkWriteAll(b *testing.B) {
	const nObjects = 500
	const nFamilies = 10

	headers := make([]string, nFamilies)
	for j := 0; j < nFamilies; j++ {
		headers[j] = fmt.Sprintf("# HELP kube_bench_metric_%d benchmark metric %d\n# TYPE kube_bench_metric_%d gauge", j, j, j)
	}

	genFunc := func(obj interface{}) []metric.FamilyInterface {
		o, _ := meta.Accessor(obj)
		families := make([]metric.FamilyInterface, nFamilies)
		for j := 0; j < nFamilies; j++ {
			mf := &metric.Family{
				Name: fmt.Sprintf("kube_bench_metric_%d", j),
				Metrics: []*metric.Metric{
					{
						LabelKeys:   []string{"uid"},
						LabelValues: []string{string(o.GetUID())},
						Value:       float64(j),
					},
				},
			}
			families[j] = mf
		}
		return families
	}

	store := NewMetricsStore(headers, genFunc)
	for k := 0; k < nObjects; k++ {
		svc := &v1.Service{
			ObjectMeta: metav1.ObjectMeta{
				UID:       types.UID(fmt.Sprintf("uid-%d", k)),
				Name:      fmt.Sprintf("svc-%d", k),
				Namespace: "default",
			},
		}
		if err := store.Add(svc); err != nil {
			b.Fatal(err)
		}
	}

	writers := SanitizeHeaders(expfmt.NewFormat(expfmt.TypeTextPlain), MetricsWriterList{NewMetricsWriter("bench", store)})
	writer := writers[0]

	b.ResetTimer()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var w strings.Builder
		if err := writer.WriteAll(&w); err != nil {
			b.Fatal(err)
		}
	}
}
