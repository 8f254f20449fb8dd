// Package taskrunmetrics provides metrics collection for TaskRun resources.
package taskrunmetrics

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jonboulle/clockwork"

	"github.com/tektoncd/pipeline/pkg/apis/pipeline"
	pipelinev1 "github.com/tektoncd/pipeline/pkg/apis/pipeline/v1"
	"github.com/tektoncd/results/pkg/apis/config"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"
	corev1 "k8s.io/api/core/v1"
	"knative.dev/pkg/apis"
)

var (
	once sync.Once

	// OpenTelemetry instruments
	trDeleteCount    metric.Int64Counter
	trDeleteDuration metric.Float64Histogram

	// Attribute keys
	pipelineKey  = attribute.Key("pipeline")
	taskKey      = attribute.Key("task")
	namespaceKey = attribute.Key("namespace")
	statusKey    = attribute.Key("status")
)

// Recorder is used to actually record TaskRun metrics
type Recorder struct {
	clock clockwork.Clock
}

// NewRecorder creates a new metrics recorder instance
// to log the TaskRun related metrics
func NewRecorder(_ context.Context) (*Recorder, error) {
	logger := zap.S()
	if ctxLogger, err := zap.NewProduction(); err == nil {
		logger = ctxLogger.Sugar()
	}

	var errRegistering error
	once.Do(func() {
		errRegistering = initializeMetrics(logger)
		if errRegistering != nil {
			logger.Errorf("Failed to initialize taskrun metrics: %v", errRegistering)
		}
	})

	return &Recorder{clock: clockwork.NewRealClock()}, errRegistering
}

func initializeMetrics(logger *zap.SugaredLogger) error {
	meter := otel.Meter("tekton.dev/results/taskrun")

	var err error

	// Create delete count counter
	// Note: OpenTelemetry Prometheus exporter will append "_total" suffix to counter metrics
	// So this will be exported as "watcher_taskrun_delete_count_total"
	trDeleteCount, err = meter.Int64Counter(
		"watcher_taskrun_delete_count",
		metric.WithDescription("total number of deleted taskruns"),
	)
	if err != nil {
		return fmt.Errorf("failed to create watcher_taskrun_delete_count counter: %w", err)
	}

	// Create delete duration histogram
	// Use histogram for duration tracking (histogram is more appropriate than last value for duration metrics in OTel)
	trDeleteDuration, err = meter.Float64Histogram(
		"watcher_taskrun_delete_duration_seconds",
		metric.WithDescription("the taskrun deletion time in seconds"),
		metric.WithExplicitBucketBoundaries(10, 30, 60, 300, 900, 1800, 3600, 5400, 10800, 21600, 43200, 86400),
	)
	if err != nil {
		return fmt.Errorf("failed to create watcher_taskrun_delete_duration_seconds histogram: %w", err)
	}

	logger.Debug("initialized taskrun metrics instruments")
	return nil
}

// DurationAndCountDeleted counts deleted number and record duration for TaskRuns
func (r *Recorder) DurationAndCountDeleted(ctx context.Context, cfg *config.Metrics, tr *pipelinev1.TaskRun) error {
	if trDeleteCount == nil || trDeleteDuration == nil {
		return fmt.Errorf("taskrun metrics are not initialized")
	}

	taskName := "anonymous"
	pipelineName := "anonymous"
	now := r.clock.Now()

	if tr.Spec.TaskRef != nil && tr.Spec.TaskRef.Name != "" {
		taskName = tr.Spec.TaskRef.Name
	}

	status := "success"
	deleteDuration := time.Duration(0)
	if cond := tr.Status.GetCondition(apis.ConditionSucceeded); cond.Status == corev1.ConditionFalse {
		status = "failed"

		// Use failedTime to compute delete duration in case of completion time being nil
		failedTime := cond.LastTransitionTime.Inner.Time
		if !failedTime.After(now) {
			deleteDuration = now.Sub(failedTime)
		}
		if cond.Reason == pipelinev1.TaskRunSpecStatusCancelled {
			status = "cancelled"
		}
	}

	if ok, pipeline, _ := isPartOfPipeline(tr); ok {
		pipelineName = pipeline
	}

	if tr.Status.CompletionTime != nil && !tr.Status.CompletionTime.After(now) {
		deleteDuration = now.Sub(tr.Status.CompletionTime.Time)
	}

	// Build attributes
	attrs := []attribute.KeyValue{
		namespaceKey.String(tr.Namespace),
		statusKey.String(status),
	}
	attrs = append(attrs, r.insertPipelineAttr(cfg, pipelineName)...)
	attrs = append(attrs, r.insertTaskAttr(cfg, taskName)...)

	// Record metrics
	trDeleteCount.Add(ctx, 1, metric.WithAttributes(attrs...))
	trDeleteDuration.Record(ctx, deleteDuration.Seconds(), metric.WithAttributes(attrs...))

	return nil
}

func (r *Recorder) insertPipelineAttr(cfg *config.Metrics, pipeline string) []attribute.KeyValue {
	var attrs []attribute.KeyValue
	switch cfg.PipelinerunLevel {
	case config.PipelinerunLevelAtPipeline:
		attrs = []attribute.KeyValue{pipelineKey.String(pipeline)}
	case config.PipelinerunLevelAtNS:
	}
	return attrs
}

func (r *Recorder) insertTaskAttr(cfg *config.Metrics, task string) []attribute.KeyValue {
	var attrs []attribute.KeyValue
	switch cfg.TaskrunLevel {
	case config.TaskrunLevelAtTask:
		attrs = []attribute.KeyValue{taskKey.String(task)}
	case config.TaskrunLevelAtNS:
	}
	return attrs
}

// IsPartOfPipeline return true if TaskRun is a part of a Pipeline.
// It also returns the name of Pipeline and PipelineRun
func isPartOfPipeline(tr *pipelinev1.TaskRun) (bool, string, string) {
	pipelineLabel, hasPipelineLabel := tr.Labels[pipeline.PipelineLabelKey]
	pipelineRunLabel, hasPipelineRunLabel := tr.Labels[pipeline.PipelineRunLabelKey]

	if hasPipelineLabel && hasPipelineRunLabel {
		return true, pipelineLabel, pipelineRunLabel
	}

	return false, "", ""
}
