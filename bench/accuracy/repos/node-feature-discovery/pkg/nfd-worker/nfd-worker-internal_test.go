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
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	. "github.com/smartystreets/goconvey/convey"
	"github.com/vektra/errors"
	fakeclient "k8s.io/client-go/kubernetes/fake"
	"k8s.io/klog/v2"
	"k8s.io/utils/ptr"

	nfdv1alpha1 "sigs.k8s.io/node-feature-discovery/api/nfd/v1alpha1"
	"sigs.k8s.io/node-feature-discovery/pkg/utils"
	"sigs.k8s.io/node-feature-discovery/source"
	"sigs.k8s.io/node-feature-discovery/source/cpu"
	"sigs.k8s.io/node-feature-discovery/source/kernel"
	"sigs.k8s.io/node-feature-discovery/source/pci"
)

const fakeLabelSourceName string = "testSource"

func TestDeprecatedNoOwnerRefsWarning(t *testing.T) {
	state := klog.CaptureState()
	defer state.Restore()
	klog.LogToStderr(false)

	testCases := []struct {
		name      string
		args      *Args
		overrides string
	}{
		{name: "configuration option", args: &Args{}, overrides: `{"core":{"noOwnerRefs":true}}`},
		{name: "command-line flag", args: &Args{Overrides: ConfigOverrideArgs{NoOwnerRefs: ptr.To(true)}}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			var output bytes.Buffer
			klog.SetOutput(&output)

			w, err := NewNfdWorker(
				WithArgs(tc.args),
				WithKubernetesClient(fakeclient.NewClientset()),
			)
			if err != nil {
				t.Fatalf("NewNfdWorker() returned error: %v", err)
			}
			worker := w.(*nfdWorker)
			if err := worker.configure(context.Background(), "", tc.overrides); err != nil {
				t.Fatalf("configure() returned error: %v", err)
			}
			klog.Flush()

			if !strings.Contains(output.String(), "deprecated 'core.noOwnerRefs'") {
				t.Fatalf("deprecation warning was not logged; output: %s", output.String())
			}
		})
	}
}

func TestGetLabelsWithMockSources(t *testing.T) {
	Convey("When I discover features from fake source and update the node using fake client", t, func() {
		mockLabelSource := new(source.MockLabelSource)
		allFeatureNames := []string{"testfeature1", "testfeature2", "test.ns/test", "test.ns/foo", "/no-ns-label", "invalid/test/feature"}
		whiteListFeatureNames := []string{"testfeature1", "testfeature2", "test.ns/test"}

		fakeFeatures, _ := makeFakeFeatures(allFeatureNames)
		_, fakeFeatureLabels := makeFakeFeatures(whiteListFeatureNames)

		fakeLabelSource := source.LabelSource(mockLabelSource)

		labelWhiteList := utils.RegexpVal{Regexp: *regexp.MustCompile("^test")}

		Convey("When I successfully get the labels from the mock source", func() {
			mockLabelSource.On("Name").Return(fakeLabelSourceName)
			mockLabelSource.On("GetLabels").Return(fakeFeatures, nil)

			returnedLabels, err := GetFeatureLabels(fakeLabelSource, labelWhiteList.Regexp)
			Convey("Proper label is returned", func() {
				So(returnedLabels, ShouldResemble, fakeFeatureLabels)
			})
			Convey("Error is nil", func() {
				So(err, ShouldBeNil)
			})
		})

		Convey("When I fail to get the labels from the mock source", func() {
			expectedError := errors.New("fake error")
			mockLabelSource.On("GetLabels").Return(nil, expectedError)

			returnedLabels, err := GetFeatureLabels(fakeLabelSource, labelWhiteList.Regexp)
			Convey("No label is returned", func() {
				So(returnedLabels, ShouldBeNil)
			})
			Convey("Error is produced", func() {
				So(err, ShouldEqual, expectedError)
			})
		})
	})
}

func makeFakeFeatures(names []string) (source.FeatureLabels, Labels) {
	features := source.FeatureLabels{}
	labels := Labels{}
	for _, f := range names {
		features[f] = true
		labelName := nfdv1alpha1.FeatureLabelNs + "/" + fakeLabelSourceName + "-" + f
		if strings.IndexByte(f, '/') >= 0 {
			labelName = f
		}
		labels[labelName] = "true"
	}

	return features, labels
}

