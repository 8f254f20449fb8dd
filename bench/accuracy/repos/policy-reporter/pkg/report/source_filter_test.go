package report_test

import (
	"testing"

	"github.com/openreports/reports-api/apis/openreports.io/v1alpha1"
	"github.com/stretchr/testify/assert"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	v1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	gocache "zgo.at/zcache/v2"

	"github.com/kyverno/policy-reporter/pkg/fixtures"
	"github.com/kyverno/policy-reporter/pkg/openreports"
	"github.com/kyverno/policy-reporter/pkg/report"
	"github.com/kyverno/policy-reporter/pkg/validate"
)

var (
	controlled   = true
	uncontrolled = false
)

type podClient struct {
	pod *corev1.Pod
	err error
}

func (c *podClient) Get(res *corev1.ObjectReference) (*corev1.Pod, error) {
	return c.pod, c.err
}

type jobClient struct {
	job *batchv1.Job
	err error
}

func (c jobClient) Get(res *corev1.ObjectReference) (*batchv1.Job, error) {
	return c.job, c.err
}

func TestSourceFilter(t *testing.T) {
	t.Parallel()
	t.Run("include by namespace succeed", func(t *testing.T) {
		t.Parallel()
		filter := report.NewSourceFilter(nil, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Sources: []string{"kyverno"},
				},
				Namespaces: validate.RuleSets{
					Include: []string{"test"},
				},
			},
		})

		result := filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}})

		assert.True(t, result)
	})

	t.Run("include by namespace fails", func(t *testing.T) {
		t.Parallel()
		filter := report.NewSourceFilter(nil, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				Namespaces: validate.RuleSets{
					Include: []string{"default"},
				},
			},
		})

		result := filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}})

		assert.False(t, result)
	})

	t.Run("include by kind succeed", func(t *testing.T) {
		t.Parallel()
		filter := report.NewSourceFilter(nil, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				Kinds: validate.RuleSets{
					Include: []string{"Pod"},
				},
			},
		})

		result := filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}})

		assert.True(t, result)
	})

	t.Run("include by kind fails", func(t *testing.T) {
		t.Parallel()
		filter := report.NewSourceFilter(nil, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				Kinds: validate.RuleSets{
					Include: []string{"Job"},
				},
			},
		})

		result := filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}})

		assert.False(t, result)
	})

	t.Run("disable cluster reports", func(t *testing.T) {
		t.Parallel()
		filter := report.NewSourceFilter(nil, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				DisableClusterReports: true,
			},
		})

		assert.False(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: ""},
			Results:    []v1alpha1.ReportResult{fixtures.FailNamespaceResult.ReportResult},
		}}))

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailNamespaceResult.ReportResult},
		}}))
	})

	t.Run("include by kind succeed", func(t *testing.T) {
		t.Parallel()
		filter := report.NewSourceFilter(nil, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				Kinds: validate.RuleSets{
					Include: []string{"Pod"},
				},
			},
		})
		result := filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}})

		assert.True(t, result)
	})

	t.Run("filter controlled pod", func(t *testing.T) {
		t.Parallel()
		c := podClient{
			pod: &corev1.Pod{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "nginx-rs", Controller: &controlled},
			}}},
		}

		filter := report.NewSourceFilter(&c, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.False(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))

		c.pod = &corev1.Pod{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test"}}

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("filter controlled job", func(t *testing.T) {
		t.Parallel()
		c := jobClient{
			job: &batchv1.Job{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "batch/v1", Kind: "CronJob", Name: "nginx-rs", Controller: &controlled},
			}}},
		}

		filter := report.NewSourceFilter(nil, &c, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.False(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Job", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))

		c.job = &batchv1.Job{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test"}}

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Job", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("pod with cronjob owner should not be filtered", func(t *testing.T) {
		t.Parallel()
		c := podClient{
			pod: &corev1.Pod{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "batch/v1", Kind: "CronJob", Name: "nginx-cronjob", Controller: &controlled},
			}}},
		}

		filter := report.NewSourceFilter(&c, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("job with replicaset owner should not be filtered", func(t *testing.T) {
		t.Parallel()
		c := jobClient{
			job: &batchv1.Job{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "nginx-rs", Controller: &controlled},
			}}},
		}

		filter := report.NewSourceFilter(nil, &c, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Job", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("pod with multiple owners including valid controller should be filtered", func(t *testing.T) {
		t.Parallel()
		c := podClient{
			pod: &corev1.Pod{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "batch/v1", Kind: "CronJob", Name: "nginx-cronjob", Controller: &controlled},
				{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "nginx-rs", Controller: &controlled},
			}}},
		}

		filter := report.NewSourceFilter(&c, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.False(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("job with multiple owners including valid controller should be filtered", func(t *testing.T) {
		t.Parallel()
		c := jobClient{
			job: &batchv1.Job{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "nginx-rs", Controller: &controlled},
				{APIVersion: "batch/v1", Kind: "CronJob", Name: "nginx-cronjob", Controller: &controlled},
			}}},
		}

		filter := report.NewSourceFilter(nil, &c, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.False(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Job", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("pod with non-controller owner should not be filtered", func(t *testing.T) {
		t.Parallel()
		c := podClient{
			pod: &corev1.Pod{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "nginx-rs", Controller: &uncontrolled},
			}}},
		}

		filter := report.NewSourceFilter(&c, nil, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})

	t.Run("job with non-controller owner should not be filtered", func(t *testing.T) {
		t.Parallel()
		c := jobClient{
			job: &batchv1.Job{ObjectMeta: v1.ObjectMeta{Name: "nginx", Namespace: "test", OwnerReferences: []v1.OwnerReference{
				{APIVersion: "batch/v1", Kind: "CronJob", Name: "nginx-cronjob", Controller: &uncontrolled},
			}}},
		}

		filter := report.NewSourceFilter(nil, &c, nil, gocache.New[types.UID, bool](gocache.DefaultExpiration, 0), []report.SourceValidation{
			{
				Selector: report.ReportSelector{
					Source: "kyverno",
				},
				UncontrolledOnly: true,
			},
		})

		assert.True(t, filter.Validate(&openreports.ReportAdapter{Report: &v1alpha1.Report{
			ObjectMeta: v1.ObjectMeta{Name: "polr", Namespace: "test"},
			Scope:      &corev1.ObjectReference{APIVersion: "v1", Kind: "Job", Name: "nginx", Namespace: "test"},
			Results:    []v1alpha1.ReportResult{fixtures.FailPodResult.ReportResult},
		}}))
	})
}
