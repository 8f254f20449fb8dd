package mattermost

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/keel-hq/keel/constants"
	"github.com/keel-hq/keel/extension/notification"
	"github.com/keel-hq/keel/types"

	log "github.com/sirupsen/logrus"
)

const timeout = 5 * time.Second

type sender struct {
	endpoint string
	name     string
	client   *http.Client
}

// Config represents the configuration of a Webhook Sender.
type Config struct {
	Endpoint string
	Name     string
}

func init() {
	notification.RegisterSender("mattermost", &sender{})
}

func (s *sender) Configure(config *notification.Config) (bool, error) {
	// name in the notifications
	s.name = "keel"
	// Get configuration
	var httpConfig Config

	httpConfig.Endpoint = config.Notifications.Mattermost.Endpoint
	httpConfig.Name = config.Notifications.Mattermost.Username

	// Validate endpoint URL.
	if httpConfig.Endpoint == "" {
		return false, nil
	}

	if httpConfig.Name != "" {
		s.name = httpConfig.Name // setting default name
	}
	if _, err := url.ParseRequestURI(httpConfig.Endpoint); err != nil {
		// Never log the raw endpoint (it may carry a secret) and never the
		// parse error either, since url.ParseRequestURI echoes the input in
		// its message.
		log.WithFields(log.Fields{
			"endpoint": notification.SafeURL(httpConfig.Endpoint),
		}).Error("extension.notification.mattermost: endpoint invalid, not a valid absolute URL")
		return false, fmt.Errorf("could not parse endpoint URL: not a valid absolute URL")
	}
	s.endpoint = httpConfig.Endpoint

	// Setup HTTP client.
	s.client = &http.Client{
		Transport:     http.DefaultTransport,
		Timeout:       timeout,
		CheckRedirect: rejectRedirect,
	}

	// The endpoint URL may embed the webhook signing secret in its path or
	// query string, so only a redacted form is ever logged.
	log.WithFields(log.Fields{
		"name":     "mattermost",
		"endpoint": notification.SafeURL(s.endpoint),
	}).Info("extension.notification.mattermost: sender configured")
	if log.IsLevelEnabled(log.DebugLevel) {
		log.WithFields(log.Fields{
			"name":     "mattermost",
			"endpoint": notification.DebugURL(s.endpoint),
		}).Debug("extension.notification.mattermost: sender endpoint (secrets redacted)")
	}

	return true, nil
}

type notificationEnvelope struct {
	Username string `json:"username"`
	IconURL  string `json:"icon_url"`
	Text     string `json:"text"`
}

func (s *sender) Send(event types.EventNotification) error {
	// Marshal notification.
	jsonNotification, err := json.Marshal(notificationEnvelope{
		IconURL:  constants.KeelLogoURL,
		Username: s.name,
		Text:     fmt.Sprintf("#### %s \n %s", event.Type.String(), event.Message),
	})
	if err != nil {
		return fmt.Errorf("could not marshal: %s", err)
	}

	// Send notification via HTTP POST.
	resp, err := s.client.Post(s.endpoint, "application/json", bytes.NewBuffer(jsonNotification))
	if err != nil {
		return fmt.Errorf("could not send Mattermost notification: %w", err)
	}
	if resp == nil {
		return fmt.Errorf("could not send Mattermost notification: empty HTTP response")
	}
	defer resp.Body.Close()

	if resp.StatusCode < http.StatusOK || resp.StatusCode >= http.StatusMultipleChoices {
		return fmt.Errorf("got HTTP status %s, expected 2xx", resp.Status)
	}

	return nil
}

func rejectRedirect(_ *http.Request, _ []*http.Request) error {
	return http.ErrUseLastResponse
}