func TestConfigParse(t *testing.T) {
	Convey("When parsing configuration", t, func() {
		k8sCli := fakeclient.NewClientset()
		w, err := NewNfdWorker(WithArgs(&Args{}),
			WithKubernetesClient(k8sCli))
		So(err, ShouldBeNil)
		worker := w.(*nfdWorker)
		overrides := `{"core": {"labelSources": ["fake"],"noPublish": true,"ownerRefs": []},"sources": {"cpu": {"cpuid": {"attributeBlacklist": ["foo","bar"]}}}}`

		Convey("and no core cmdline flags have been specified", func() {
			So(worker.configure(context.Background(), "non-existing-file", overrides), ShouldBeNil)

			Convey("core overrides should be in effect", func() {
				So(worker.config.Core.LabelSources, ShouldResemble, []string{"fake"})
				So(worker.config.Core.FeatureSources, ShouldResemble, []string{"all"})
				So(worker.config.Core.NoPublish, ShouldBeTrue)
				So(worker.config.Core.OwnerRefs, ShouldNotBeNil)
				So(*worker.config.Core.OwnerRefs, ShouldBeEmpty)
			})
		})
		Convey("and a non-accessible file, but core cmdline flags and some overrides are specified", func() {
			worker.args = Args{Overrides: ConfigOverrideArgs{
				LabelSources:   &utils.StringSliceVal{"cpu", "kernel", "pci"},
				FeatureSources: &utils.StringSliceVal{"cpu"}}}
			So(worker.configure(context.Background(), "non-existing-file", overrides), ShouldBeNil)

			Convey("core cmdline flags should be in effect instead overrides", func() {
				So(worker.config.Core.LabelSources, ShouldResemble, []string{"cpu", "kernel", "pci"})
				So(worker.config.Core.FeatureSources, ShouldResemble, []string{"cpu"})
			})
			Convey("overrides should take effect", func() {
				So(worker.config.Core.NoPublish, ShouldBeTrue)

				c := source.GetConfigurableSource("cpu").GetConfig().(*cpu.Config)
				So(c.Cpuid.AttributeBlacklist, ShouldResemble, []string{"foo", "bar"})
			})
		})
		// Create a temporary config file
		f, err := os.CreateTemp("", "nfd-test-")
		defer func() {
			if err := os.Remove(f.Name()); err != nil {
				t.Errorf("failed to remove temp file %s: %v", f.Name(), err)
			}
		}()
		So(err, ShouldBeNil)
		_, err = f.WriteString(`
core:
  noPublish: false
  featureSources: ["memory", "storage"]
  sources: ["system"]
  labelWhiteList: "foo"
  sleepInterval: "10s"
sources:
  kernel:
    configOpts:
      - "DMI"
  pci:
    deviceClassWhitelist:
      - "ff"`)
		So(err, ShouldBeNil)
		err = f.Close()
		So(err, ShouldBeNil)

		Convey("and a proper config file is specified", func() {
			worker.args = Args{Overrides: ConfigOverrideArgs{LabelSources: &utils.StringSliceVal{"cpu", "kernel", "pci"}}}
			So(worker.configure(context.Background(), f.Name(), ""), ShouldBeNil)

			Convey("specified configuration should take effect", func() {
				// Verify core config
				So(worker.config.Core.NoPublish, ShouldBeFalse)
				So(worker.config.Core.FeatureSources, ShouldResemble, []string{"memory", "storage"})
				So(worker.config.Core.LabelSources, ShouldResemble, []string{"cpu", "kernel", "pci"}) // from cmdline
				So(worker.config.Core.LabelWhiteList.String(), ShouldEqual, "foo")
				So(worker.config.Core.SleepInterval.Duration, ShouldEqual, 10*time.Second)

				// Verify feature source config
				So(err, ShouldBeNil)
				c := source.GetConfigurableSource("kernel").GetConfig()
				So(c.(*kernel.Config).ConfigOpts, ShouldResemble, []string{"DMI"})
				c = source.GetConfigurableSource("pci").GetConfig()
				So(c.(*pci.Config).DeviceClassWhitelist, ShouldResemble, []string{"ff"})
			})
		})

		Convey("and a proper config file and overrides are given", func() {
			worker.args = Args{Overrides: ConfigOverrideArgs{FeatureSources: &utils.StringSliceVal{"cpu"}}}
			overrides := `{"core": {"labelSources": ["fake"],"noPublish": true},"sources": {"pci": {"deviceClassWhitelist": ["03"]}}}`
			So(worker.configure(context.Background(), f.Name(), overrides), ShouldBeNil)

			Convey("overrides should take precedence over the config file", func() {
				// Verify core config
				So(worker.config.Core.NoPublish, ShouldBeTrue)
				So(worker.config.Core.FeatureSources, ShouldResemble, []string{"cpu"}) // from cmdline
				So(worker.config.Core.LabelSources, ShouldResemble, []string{"fake"})  // from overrides
				So(worker.config.Core.LabelWhiteList.String(), ShouldEqual, "foo")

				// Verify feature source config
				So(err, ShouldBeNil)
				c := source.GetConfigurableSource("kernel").GetConfig()
				So(c.(*kernel.Config).ConfigOpts, ShouldResemble, []string{"DMI"})
				c = source.GetConfigurableSource("pci").GetConfig()
				So(c.(*pci.Config).DeviceClassWhitelist, ShouldResemble, []string{"03"})
			})
		})
	})
}

