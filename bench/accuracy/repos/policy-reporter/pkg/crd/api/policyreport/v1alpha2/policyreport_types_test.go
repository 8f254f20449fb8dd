package v1alpha2_test

import (
	"testing"

	"github.com/kyverno/policy-reporter/pkg/crd/api/policyreport/v1alpha2"
)

func TestPolicyReport(t *testing.T) {
	t.Parallel()
	t.Run("GetSource Fallback", func(t *testing.T) {
		t.Parallel()
		cpolr := &v1alpha2.PolicyReport{}

		if s := cpolr.GetSource(); s != "" {
			t.Errorf("expected empty source, got: %s", s)
		}
	})

	t.Run("GetSource From Result", func(t *testing.T) {
		t.Parallel()
		cpolr := &v1alpha2.PolicyReport{Results: []v1alpha2.PolicyReportResult{{Source: "Kyverno"}}}

		if s := cpolr.GetSource(); s != "Kyverno" {
			t.Errorf("expected 'Kyverno' as source, got: %s", s)
		}
	})
}
