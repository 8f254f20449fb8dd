package helm3

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/keel-hq/keel/approvals"
	"github.com/keel-hq/keel/internal/concurrent"
	"github.com/keel-hq/keel/internal/k8s"
	"github.com/keel-hq/keel/internal/policy"
	"github.com/keel-hq/keel/pkg/config"
	"github.com/keel-hq/keel/types"
	"github.com/keel-hq/keel/util/image"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/keel-hq/keel/extension/notification"

	log "github.com/sirupsen/logrus"
	"sigs.k8s.io/yaml"

	"helm.sh/helm/v3/pkg/strvals"

	_ "helm.sh/helm/v3/pkg/action"
	_ "helm.sh/helm/v3/pkg/release"

	hapi_chart "helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chartutil"
)

var helm3VersionedUpdatesCounter = prometheus.NewCounterVec(
	prometheus.CounterOpts{
		Name: "helm3_versioned_updates_total",
		Help: "How many versioned helm3 charts were updated, partitioned by chart name.",
	},
	[]string{"chart"},
)

var helm3UnversionedUpdatesCounter = prometheus.NewCounterVec(
	prometheus.CounterOpts{
		Name: "helm3_unversioned_updates_total",
		Help: "How many unversioned helm3 charts were updated, partitioned by chart name.",
	},
	[]string{"chart"},
)

var eventBufferBackpressureCounter = prometheus.NewCounter(
	prometheus.CounterOpts{
		Name: "helm3_event_buffer_backpressure_total",
		Help: "How many times an event submit had to wait because the helm3 provider event buffer was full.",
	},
)

// concurrentPlanWorkers bounds how many releases of a single event are
// updated in parallel. Events stay processed one at a time, but within an
// event each release update runs independently, so one slow release cannot
// hold up the others (keel-hq/keel#443).
const concurrentPlanWorkers = 10

// backpressureLogInterval limits how often a saturated buffer is logged.
const backpressureLogInterval = 5 * time.Second

// lastBackpressureLogNS is the last time a saturated-buffer warning was
// logged (unix nanos).
var lastBackpressureLogNS atomic.Int64

// ErrProviderStopped is returned by Submit when the provider has already
// stopped, so callers fail fast instead of blocking on a channel nobody
// drains.
var ErrProviderStopped = errors.New("provider is stopped")

func init() {
	prometheus.MustRegister(helm3VersionedUpdatesCounter)
	prometheus.MustRegister(helm3UnversionedUpdatesCounter)
	prometheus.MustRegister(eventBufferBackpressureCounter)
}

// ErrPolicyNotSpecified helm related errors
var (
	ErrPolicyNotSpecified = errors.New("policy not specified")
)

// Manager - high level interface into helm provider related data used by
// triggers
type Manager interface {
	Images() ([]*image.Reference, error)
}

// ProviderName - helm provider name
const ProviderName = "helm3"

// DefaultUpdateTimeout - update timeout in seconds
// const DefaultUpdateTimeout = 300

// UpdatePlan - release update plan
type UpdatePlan struct {
	Namespace string
	Name      string

	Config *KeelChartConfig

	// chart
	Chart *hapi_chart.Chart

	// values to update path=value
	Values map[string]string

	// Current (last seen cluster version)
	CurrentVersion string
	// New version that's already in the deployment
	NewVersion string
	// Current digest of the image being replaced, known when the release
	// workloads report one, empty otherwise
	CurrentDigest string
	// New digest taken from the event repository, empty when the trigger
	// did not provide one
	NewDigest string

	// ReleaseNotes is a slice of combined release notes.
	ReleaseNotes []string

	// used as fix to bug in chartutil.coalesce v3.1.2
	EmptyConfig bool
}

// keel:
//   # keel policy (all/major/minor/patch/force)
//   policy: all
//   # trigger type, defaults to events such as pubsub, webhooks
//   trigger: poll
//   pollSchedule: "@every 2m"
//   # images to track and update
//   images:
//     - repository: image.repository
//       tag: image.tag

// Root - root element of the values yaml
type Root struct {
	Keel KeelChartConfig `json:"keel"`
}