func TestNewNfdWorker(t *testing.T) {
	Convey("When creating new NfdWorker instance", t, func() {

		emptyRegexp := utils.RegexpVal{Regexp: *regexp.MustCompile("")}

		Convey("without any args specified", func() {
			args := &Args{}
			k8sCli := fakeclient.NewClientset()
			w, err := NewNfdWorker(WithArgs(args),
				WithKubernetesClient(k8sCli))
			Convey("no error should be returned", func() {
				So(err, ShouldBeNil)
			})
			worker := w.(*nfdWorker)
			So(worker.configure(context.Background(), "", ""), ShouldBeNil)
			Convey("all sources should be enabled and the whitelist regexp should be empty", func() {
				So(len(worker.featureSources), ShouldEqual, len(source.GetAllFeatureSources())-1)
				So(len(worker.labelSources), ShouldEqual, len(source.GetAllLabelSources())-1)
				So(worker.config.Core.LabelWhiteList, ShouldResemble, emptyRegexp)
			})
		})

		Convey("with non-empty Sources arg specified", func() {
			args := &Args{Overrides: ConfigOverrideArgs{
				LabelSources:   &utils.StringSliceVal{"fake"},
				FeatureSources: &utils.StringSliceVal{"cpu"}}}
			k8sCli := fakeclient.NewClientset()
			w, err := NewNfdWorker(WithArgs(args),
				WithKubernetesClient(k8sCli))
			Convey("no error should be returned", func() {
				So(err, ShouldBeNil)
			})
			worker := w.(*nfdWorker)
			So(worker.configure(context.Background(), "", ""), ShouldBeNil)
			Convey("proper sources should be enabled", func() {
				So(len(worker.featureSources), ShouldEqual, 1)
				So(worker.featureSources[0].Name(), ShouldEqual, "cpu")
				So(len(worker.labelSources), ShouldEqual, 1)
				So(worker.labelSources[0].Name(), ShouldEqual, "fake")
				So(worker.config.Core.LabelWhiteList, ShouldResemble, emptyRegexp)
			})
		})
	})
}

