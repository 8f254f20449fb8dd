class PluginID:
    ONCALL = "grafana-oncall-app"
    IRM = "grafana-irm-app"

    INCIDENT = "grafana-incident-app"
    LABELS = "grafana-labels-app"
    ML = "grafana-ml-app"
    SLO = "grafana-slo-app"