// KeelChartConfig - keel related configuration taken from values.yaml
type KeelChartConfig struct {
	Policy               string            `json:"policy"`
	MatchTag             bool              `json:"matchTag"`
	MatchPreRelease      bool              `json:"matchPreRelease"`
	Trigger              types.TriggerType `json:"trigger"`
	PollSchedule         string            `json:"pollSchedule"`
	Approvals            int               `json:"approvals"`        // Minimum required approvals
	ApprovalDeadline     int               `json:"approvalDeadline"` // Deadline in hours
	Images               []ImageDetails    `json:"images"`
	NotificationChannels []string          `json:"notificationChannels"` // optional notification channels

	Plc policy.Policy `json:"-"`
}

// ImageDetails - image details
type ImageDetails struct {
	RepositoryPath  string `json:"repository"`
	TagPath         string `json:"tag"`
	DigestPath      string `json:"digest"`
	ReleaseNotes    string `json:"releaseNotes"`
	ImagePullSecret string `json:"imagePullSecret"`
}

// Provider - helm3 provider, responsible for managing release updates
type Provider struct {
	implementer    Implementer
	platforms      *k8s.PlatformResolver
	runningDigests *k8s.RunningDigestResolver
	resources      ResourceCache

	sender notification.Sender

	approvalManager approvals.Manager

	events chan *types.Event
	stop   chan struct{}
}

// ResourceCache provides the Kubernetes workloads indexed by the shared cache.
type ResourceCache interface {
	Values() []*k8s.GenericResource
}

// ProviderOption configures optional Helm provider integrations.
type ProviderOption func(*Provider)

// WithWorkloadPlatforms enables Kubernetes-backed platform resolution for Helm images.
func WithWorkloadPlatforms(platforms *k8s.PlatformResolver, resources ResourceCache) ProviderOption {
	return func(provider *Provider) {
		provider.platforms = platforms
		provider.resources = resources
	}
}

// WithRunningDigests enables reporting of the image digests that the release
// workloads are actually running.
func WithRunningDigests(runningDigests *k8s.RunningDigestResolver) ProviderOption {
	return func(provider *Provider) {
		provider.runningDigests = runningDigests
	}
}

// NewProvider - create new Helm provider
func NewProvider(implementer Implementer, sender notification.Sender, approvalManager approvals.Manager, options ...ProviderOption) *Provider {
	provider := &Provider{
		implementer:     implementer,
		approvalManager: approvalManager,
		sender:          sender,
		events:          make(chan *types.Event, config.DefaultEventBufferSize),
		stop:            make(chan struct{}),
	}
	for _, option := range options {
		option(provider)
	}
	return provider
}

// GetName - get provider name
func (p *Provider) GetName() string {
	return ProviderName
}

// Submit - submit event to provider. Submit never drops an event: when the
// buffer is full it applies backpressure (the call blocks) and logs the
// saturation so a stalled pipeline is visible instead of silently delaying
// or losing updates.
func (p *Provider) Submit(event types.Event) error {
	select {
	case <-p.stop:
		return ErrProviderStopped
	default:
	}
	select {
	case p.events <- &event:
		return nil
	case <-p.stop:
		return ErrProviderStopped
	default:
	}

	// The buffer is full. Retain the event and apply backpressure: wait for
	// the consumer to drain a slot instead of dropping or delaying the
	// trigger in silence.
	eventBufferBackpressureCounter.Inc()
	logBackpressure(&event, p)

	select {
	case p.events <- &event:
		return nil
	case <-p.stop:
		return ErrProviderStopped
	}
}

func logBackpressure(event *types.Event, p *Provider) {
	now := time.Now().UnixNano()
	for {
		last := lastBackpressureLogNS.Load()
		if last != 0 && now-last < int64(backpressureLogInterval) {
			return
		}
		if lastBackpressureLogNS.CompareAndSwap(last, now) {
			log.WithFields(log.Fields{
				"context":           "provider.helm3",
				"image":             event.Repository.Name,
				"tag":               event.Repository.Tag,
				"trigger":           event.TriggerName,
				"event_buffer_size": cap(p.events),
			}).Warn("event buffer saturated; applying backpressure (event retained, not dropped)")
			return
		}
	}
}

