{{- define "dcs.name" -}}{{ .Release.Name }}{{- end -}}
{{- define "dcs.selector" -}}
app.kubernetes.io/name: deploycheck-server
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
{{- define "dcs.labels" -}}
{{ include "dcs.selector" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}
