package openreports

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/openreports/reports-api/apis/openreports.io/v1alpha1"
	"github.com/segmentio/fasthash/fnv1a"
	corev1 "k8s.io/api/core/v1"
)

type ReportAdapter struct {
	*v1alpha1.Report
	Results []ResultAdapter
}

func (r *ReportAdapter) GetResults() []ResultAdapter {
	if len(r.Results) > 0 {
		return r.Results
	}
	ors := make([]ResultAdapter, 0, len(r.Report.Results))
	for _, r := range r.Report.Results {
		ors = append(ors, ResultAdapter{ReportResult: r})
	}
	r.Results = ors
	return ors
}

func (r *ReportAdapter) HasResult(id string) bool {
	for _, r := range r.GetResults() {
		if r.GetID() == id {
			return true
		}
	}

	return false
}

func (r *ReportAdapter) SetResults(results []ResultAdapter) {
	r.Results = results
}

func (r *ReportAdapter) GetSummary() v1alpha1.ReportSummary {
	return r.Summary
}

func (r *ReportAdapter) GetSource() string {
	if r.Source == "" && len(r.GetResults()) > 0 {
		r.Source = r.Results[0].Source
	}

	return r.Source
}

func (r *ReportAdapter) GetKinds() []string {
	if r.GetScope() != nil {
		return []string{r.Scope.Kind}
	}

	list := make([]string, 0)
	for _, or := range r.GetResults() {
		if !or.HasResource() {
			continue
		}

		kind := or.GetResource().Kind

		if kind == "" || slices.Contains(list, kind) {
			continue
		}

		list = append(list, kind)
	}

	return list
}

func (r *ReportAdapter) GetSeverities() []string {
	list := make([]string, 0)
	for _, k := range r.Report.Results {
		if k.Severity == "" || slices.Contains(list, string(k.Severity)) {
			continue
		}

		list = append(list, string(k.Severity))
	}

	return list
}

func (r *ReportAdapter) GetID() string {
	h1 := fnv1a.Init64
	h1 = fnv1a.AddString64(h1, r.GetName())
	h1 = fnv1a.AddString64(h1, r.GetNamespace())

	return strconv.FormatUint(h1, 10)
}

func (r *ReportAdapter) GetKey() string {
	return fmt.Sprintf("%s/%s", r.Namespace, r.Name)
}

func (r *ReportAdapter) GetScope() *corev1.ObjectReference {
	return r.Scope
}
