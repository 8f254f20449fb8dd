/*
Copyright 2019-2021 The Kubernetes Authors.

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

package nfdworker

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"maps"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/util/sets"
	"k8s.io/apimachinery/pkg/util/validation"
	k8sclient "k8s.io/client-go/kubernetes"
	"k8s.io/klog/v2"
	"k8s.io/utils/ptr"
	klogutils "sigs.k8s.io/node-feature-discovery/pkg/utils/klog"
	"sigs.k8s.io/yaml"

	apiequality "k8s.io/apimachinery/pkg/api/equality"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	nfdclient "sigs.k8s.io/node-feature-discovery/api/generated/clientset/versioned"
	nfdv1alpha1 "sigs.k8s.io/node-feature-discovery/api/nfd/v1alpha1"
	"sigs.k8s.io/node-feature-discovery/pkg/utils"
	"sigs.k8s.io/node-feature-discovery/pkg/version"
	"sigs.k8s.io/node-feature-discovery/source"

	// Register all source packages
	_ "sigs.k8s.io/node-feature-discovery/source/cpu"
	_ "sigs.k8s.io/node-feature-discovery/source/custom"
	_ "sigs.k8s.io/node-feature-discovery/source/fake"
	_ "sigs.k8s.io/node-feature-discovery/source/kernel"
	_ "sigs.k8s.io/node-feature-discovery/source/local"
	_ "sigs.k8s.io/node-feature-discovery/source/memory"
	_ "sigs.k8s.io/node-feature-discovery/source/network"
	_ "sigs.k8s.io/node-feature-discovery/source/pci"
	_ "sigs.k8s.io/node-feature-discovery/source/storage"
	_ "sigs.k8s.io/node-feature-discovery/source/system"
	_ "sigs.k8s.io/node-feature-discovery/source/usb"
)

// NfdWorker is the interface for nfd-worker daemon
type NfdWorker interface {
	Run() error
	Stop()
}

// NFDConfig contains the configuration settings of NfdWorker.
type NFDConfig struct {
	Core    coreConfig
	Sources sourcesConfig
}

type coreConfig struct {
	Klog           klogutils.KlogConfigOpts
	LabelWhiteList utils.RegexpVal
	NoPublish      bool
	NoOwnerRefs    bool
	// OwnerRefs selects the Kubernetes objects used as owners of the
	// NodeFeature published by this worker. An explicit empty value disables
	// owner references.
	OwnerRefs      *OwnerRefSources
	FeatureSources []string
	Sources        *[]string
	LabelSources   []string
	// NoPublishFeatures lists feature keys that are discovered (so they remain
	// available to label sources and inline custom rules) but are omitted from
	// the published NodeFeature object to reduce its size. Each entry is matched
	// against the "<source>.<feature>" key, exactly or, when it ends with "*",
	// as a prefix (e.g. "pci.device" or "pci.*").
	NoPublishFeatures []string
	SleepInterval     utils.DurationVal
}

type sourcesConfig map[string]source.Config

// Labels are a Kubernetes representation of discovered features.
type Labels map[string]string

const (
	ownerRefNode = "node"
	ownerRefPod  = "pod"
	ownerRefDS   = "ds"
)

var ownerRefSourceOrder = []string{ownerRefNode, ownerRefPod, ownerRefDS}

// OwnerRefSources is the ordered set of object types that should own the
// NodeFeature published by nfd-worker. It implements flag.Value and JSON
// unmarshalling so command-line and configuration-file input share the same
// validation.
type OwnerRefSources []string

// Set implements flag.Value.
func (s *OwnerRefSources) Set(value string) error {
	values := []string{}
	for value := range strings.SplitSeq(value, ",") {
		if value = strings.TrimSpace(value); value != "" {
			values = append(values, value)
		}
	}

	normalized, err := normalizeOwnerRefSources(values)
	if err != nil {
		return err
	}
	*s = normalized
	return nil
}

// String implements flag.Value.
func (s *OwnerRefSources) String() string {
	if s == nil {
		return ""
	}
	return strings.Join(*s, ",")
}

// UnmarshalJSON validates owner reference sources read from YAML/JSON worker
// configuration.
func (s *OwnerRefSources) UnmarshalJSON(data []byte) error {
	var values []string
	if err := json.Unmarshal(data, &values); err != nil {
		return err
	}

	normalized, err := normalizeOwnerRefSources(values)
	if err != nil {
		return err
	}
	*s = normalized
	return nil
}

func normalizeOwnerRefSources(values []string) (OwnerRefSources, error) {
	selected := make(map[string]struct{}, len(values))
	for _, value := range values {
		if _, found := selected[value]; found {
			return nil, fmt.Errorf("duplicate owner reference source %q", value)
		}
		switch value {
		case ownerRefNode, ownerRefPod, ownerRefDS:
			selected[value] = struct{}{}
		default:
			return nil, fmt.Errorf("invalid owner reference source %q (must be one of: node, pod, ds)", value)
		}
	}

	normalized := make(OwnerRefSources, 0, len(selected))
	for _, value := range ownerRefSourceOrder {
		if _, found := selected[value]; found {
			normalized = append(normalized, value)
		}
	}
	return normalized, nil
}

// Args are the command line arguments of NfdWorker.
type Args struct {
	ConfigFile  string
	Klog        map[string]*utils.KlogFlagVal
	Kubeconfig  string
	Oneshot     bool
	Options     string
	Port        int
	NoOwnerRefs bool

	Overrides ConfigOverrideArgs
}

// ConfigOverrideArgs are args that override config file options
type ConfigOverrideArgs struct {
	NoPublish         *bool
	NoOwnerRefs       *bool
	OwnerRefs         *OwnerRefSources
	FeatureSources    *utils.StringSliceVal
	LabelSources      *utils.StringSliceVal
	NoPublishFeatures *utils.StringSliceVal
}

type nfdWorker struct {
	args                Args
	configFilePath      string
	config              *NFDConfig
	kubernetesNamespace string
	k8sClient           k8sclient.Interface
	nfdClient           nfdclient.Interface
	stop                chan struct{}              // channel for signaling stop
	sourceEvent         chan *source.FeatureSource // channel for events from sources
	featureSources      []source.FeatureSource
	labelSources        []source.LabelSource
	ownerReference      []metav1.OwnerReference

	// noPublishNoMatchWarned records core.noPublishFeatures patterns already
	// warned about for matching no feature, so a persistent no-match (typically
	// a typo) is logged once rather than on every discovery cycle.
	noPublishNoMatchWarned sets.Set[string]
}

// This ticker can represent infinite and normal intervals.
type infiniteTicker struct {
	*time.Ticker
}

// NfdWorkerOption sets properties of the NfdWorker instance.
type NfdWorkerOption interface {
	apply(*nfdWorker)
}

// WithArgs is used for passing settings from command line arguments.
func WithArgs(args *Args) NfdWorkerOption {
	return &nfdWorkerOpt{f: func(n *nfdWorker) { n.args = *args }}
}

// WithKuberneteClient forces to use the given kubernetes client, without
// initializing one from kubeconfig.
func WithKubernetesClient(cli k8sclient.Interface) NfdWorkerOption {
	return &nfdWorkerOpt{f: func(n *nfdWorker) { n.k8sClient = cli }}
}

// WithNFDClient forces to use the given client for the NFD API, without
// initializing one from kubeconfig.
func WithNFDClient(cli nfdclient.Interface) NfdWorkerOption {
	return &nfdWorkerOpt{f: func(n *nfdWorker) { n.nfdClient = cli }}
}

type nfdWorkerOpt struct {
	f func(*nfdWorker)
}

func (f *nfdWorkerOpt) apply(n *nfdWorker) {
	f.f(n)
}

// NewNfdWorker creates new NfdWorker instance.
func NewNfdWorker(opts ...NfdWorkerOption) (NfdWorker, error) {
	nfd := &nfdWorker{
		config:                 &NFDConfig{},
		kubernetesNamespace:    utils.GetKubernetesNamespace(),
		stop:                   make(chan struct{}),
		sourceEvent:            make(chan *source.FeatureSource),
		noPublishNoMatchWarned: sets.New[string](),
	}

	for _, o := range opts {
		o.apply(nfd)
	}

	if nfd.args.ConfigFile != "" {
		nfd.configFilePath = filepath.Clean(nfd.args.ConfigFile)
	}

	// k8sClient might've been set via opts by tests
	if nfd.k8sClient == nil {
		kubeconfig, err := utils.GetKubeconfig(nfd.args.Kubeconfig)
		if err != nil {
			return nfd, err
		}
		cli, err := k8sclient.NewForConfig(kubeconfig)
		if err != nil {
			return nfd, err
		}
		nfd.k8sClient = cli
	}

	return nfd, nil
}

func newDefaultConfig() *NFDConfig {
	ownerRefs := OwnerRefSources{ownerRefPod, ownerRefDS}
	return &NFDConfig{
		Core: coreConfig{
			LabelWhiteList: utils.RegexpVal{Regexp: *regexp.MustCompile("")},
			SleepInterval:  utils.DurationVal{Duration: 60 * time.Second},
			OwnerRefs:      &ownerRefs,
			FeatureSources: []string{"all"},
			LabelSources:   []string{"all"},
			Klog:           make(map[string]string),
		},
	}
}

func (w *nfdWorker) Healthz(writer http.ResponseWriter, _ *http.Request) {
	writer.WriteHeader(http.StatusOK)
}

func (i *infiniteTicker) Reset(d time.Duration) {
	switch {
	case d > 0:
		i.Ticker.Reset(d)
	default:
		// If the sleep interval is not a positive number the ticker will act
		// as if it was set to an infinite duration by not ticking.
		i.Stop()
	}
}

// Publish labels.
func (w *nfdWorker) publishNodeFeatureObject() error {
	// Get the set of feature labels.
	labels := createFeatureLabels(w.labelSources, w.config.Core.LabelWhiteList.Regexp)

	// Update the node with the feature labels.
	if !w.config.Core.NoPublish {
		return w.advertiseFeatures(labels)
	}

	return nil
}

// Run feature discovery.
func (w *nfdWorker) runFeatureDiscovery() error {
	discoveryStart := time.Now()
	for _, s := range w.featureSources {
		currentSourceStart := time.Now()
		if err := s.Discover(); err != nil {
			klog.ErrorS(err, "feature discovery failed", "source", s.Name())
		}
		klog.V(3).InfoS("feature discovery completed", "featureSource", s.Name(), "duration", time.Since(currentSourceStart))
	}

	discoveryDuration := time.Since(discoveryStart)
	klog.V(2).InfoS("feature discovery of all sources completed", "duration", discoveryDuration)
	featureDiscoveryDuration.WithLabelValues(utils.NodeName()).Observe(discoveryDuration.Seconds())
	if w.config.Core.SleepInterval.Duration > 0 && discoveryDuration > w.config.Core.SleepInterval.Duration/2 {
		klog.InfoS("feature discovery sources took over half of sleep interval ", "duration", discoveryDuration, "sleepInterval", w.config.Core.SleepInterval.Duration)
	}

	return w.publishNodeFeatureObject()
}

// setOwnerReference resolves the owner references to publish on the worker's
// NodeFeature. The complete ownerReferences list is replaced with the resolved
// value so deselected owners cannot continue extending the object's lifetime.
func (w *nfdWorker) setOwnerReference() error {
	if w.config.Core.NoOwnerRefs {
		w.ownerReference = []metav1.OwnerReference{}
		return nil
	}

	sources := OwnerRefSources{ownerRefPod, ownerRefDS}
	if w.config.Core.OwnerRefs != nil {
		sources = *w.config.Core.OwnerRefs
	}
	ownerRefs, err := w.resolveOwnerReferences(sources)
	if err != nil {
		return err
	}
	w.ownerReference = ownerRefs
	return nil
}

func (w *nfdWorker) resolveOwnerReferences(sources OwnerRefSources) ([]metav1.OwnerReference, error) {
	ownerRefs := make([]metav1.OwnerReference, 0, len(sources))
	for _, source := range sources {
		ownerRef, err := w.resolveOwnerReference(source)
		if err != nil {
			return nil, err
		}
		if ownerRef != nil {
			ownerRefs = append(ownerRefs, *ownerRef)
		}
	}
	return ownerRefs, nil
}

func (w *nfdWorker) resolveOwnerReference(source string) (*metav1.OwnerReference, error) {
	switch source {
	case ownerRefNode:
		return w.resolveNodeOwnerReference()
	case ownerRefPod:
		return resolvePodOwnerReference(), nil
	case ownerRefDS:
		return w.resolveDaemonSetOwnerReference()
	default:
		// OwnerRefSources validates input, but fail safely if a value is
		// constructed directly by a caller.
		return nil, fmt.Errorf("invalid owner reference source %q", source)
	}
}

func (w *nfdWorker) resolveNodeOwnerReference() (*metav1.OwnerReference, error) {
	nodeName := utils.NodeName()
	if nodeName == "" {
		return nil, fmt.Errorf("cannot resolve Node owner reference: NODE_NAME not specified")
	}
	node, err := w.k8sClient.CoreV1().Nodes().Get(context.TODO(), nodeName, metav1.GetOptions{})
	if err != nil {
		return nil, fmt.Errorf("cannot resolve Node owner reference %q: %w", nodeName, err)
	}
	return &metav1.OwnerReference{
		APIVersion:         "v1",
		Kind:               "Node",
		Name:               node.Name,
		UID:                node.UID,
		BlockOwnerDeletion: ptr.To(false),
	}, nil
}

func resolvePodOwnerReference() *metav1.OwnerReference {
	podName, podUID := os.Getenv("POD_NAME"), os.Getenv("POD_UID")
	if podName == "" || podUID == "" {
		klog.InfoS("Cannot resolve Pod owner reference, POD_NAME and POD_UID must be specified")
		return nil
	}
	return &metav1.OwnerReference{
		APIVersion:         "v1",
		Kind:               "Pod",
		Name:               podName,
		UID:                types.UID(podUID),
		BlockOwnerDeletion: ptr.To(false),
	}
}

func (w *nfdWorker) resolveDaemonSetOwnerReference() (*metav1.OwnerReference, error) {
	podName := os.Getenv("POD_NAME")
	if podName == "" {
		klog.InfoS("Cannot resolve DaemonSet owner reference, POD_NAME not specified")
		return nil, nil
	}
	pod, err := w.k8sClient.CoreV1().Pods(w.kubernetesNamespace).Get(context.TODO(), podName, metav1.GetOptions{})
	if err != nil {
		return nil, fmt.Errorf("cannot get worker Pod %q to resolve DaemonSet owner reference: %w", podName, err)
	}
	daemonSetOwner, err := findDaemonSetOwnerReference(pod.OwnerReferences)
	if err != nil {
		return nil, fmt.Errorf("cannot resolve DaemonSet owner reference: worker Pod %q %w", podName, err)
	}
	if daemonSetOwner == nil {
		klog.InfoS("Cannot resolve DaemonSet owner reference, worker Pod is not owned by a DaemonSet", "pod", podName)
		return nil, nil
	}
	daemonSetOwner.BlockOwnerDeletion = ptr.To(false)
	return daemonSetOwner, nil
}

func findDaemonSetOwnerReference(ownerRefs []metav1.OwnerReference) (*metav1.OwnerReference, error) {
	var daemonSetOwner *metav1.OwnerReference
	for i := range ownerRefs {
		owner := ownerRefs[i]
		if owner.APIVersion != "apps/v1" || owner.Kind != "DaemonSet" {
			continue
		}
		if daemonSetOwner != nil {
			return nil, fmt.Errorf("has multiple DaemonSet owners")
		}
		daemonSetOwner = &owner
	}
	return daemonSetOwner, nil
}

// Run NfdWorker client. Returns an error if a fatal error is encountered, or, after
// one request if OneShot is set to 'true' in the worker args.
func (w *nfdWorker) Run() error {
	klog.InfoS("Node Feature Discovery Worker", "version", version.Get(), "nodeName", utils.NodeName(), "namespace", w.kubernetesNamespace)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// Read configuration file
	err := w.configure(ctx, w.configFilePath, w.args.Options)
	if err != nil {
		return err
	}

	// Create ticker for feature discovery and run feature discovery once before the loop.
	labelTrigger := infiniteTicker{Ticker: time.NewTicker(1)}
	labelTrigger.Reset(w.config.Core.SleepInterval.Duration)
	defer labelTrigger.Stop()

	httpMux := http.NewServeMux()

	// Register to metrics server
	promRegistry := prometheus.NewRegistry()
	promRegistry.MustRegister(buildInfo, featureDiscoveryDuration)
	httpMux.Handle("/metrics", promhttp.HandlerFor(promRegistry, promhttp.HandlerOpts{}))
	registerVersion(version.Get())

	err = w.runFeatureDiscovery()
	if err != nil {
		return err
	}

	// Only run feature disovery once if Oneshot is set to 'true'.
	if w.args.Oneshot {
		return nil
	}

	// Register health endpoint (at this point we're "ready and live")
	httpMux.HandleFunc("/healthz", w.Healthz)

	// Start HTTP server
	httpServer := http.Server{Addr: fmt.Sprintf(":%d", w.args.Port), Handler: httpMux}
	go func() {
		klog.InfoS("http server starting", "port", httpServer.Addr)
		klog.InfoS("http server stopped", "exitCode", httpServer.ListenAndServe())
	}()
	defer httpServer.Close() // nolint: errcheck

	for {
		select {
		case <-labelTrigger.C:
			err = w.runFeatureDiscovery()
			if err != nil {
				return err
			}

		case s := <-w.sourceEvent:
			if err := (*s).Discover(); err != nil {
				klog.ErrorS(err, "feature discovery failed", "source", (*s).Name())
				break
			}
			if err = w.publishNodeFeatureObject(); err != nil {
				return err
			}

		case <-w.stop:
			klog.InfoS("shutting down nfd-worker")
			return nil
		}
	}
}

// Stop NfdWorker
func (w *nfdWorker) Stop() {
	close(w.stop)
}

func (c *coreConfig) sanitize() {
	if c.SleepInterval.Duration > 0 && c.SleepInterval.Duration < time.Second {
		klog.InfoS("too short sleep interval specified, forcing to 1s",
			"sleepInterval", c.SleepInterval.String())
		c.SleepInterval = utils.DurationVal{Duration: time.Second}
	}
}

func (w *nfdWorker) configureCore(ctx context.Context, c coreConfig) error {
	// Handle klog
	err := klogutils.MergeKlogConfiguration(w.args.Klog, c.Klog)
	if err != nil {
		return err
	}

	// Determine enabled feature sources
	featureSources := make(map[string]source.FeatureSource)
	for _, name := range c.FeatureSources {
		if name == "all" {
			for n, s := range source.GetAllFeatureSources() {
				if ts, ok := s.(source.SupplementalSource); !ok || !ts.DisableByDefault() {
					featureSources[n] = s
				}
			}
		} else {
			disable := false
			strippedName := name
			if strings.HasPrefix(name, "-") {
				strippedName = name[1:]
				disable = true
			}
			if s := source.GetFeatureSource(strippedName); s != nil {
				if !disable {
					featureSources[name] = s
				} else {
					delete(featureSources, strippedName)
				}
			} else {
				klog.InfoS("skipping unknown source specified in core.featureSources", "featureSource", name)
			}
		}
	}

	w.featureSources = slices.Collect(maps.Values(featureSources))

	sort.Slice(w.featureSources, func(i, j int) bool { return w.featureSources[i].Name() < w.featureSources[j].Name() })

	// Determine enabled label sources
	labelSources := make(map[string]source.LabelSource)
	for _, name := range c.LabelSources {
		if name == "all" {
			for n, s := range source.GetAllLabelSources() {
				if ts, ok := s.(source.SupplementalSource); !ok || !ts.DisableByDefault() {
					labelSources[n] = s
				}
			}
		} else {
			disable := false
			strippedName := name
			if strings.HasPrefix(name, "-") {
				strippedName = name[1:]
				disable = true
			}
			if s := source.GetLabelSource(strippedName); s != nil {
				if !disable {
					labelSources[name] = s
				} else {
					delete(labelSources, strippedName)
				}
			} else {
				klog.InfoS("skipping unknown source specified in core.labelSources (or -label-sources)", "labelSource", name)
			}
		}
	}

	w.labelSources = slices.Collect(maps.Values(labelSources))

	sort.Slice(w.labelSources, func(i, j int) bool {
		iP, jP := w.labelSources[i].Priority(), w.labelSources[j].Priority()
		if iP != jP {
			return iP < jP
		}
		return w.labelSources[i].Name() < w.labelSources[j].Name()
	})

	eventSources := source.GetAllEventSources()
	for _, s := range eventSources {
		if ok := featureSources[s.Name()]; ok != nil {
			if err := s.SetNotifyChannel(ctx, w.sourceEvent); err != nil {
				klog.ErrorS(err, "failed to set notify channel for event source", "source", s.Name())
			}
		}
	}

	if klogV := klog.V(1); klogV.Enabled() {
		n := make([]string, len(w.featureSources))
		for i, s := range w.featureSources {
			n[i] = s.Name()
		}
		klogV.InfoS("enabled feature sources", "featureSources", n)

		n = make([]string, len(w.labelSources))
		for i, s := range w.labelSources {
			n[i] = s.Name()
		}
		klogV.InfoS("enabled label sources", "labelSources", n)
	}

	err = w.setOwnerReference()
	if err != nil {
		return err
	}

	return nil
}

// Parse configuration options
func (w *nfdWorker) configure(ctx context.Context, filepath string, overrides string) error {
	// Create a new default config
	c := newDefaultConfig()
	confSources := source.GetAllConfigurableSources()
	c.Sources = make(map[string]source.Config, len(confSources))
	for _, s := range confSources {
		c.Sources[s.Name()] = s.NewConfig()
	}

	// Try to read and parse config file
	if err := loadConfigFile(c, filepath); err != nil {
		return err
	}

	// Parse config overrides
	if err := yaml.Unmarshal([]byte(overrides), c); err != nil {
		return fmt.Errorf("failed to parse -options: %s", err)
	}

	w.applyConfigOverrides(c)
	if c.Core.NoOwnerRefs || w.args.Overrides.NoOwnerRefs != nil {
		klog.InfoS("usage of deprecated 'core.noOwnerRefs' configuration option or '-no-owner-refs' flag, please use 'core.ownerRefs: []' or '-owner-refs=' instead")
	}

	c.Core.sanitize()

	w.config = c

	if err := w.configureCore(ctx, c.Core); err != nil {
		return err
	}

	// (Re-)configure sources
	for _, s := range confSources {
		s.SetConfig(c.Sources[s.Name()])
	}

	klog.InfoS("configuration successfully updated", "configuration", w.config)
	return nil
}

// loadConfigFile reads the config file at filepath and unmarshals it into c. A
// missing file is not an error: the defaults already in c are kept. An empty
// filepath is a no-op.
func loadConfigFile(c *NFDConfig, filepath string) error {
	if filepath == "" {
		return nil
	}

	data, err := os.ReadFile(filepath)
	if err != nil {
		if os.IsNotExist(err) {
			klog.InfoS("config file not found, using defaults", "path", filepath)
			return nil
		}
		return fmt.Errorf("error reading config file: %s", err)
	}

	if err := yaml.Unmarshal(data, c); err != nil {
		return fmt.Errorf("failed to parse config file: %s", err)
	}

	if c.Core.Sources != nil {
		klog.InfoS("usage of deprecated 'core.sources' config file option, please use 'core.labelSources' instead")
		c.Core.LabelSources = *c.Core.Sources
	}

	klog.InfoS("configuration file parsed", "path", filepath)
	return nil
}

// applyConfigOverrides applies the command-line overrides onto the core config.
func (w *nfdWorker) applyConfigOverrides(c *NFDConfig) {
	if w.args.Overrides.NoPublish != nil {
		c.Core.NoPublish = *w.args.Overrides.NoPublish
	}
	if w.args.Overrides.NoOwnerRefs != nil {
		c.Core.NoOwnerRefs = *w.args.Overrides.NoOwnerRefs
	}
	if w.args.Overrides.OwnerRefs != nil {
		ownerRefs := append(OwnerRefSources{}, (*w.args.Overrides.OwnerRefs)...)
		c.Core.OwnerRefs = &ownerRefs
	}
	if w.args.Overrides.FeatureSources != nil {
		c.Core.FeatureSources = *w.args.Overrides.FeatureSources
	}
	if w.args.Overrides.LabelSources != nil {
		c.Core.LabelSources = *w.args.Overrides.LabelSources
	}
	if w.args.Overrides.NoPublishFeatures != nil {
		c.Core.NoPublishFeatures = *w.args.Overrides.NoPublishFeatures
	}
}

// createFeatureLabels returns the set of feature labels from the enabled
// sources and the whitelist argument.
func createFeatureLabels(sources []source.LabelSource, labelWhiteList regexp.Regexp) (labels Labels) {
	labels = Labels{}

	// Get labels from all enabled label sources
	klog.InfoS("starting feature discovery...")
	for _, source := range sources {
		labelsFromSource, err := GetFeatureLabels(source, labelWhiteList)
		if err != nil {
			klog.ErrorS(err, "discovery failed", "source", source.Name())
			continue
		}

		maps.Copy(labels, labelsFromSource)
	}
	if klogV := klog.V(1); klogV.Enabled() {
		klogV.InfoS("feature discovery completed", "labels", utils.DelayedDumper(labels))
	} else {
		klog.InfoS("feature discovery completed")
	}
	return labels
}

// getFeatureLabels returns node labels for features discovered by the
// supplied source.
func GetFeatureLabels(source source.LabelSource, labelWhiteList regexp.Regexp) (labels Labels, err error) {
	labels = Labels{}
	features, err := source.GetLabels()
	if err != nil {
		return nil, err
	}

	for k, v := range features {
		name := k
		switch sourceName := source.Name(); sourceName {
		case "local", "custom":
			// No mangling of labels from the custom rules or feature files
		default:
			// Prefix for labels from other sources
			if !strings.Contains(name, "/") {
				name = nfdv1alpha1.FeatureLabelNs + "/" + sourceName + "-" + name
			}
		}
		// Split label name into namespace and name compoents
		split := strings.SplitN(name, "/", 2)

		nameForWhiteListing := name
		if len(split) == 2 {
			nameForWhiteListing = split[1]
		}

		// Validate label name.
		errs := validation.IsQualifiedName(name)
		if len(errs) > 0 {
			klog.InfoS("ignoring label with invalid name", "labelKey", name, "errors", errs)
			continue
		}

		value := fmt.Sprintf("%v", v)
		// Validate label value
		errs = validation.IsValidLabelValue(value)
		if len(errs) > 0 {
			klog.InfoS("ignoring label with invalid value", "labelKey", name, "labelValue", value, "errors", errs)
			continue
		}

		// Skip if label doesn't match labelWhiteList
		if !labelWhiteList.MatchString(nameForWhiteListing) {
			klog.InfoS("label does not match the whitelist and will not be published.", "labelKey", nameForWhiteListing, "regexp", labelWhiteList.String())
			continue
		}

		labels[name] = value
	}
	return labels, nil
}

// advertiseFeatures advertises the features of a Kubernetes node
func (w *nfdWorker) advertiseFeatures(labels Labels) error {
	// Create/update NodeFeature CR object
	if err := w.updateNodeFeatureObject(labels); err != nil {
		return fmt.Errorf("failed to advertise features (via CRD API): %w", err)
	}

	return nil
}

// removeNoPublishFeatures deletes the feature keys matched by patterns from the
// Features that will be published in the NodeFeature object. Discovery is not
// affected, so the features remain available to label sources and inline custom
// rules; they are only omitted from the published object. Each pattern matches
// the "<source>.<feature>" key exactly, or as a prefix when it ends with "*"
// (e.g. "pci.device" or "pci.*").
//
// It returns the patterns that matched no feature key. That usually means a
// typo, but it can be legitimate on a heterogeneous cluster where the same
// config reaches nodes lacking the targeted hardware, so the caller logs it
// informationally rather than treating it as an error.
func removeNoPublishFeatures(features *nfdv1alpha1.Features, patterns []string) []string {
	if features == nil || len(patterns) == 0 {
		return nil
	}
	matched := make([]bool, len(patterns))
	matches := func(key string) bool {
		hit := false
		for i, p := range patterns {
			if patternMatches(key, p) {
				matched[i] = true
				hit = true
			}
		}
		return hit
	}

	deleteMatchingKeys(features.Flags, matches)
	deleteMatchingKeys(features.Attributes, matches)
	deleteMatchingKeys(features.Instances, matches)

	var unmatched []string
	for i, p := range patterns {
		if !matched[i] {
			unmatched = append(unmatched, p)
		}
	}
	return unmatched
}

// patternMatches reports whether a feature key matches a single no-publish
// pattern. A pattern ending in "*" matches by prefix; otherwise it must equal
// the key exactly.
func patternMatches(key, pattern string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(key, prefix)
	}
	return key == pattern
}

// deleteMatchingKeys removes every entry of m whose key satisfies matches.
func deleteMatchingKeys[V any](m map[string]V, matches func(string) bool) {
	for k := range m {
		if matches(k) {
			delete(m, k)
		}
	}
}

// updateNodeFeatureObject creates/updates the node-specific NodeFeature custom resource.
func (m *nfdWorker) updateNodeFeatureObject(labels Labels) error {
	cli, err := m.getNfdClient()
	if err != nil {
		return err
	}
	nodename := utils.NodeName()
	namespace := m.kubernetesNamespace

	features := source.GetAllFeatures()
	annotations := map[string]string{nfdv1alpha1.WorkerVersionAnnotation: version.Get()}
	if podUID := os.Getenv("POD_UID"); podUID != "" {
		// This is deliberately written with the discovered spec. A new value
		// tells nfd-master that a newly started worker completed discovery even
		// when the resulting spec is identical to the previous one.
		annotations[nfdv1alpha1.WorkerPodUIDAnnotation] = podUID
	}

	// Strip features that are configured not to be published. Discovery has
	// already run (and feature labels have already been computed from the full
	// set), so this only shrinks the published object, reducing load on the
	// apiserver, etcd and nfd-master's informer cache.
	for _, p := range removeNoPublishFeatures(features, m.config.Core.NoPublishFeatures) {
		if !m.noPublishNoMatchWarned.Has(p) {
			m.noPublishNoMatchWarned.Insert(p)
			klog.InfoS("core.noPublishFeatures pattern matched no feature; possible typo, or the targeted hardware is absent on this node", "pattern", p)
		}
	}

	// TODO: we could implement some simple caching of the object, only get it
	// every 10 minutes or so because nobody else should really be modifying it
	if nfr, err := cli.NfdV1alpha1().NodeFeatures(namespace).Get(context.TODO(), nodename, metav1.GetOptions{}); errors.IsNotFound(err) {
		nfr = &nfdv1alpha1.NodeFeature{
			ObjectMeta: metav1.ObjectMeta{
				Name:            nodename,
				Annotations:     annotations,
				Labels:          map[string]string{nfdv1alpha1.NodeFeatureObjNodeNameLabel: nodename},
				OwnerReferences: m.ownerReference,
			},
			Spec: nfdv1alpha1.NodeFeatureSpec{
				Features: *features,
				Labels:   labels,
			},
		}
		klog.InfoS("creating NodeFeature object", "nodefeature", klog.KObj(nfr))

		nfrCreated, err := cli.NfdV1alpha1().NodeFeatures(namespace).Create(context.TODO(), nfr, metav1.CreateOptions{})
		if err != nil {
			return fmt.Errorf("failed to create NodeFeature object %q: %w", nfr.Name, err)
		}

		klog.V(4).InfoS("NodeFeature object created", "nodeFeature", utils.DelayedDumper(nfrCreated))
	} else if err != nil {
		return fmt.Errorf("failed to get NodeFeature object: %w", err)
	} else {
		nfrUpdated := nfr.DeepCopy()
		nfrUpdated.Annotations = annotations
		nfrUpdated.Labels = map[string]string{nfdv1alpha1.NodeFeatureObjNodeNameLabel: nodename}
		nfrUpdated.OwnerReferences = m.ownerReference
		nfrUpdated.Spec = nfdv1alpha1.NodeFeatureSpec{
			Features: *features,
			Labels:   labels,
		}

		if !apiequality.Semantic.DeepEqual(nfr, nfrUpdated) {
			klog.InfoS("updating NodeFeature object", "nodefeature", klog.KObj(nfr))
			nfrUpdated, err = cli.NfdV1alpha1().NodeFeatures(namespace).Update(context.TODO(), nfrUpdated, metav1.UpdateOptions{})
			if err != nil {
				return fmt.Errorf("failed to update NodeFeature object %q: %w", nfr.Name, err)
			}
			klog.V(4).InfoS("NodeFeature object updated", "nodeFeature", utils.DelayedDumper(nfrUpdated))
		} else {
			klog.V(1).InfoS("no changes in NodeFeature object, not updating", "nodefeature", klog.KObj(nfr))
		}
	}
	return nil
}

// getNfdClient returns the clientset for using the nfd CRD api
func (m *nfdWorker) getNfdClient() (nfdclient.Interface, error) {
	if m.nfdClient != nil {
		return m.nfdClient, nil
	}

	kubeconfig, err := utils.GetKubeconfig(m.args.Kubeconfig)
	if err != nil {
		return nil, err
	}

	c, err := nfdclient.NewForConfig(kubeconfig)
	if err != nil {
		return nil, err
	}

	m.nfdClient = c
	return c, nil
}

// UnmarshalJSON implements the Unmarshaler interface from "encoding/json"
func (c *sourcesConfig) UnmarshalJSON(data []byte) error {
	// First do a raw parse to get the per-source data
	raw := map[string]json.RawMessage{}
	err := yaml.Unmarshal(data, &raw)
	if err != nil {
		return err
	}

	// Then parse each source-specific data structure
	// NOTE: we expect 'c' to be pre-populated with correct per-source data
	//       types. Non-pre-populated keys are ignored.
	for k, rawv := range raw {
		if v, ok := (*c)[k]; ok {
			err := yaml.Unmarshal(rawv, &v)
			if err != nil {
				return fmt.Errorf("failed to parse %q source config: %v", k, err)
			}
		}
	}

	return nil
}
