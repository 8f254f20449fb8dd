package registry

import (
	"context"
	"crypto/x509"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/argoproj-labs/argocd-image-updater/registry-scanner/pkg/log"

	"gopkg.in/yaml.v2"
)

// RegistryConfiguration represents a single repository configuration for being
// unmarshaled from YAML.
type RegistryConfiguration struct {
	Name        string        `yaml:"name"`
	ApiURL      string        `yaml:"api_url"`
	Ping        bool          `yaml:"ping,omitempty"`
	Credentials string        `yaml:"credentials,omitempty"`
	CredsExpire time.Duration `yaml:"credsexpire,omitempty"`
	TagSortMode string        `yaml:"tagsortmode,omitempty"`
	Prefix      string        `yaml:"prefix,omitempty"`
	Insecure    bool          `yaml:"insecure,omitempty"`
	CAFile      string        `yaml:"ca_file,omitempty"`
	CAData      string        `yaml:"ca_data,omitempty"`
	DefaultNS   string        `yaml:"defaultns,omitempty"`
	Limit       int           `yaml:"limit,omitempty"`
	IsDefault   bool          `yaml:"default,omitempty"`
}

// RegistryList contains multiple RegistryConfiguration items
type RegistryList struct {
	Items []RegistryConfiguration `yaml:"registries"`
}

var (
	argoCDTLSCertsPath = "/app/config/tls"
	systemCertPool     = x509.SystemCertPool
)

func newRegistryEndpointFromConfig(config RegistryConfiguration) (*RegistryEndpoint, error) {
	endpoint := NewRegistryEndpoint(config.Prefix, config.Name, config.ApiURL, config.Credentials, config.DefaultNS, config.Insecure, TagListSortFromString(config.TagSortMode), config.Limit, config.CredsExpire)
	endpoint.CAFile = config.CAFile
	endpoint.CAData = config.CAData
	if config.Insecure {
		return endpoint, nil
	}

	caFile := config.CAFile
	if caFile == "" {
		caFile = discoverArgoCDCAFile(config.ApiURL)
	}
	rootCAs, err := loadRootCAs(caFile, config.CAData)
	if err != nil {
		return nil, fmt.Errorf("could not configure CA certificates for registry %s: %w", config.Name, err)
	}
	endpoint.CAFile = caFile
	endpoint.rootCAs = rootCAs
	return endpoint, nil
}

func discoverArgoCDCAFile(apiURL string) string {
	parsedURL, err := url.Parse(apiURL)
	if err != nil || parsedURL.Hostname() == "" {
		return ""
	}
	caFile := filepath.Join(argoCDTLSCertsPath, parsedURL.Hostname())
	if _, err := os.Stat(caFile); err != nil {
		return ""
	}
	return caFile
}

func loadRootCAs(caFile, caData string) (*x509.CertPool, error) {
	if caFile == "" && caData == "" {
		return nil, nil
	}

	rootCAs, err := systemCertPool()
	if err != nil {
		log.Warnf("Could not load system certificate pool, using empty pool: %v", err)
		rootCAs = x509.NewCertPool()
	}
	if caData != "" && !rootCAs.AppendCertsFromPEM([]byte(caData)) {
		return nil, fmt.Errorf("ca_data does not contain a valid PEM certificate")
	}

	if caFile != "" {
		certificates, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("could not read CA file %s: %w", caFile, err)
		}
		if !rootCAs.AppendCertsFromPEM(certificates) {
			return nil, fmt.Errorf("CA file %s does not contain a valid PEM certificate", caFile)
		}
	}
	return rootCAs, nil
}

func clearRegistries() {
	registryLock.Lock()
	registries = make(map[string]*RegistryEndpoint)
	registryLock.Unlock()

	// Also clear transport cache when registries are cleared
	// This ensures that when registry configuration changes, we use fresh transports
	ClearTransportCache()
}

// LoadRegistryConfiguration loads a YAML-formatted registry configuration from
// a given file at path.
func LoadRegistryConfiguration(ctx context.Context, path string, clear bool) error {
	logCtx := log.LoggerFromContext(ctx)

	registryBytes, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	registryList, err := ParseRegistryConfiguration(string(registryBytes))
	if err != nil {
		return err
	}

	if clear {
		clearRegistries()
	}

	haveDefault := false

	for _, reg := range registryList.Items {
		tagSortMode := TagListSortFromString(reg.TagSortMode)
		if tagSortMode != TagListSortUnsorted {
			logCtx.Warnf("Registry %s has tag sort mode set to %s, meta data retrieval will be disabled for this registry.", reg.ApiURL, tagSortMode)
		}
		ep, err := newRegistryEndpointFromConfig(reg)
		if err != nil {
			return err
		}
		if reg.IsDefault {
			if haveDefault {
				dep := GetDefaultRegistry(ctx)
				if dep == nil {
					panic("unexpected: default registry should be set, but is not")
				}
				return fmt.Errorf("cannot set registry %s as default - only one default registry allowed, currently set to %s", ep.RegistryPrefix, dep.RegistryPrefix)
			}
		}

		if err := AddRegistryEndpoint(ctx, ep); err != nil {
			return err
		}

		if reg.IsDefault {
			SetDefaultRegistry(ctx, ep)
			haveDefault = true
		}
	}

	logCtx.Infof("Loaded %d registry configurations from %s", len(registryList.Items), path)
	return nil
}

// Parses a registry configuration from a YAML input string and returns a list
// of registries.
func ParseRegistryConfiguration(yamlSource string) (RegistryList, error) {
	var regList RegistryList
	var defaultPrefixFound = ""
	err := yaml.UnmarshalStrict([]byte(yamlSource), &regList)
	if err != nil {
		return RegistryList{}, err
	}

	// validate the parsed list
	for _, registry := range regList.Items {
		if registry.Name == "" {
			err = fmt.Errorf("registry name is missing for entry %v", registry)
		} else if registry.ApiURL == "" {
			err = fmt.Errorf("API URL must be specified for registry %s", registry.Name)
		} else if registry.Prefix == "" {
			if defaultPrefixFound != "" {
				err = fmt.Errorf("there must be only one default registry (already is %s), %s needs a prefix", defaultPrefixFound, registry.Name)
			} else {
				defaultPrefixFound = registry.Name
			}
		}

		if err == nil {
			if tls := TagListSortFromString(registry.TagSortMode); tls == TagListSortUnknown {
				err = fmt.Errorf("unknown tag sort mode for registry %s: %s", registry.Name, registry.TagSortMode)
			}
		}
	}

	if err != nil {
		return RegistryList{}, err
	}

	return regList, nil
}

// RestRestoreDefaultRegistryConfiguration restores the registry configuration
// to the default values.
func RestoreDefaultRegistryConfiguration(ctx context.Context) {
	registryLock.Lock()
	defer registryLock.Unlock()
	defaultRegistry = nil
	registries = make(map[string]*RegistryEndpoint)
	for k, v := range registryTweaks {
		registries[k] = v.DeepCopy()
		if v.IsDefault {
			SetDefaultRegistry(ctx, registries[k])
		}
	}
}