// Start - starts kubernetes provider, waits for events
func (p *Provider) Start() error {
	return p.startInternal()
}

// Stop - stops kubernetes provider
func (p *Provider) Stop() {
	close(p.stop)
}

// TrackedImages - returns tracked images from all releases that have keel configuration
func (p *Provider) TrackedImages() ([]*types.TrackedImage, error) {
	var trackedImages []*types.TrackedImage

	releases, err := p.implementer.ListReleases()
	if err != nil {
		return nil, err
	}

	for _, release := range releases {
		// getting configuration
		vals, err := values(release.Chart, release.Config)
		if err != nil {
			log.WithFields(log.Fields{
				"error":     err,
				"release":   release.Name,
				"namespace": release.Namespace,
			}).Error("provider.helm3: failed to get values.yaml for release")
			continue
		}

		cfg, err := getKeelConfig(vals)
		if err != nil {
			log.WithFields(log.Fields{
				"error":     err,
				"release":   release.Name,
				"namespace": release.Namespace,
			}).Debug("provider.helm3: failed to get config for release")
			continue
		}

		if cfg.PollSchedule == "" {
			cfg.PollSchedule = types.KeelPollDefaultSchedule
		}
		// used to check pod secrets
		selector := fmt.Sprintf("app=%s,release=%s", release.Chart.Metadata.Name, release.Name)

		releaseImages, err := getImages(vals)
		if err != nil {
			log.WithFields(log.Fields{
				"error":     err,
				"release":   release.Name,
				"namespace": release.Namespace,
			}).Error("provider.helm3: failed to get images for release")
			continue
		}

		for _, img := range releaseImages {
			img.Meta = map[string]string{
				"selector":      selector,
				"helm.sh/chart": fmt.Sprintf("%s-%s", release.Chart.Metadata.Name, release.Chart.Metadata.Version),
			}
			img.Namespace = release.Namespace
			img.Provider = ProviderName
			img.Platforms, img.PlatformErr = p.releaseImagePlatforms(release.Namespace, release.Name, img)
			img.RunningDigests = p.releaseImageRunningDigests(release.Namespace, release.Name, img)
			trackedImages = append(trackedImages, img)
		}

	}

	return trackedImages, nil
}

func (p *Provider) startInternal() error {
	log.WithFields(log.Fields{
		"context":           "provider.helm3",
		"event_buffer_size": cap(p.events),
	}).Info("provider.helm3: starting event loop")

	for {
		select {
		case event := <-p.events:
			err := p.processEvent(event)
			if err != nil {
				log.WithFields(log.Fields{
					"error": err,
					"image": event.Repository.Name,
					"tag":   event.Repository.Tag,
				}).Error("provider.helm3: failed to process event")
			}
		case <-p.stop:
			log.Info("provider.helm3: got shutdown signal, stopping...")
			return nil
		}
	}
}

func (p *Provider) processEvent(event *types.Event) (err error) {
	plans, err := p.createUpdatePlans(event)
	if err != nil {
		return err
	}

	approved := p.checkForApprovals(event, plans)

	return p.applyPlans(approved)
}

func (p *Provider) createUpdatePlans(event *types.Event) ([]*UpdatePlan, error) {
	var plans []*UpdatePlan

	releases, err := p.implementer.ListReleases()
	if err != nil {
		return nil, err
	}

	for _, release := range releases {

		plan, update, err := checkRelease(&event.Repository, release.Namespace, release.Name, release.Chart, release.Config)
		if err != nil {
			log.WithFields(log.Fields{
				"error":     err,
				"name":      release.Name,
				"namespace": release.Namespace,
			}).Error("provider.helm3: failed to process versioned release")
			continue
		}

		if update {
			// report the digest the release workloads are currently running
			// so notifications can show the full image transition
			if eventRepoRef, parseErr := image.Parse(event.Repository.String()); parseErr == nil {
				plan.CurrentDigest = p.currentReleaseImageDigest(release.Namespace, release.Name, eventRepoRef.Repository(), plan.CurrentVersion)
			}
			if event.Repository.PlatformVerified {
				ref, parseErr := image.Parse(event.Repository.String())
				if parseErr != nil {
					continue
				}
				platforms, resolutionErr := p.releaseImagePlatforms(release.Namespace, release.Name, &types.TrackedImage{Image: ref})
				if resolutionErr != types.PlatformErrorNone || !types.PlatformsSupportAll(event.Repository.Platforms, platforms) {
					log.WithFields(log.Fields{
						"candidate_platforms": event.Repository.Platforms,
						"eligible_platforms":  platforms,
						"reason":              resolutionErr,
						"name":                release.Name,
						"namespace":           release.Namespace,
					}).Warn("provider.helm3: skipping polling event that is not compatible with current workload platforms")
					continue
				}
			}
			helm3VersionedUpdatesCounter.With(prometheus.Labels{"chart": fmt.Sprintf("%s/%s", release.Namespace, release.Name)}).Inc()
			plans = append(plans, plan)
		}
	}

	return plans, nil
}