func TestCreateFeatureLabels(t *testing.T) {
	Convey("When creating feature labels from the configured sources", t, func() {
		cs := source.GetConfigurableSource("fake")
		cs.SetConfig(cs.NewConfig())
		sources := []source.LabelSource{source.GetLabelSource("fake")}

		Convey("When fake feature source is configured", func() {
			emptyLabelWL := regexp.MustCompile("")
			labels := createFeatureLabels(sources, *emptyLabelWL)

			Convey("Proper fake labels are returned", func() {
				So(len(labels), ShouldEqual, 3)
				So(labels, ShouldContainKey, nfdv1alpha1.FeatureLabelNs+"/"+"fake-fakefeature1")
				So(labels, ShouldContainKey, nfdv1alpha1.FeatureLabelNs+"/"+"fake-fakefeature2")
				So(labels, ShouldContainKey, nfdv1alpha1.FeatureLabelNs+"/"+"fake-fakefeature3")
			})
		})
		Convey("When fake feature source is configured with a whitelist that doesn't match", func() {
			labels := createFeatureLabels(sources, *regexp.MustCompile(".*rdt.*"))

			Convey("fake labels are not returned", func() {
				So(len(labels), ShouldEqual, 0)
				So(labels, ShouldNotContainKey, "fake-fakefeature1")
				So(labels, ShouldNotContainKey, "fake-fakefeature2")
				So(labels, ShouldNotContainKey, "fake-fakefeature3")
			})
		})
	})
}

func TestRemoveNoPublishFeatures(t *testing.T) {
	Convey("When stripping features that should not be published", t, func() {
		newFeatures := func() *nfdv1alpha1.Features {
			f := nfdv1alpha1.NewFeatures()
			f.Flags["cpu.cpuid"] = nfdv1alpha1.NewFlagFeatures("AVX", "SSE")
			f.Attributes["cpu.model"] = nfdv1alpha1.NewAttributeFeatures(map[string]string{"family": "23"})
			f.Attributes["system.osrelease"] = nfdv1alpha1.NewAttributeFeatures(map[string]string{"ID": "rocky"})
			f.Instances["pci.device"] = nfdv1alpha1.NewInstanceFeatures(
				nfdv1alpha1.InstanceFeature{Attributes: map[string]string{"vendor": "10de"}})
			return f
		}

		Convey("a nil/empty pattern list leaves the features untouched", func() {
			f := newFeatures()
			So(removeNoPublishFeatures(f, nil), ShouldBeEmpty)
			So(len(f.Flags), ShouldEqual, 1)
			So(len(f.Attributes), ShouldEqual, 2)
			So(len(f.Instances), ShouldEqual, 1)
		})

		Convey("an exact key match removes only that feature", func() {
			f := newFeatures()
			So(removeNoPublishFeatures(f, []string{"pci.device"}), ShouldBeEmpty)
			So(f.Instances, ShouldNotContainKey, "pci.device")
			So(len(f.Flags), ShouldEqual, 1)
			So(len(f.Attributes), ShouldEqual, 2)
		})

		Convey("a '*' suffix removes all features of a source by prefix", func() {
			f := newFeatures()
			So(removeNoPublishFeatures(f, []string{"cpu.*"}), ShouldBeEmpty)
			So(len(f.Flags), ShouldEqual, 0)
			So(f.Attributes, ShouldNotContainKey, "cpu.model")
			So(f.Attributes, ShouldContainKey, "system.osrelease")
			So(len(f.Instances), ShouldEqual, 1)
		})

		Convey("multiple patterns are all applied", func() {
			f := newFeatures()
			So(removeNoPublishFeatures(f, []string{"pci.device", "cpu.cpuid"}), ShouldBeEmpty)
			So(len(f.Flags), ShouldEqual, 0)
			So(len(f.Instances), ShouldEqual, 0)
			So(len(f.Attributes), ShouldEqual, 2)
		})

		Convey("a non-matching pattern removes nothing and is reported", func() {
			f := newFeatures()
			unmatched := removeNoPublishFeatures(f, []string{"usb.device", "memory.*"})
			So(unmatched, ShouldResemble, []string{"usb.device", "memory.*"})
			So(len(f.Flags), ShouldEqual, 1)
			So(len(f.Attributes), ShouldEqual, 2)
			So(len(f.Instances), ShouldEqual, 1)
		})

		Convey("only the non-matching patterns are reported, in config order", func() {
			f := newFeatures()
			unmatched := removeNoPublishFeatures(f, []string{"pci.device", "usb.*", "cpu.cpuid"})
			So(unmatched, ShouldResemble, []string{"usb.*"})
			So(f.Instances, ShouldNotContainKey, "pci.device")
			So(f.Flags, ShouldNotContainKey, "cpu.cpuid")
		})
	})
}