// applyPlans applies every update plan of a single event. Each plan targets
// a distinct release, so the plans are handed to a bounded worker pool
// instead of being applied one after another: a slow release update no
// longer delays the rest of the event (keel-hq/keel#443). Events themselves
// are still processed one at a time, so ordering is preserved.
func (p *Provider) applyPlans(plans []*UpdatePlan) error {
	concurrent.Run(concurrentPlanWorkers, len(plans), func(i int) {
		p.applyPlan(plans[i])
	})
	return nil
}

// applyPlan applies a single update plan to its release and sends the
// surrounding notifications.
func (p *Provider) applyPlan(plan *UpdatePlan) {
	currentVersion := formatVersionWithDigest(plan.CurrentVersion, plan.CurrentDigest)
	newVersion := formatVersionWithDigest(plan.NewVersion, plan.NewDigest)

	p.sender.Send(types.EventNotification{
		ResourceKind: "chart",
		Identifier:   fmt.Sprintf("%s/%s/%s", "chart", plan.Namespace, plan.Name),
		Name:         "update release",
		Message:      fmt.Sprintf("Preparing to update release %s/%s %s->%s (%s)", plan.Namespace, plan.Name, currentVersion, newVersion, strings.Join(mapToSlice(plan.Values), ", ")),
		CreatedAt:    time.Now(),
		Type:         types.NotificationPreReleaseUpdate,
		Level:        types.LevelDebug,
		Channels:     plan.Config.NotificationChannels,
		Metadata:     releaseMetadata(plan, p.GetName()),
	})

	// err := updateHelmRelease(p.implementer, plan.Name, plan.Chart, plan.Values)
	err := updateHelmRelease(p.implementer, plan.Name, plan.Chart, plan.Values, plan.Namespace, plan.EmptyConfig)
	if err != nil {
		log.WithFields(log.Fields{
			"error":     err,
			"name":      plan.Name,
			"namespace": plan.Namespace,
		}).Error("provider.helm3: failed to apply plan")

		p.sender.Send(types.EventNotification{
			ResourceKind: "chart",
			Identifier:   fmt.Sprintf("%s/%s/%s", "chart", plan.Namespace, plan.Name),
			Name:         "update release",
			Message:      fmt.Sprintf("Release update failed %s/%s %s->%s (%s), error: %s", plan.Namespace, plan.Name, currentVersion, newVersion, strings.Join(mapToSlice(plan.Values), ", "), err),
			CreatedAt:    time.Now(),
			Type:         types.NotificationReleaseUpdate,
			Level:        types.LevelError,
			Channels:     plan.Config.NotificationChannels,
			Metadata:     releaseMetadata(plan, p.GetName()),
		})
		return
	}

	if err := p.updateComplete(plan); err != nil {
		log.WithFields(log.Fields{
			"error":     err,
			"name":      plan.Name,
			"namespace": plan.Namespace,
		}).Debug("provider.helm3: got error while resetting approvals counter after successful update")
	}

	var msg string
	if len(plan.ReleaseNotes) == 0 {
		msg = fmt.Sprintf("Successfully updated release %s/%s %s->%s (%s)", plan.Namespace, plan.Name, currentVersion, newVersion, strings.Join(mapToSlice(plan.Values), ", "))
	} else {
		msg = fmt.Sprintf("Successfully updated release %s/%s %s->%s (%s). Release notes: %s", plan.Namespace, plan.Name, currentVersion, newVersion, strings.Join(mapToSlice(plan.Values), ", "), strings.Join(plan.ReleaseNotes, ", "))
	}

	p.sender.Send(types.EventNotification{
		ResourceKind: "chart",
		Identifier:   fmt.Sprintf("%s/%s/%s", "chart", plan.Namespace, plan.Name),
		Name:         "update release",
		Message:      msg,
		CreatedAt:    time.Now(),
		Type:         types.NotificationReleaseUpdate,
		Level:        types.LevelSuccess,
		Channels:     plan.Config.NotificationChannels,
		Metadata:     releaseMetadata(plan, p.GetName()),
	})
}

func updateHelmRelease(implementer Implementer, releaseName string, chart *hapi_chart.Chart, overrideValues map[string]string, namespace string, opts ...bool) error {

	// set reuse values to false if currentRelease.config is nil
	emptyConfig := false
	if len(opts) == 1 && opts[0] {
		emptyConfig = opts[0]
	}
	resp, err := implementer.UpdateReleaseFromChart(releaseName, chart, overrideValues, namespace, emptyConfig)

	if err != nil {
		return err
	}

	log.WithFields(log.Fields{
		"version":        resp.Version,
		"release":        releaseName,
		"overrideValues": overrideValues,
	}).Info("provider.helm3: release updated")
	return nil
}

func mapToSlice(values map[string]string) []string {
	converted := []string{}
	for k, v := range values {
		concat := k + "=" + v
		converted = append(converted, concat)
	}
	return converted
}

// formatVersionWithDigest renders a version for notification messages,
// appending the image digest when known. It makes tag updates that keep the
// same tag (e.g. latest -> latest) identifiable by the image hash they move.
func formatVersionWithDigest(version, digest string) string {
	if digest == "" {
		return version
	}
	return fmt.Sprintf("%s (%s)", version, digest)
}

// releaseMetadata builds notification metadata for a release update, carrying
// the image digests alongside the identity fields when known.
func releaseMetadata(plan *UpdatePlan, providerName string) map[string]string {
	metadata := map[string]string{
		"provider":  providerName,
		"namespace": plan.Namespace,
		"name":      plan.Name,
	}
	if plan.CurrentDigest != "" {
		metadata["previousDigest"] = plan.CurrentDigest
	}
	if plan.NewDigest != "" {
		metadata["newDigest"] = plan.NewDigest
	}
	return metadata
}

// parse
func convertToYaml(values []string) ([]byte, error) {
	base := map[string]interface{}{}
	for _, value := range values {
		if err := strvals.ParseInto(value, base); err != nil {
			return []byte{}, fmt.Errorf("failed parsing --set data: %s", err)
		}
	}

	return yaml.Marshal(base)
}

func getValueAsString(vals chartutil.Values, path string) (string, error) {
	valinterface, err := vals.PathValue(path)
	if err != nil {
		return "", err
	}

	valString := fmt.Sprintf("%v", valinterface)

	return valString, nil
}

// func values(chart *hapi_chart.Chart, config *hapi_chart.Config) (chartutil.Values, error) {
func values(chart *hapi_chart.Chart, config map[string]interface{}) (chartutil.Values, error) {
	return chartutil.CoalesceValues(chart, config)
}

func getKeelConfig(vals chartutil.Values) (*KeelChartConfig, error) {
	yamlFull, err := vals.YAML()
	if err != nil {
		return nil, fmt.Errorf("failed to get vals config, error: %s", err)
	}

	var r Root
	// Default MatchPreRelease to true if not present (backward compatibility)
	r.Keel.MatchPreRelease = true
	err = yaml.Unmarshal([]byte(yamlFull), &r)
	if err != nil {
		return nil, fmt.Errorf("failed to parse keel config: %s", err)
	}

	if r.Keel.Policy == "" {
		return nil, ErrPolicyNotSpecified
	}

	cfg := r.Keel

	cfg.Plc = policy.GetPolicy(cfg.Policy, &policy.Options{MatchTag: cfg.MatchTag, MatchPreRelease: cfg.MatchPreRelease})

	return &cfg, nil
}
