{{/* Names, labels and the wiring shared by every template. */}}

{{- define "claimtrail.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* "<release>-<chart>", or the release name alone when it already contains the chart name. */}}
{{- define "claimtrail.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "claimtrail.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The services, in the order they depend on each other, with their HTTP ports (fixed by each service). */}}
{{- define "claimtrail.services" -}}
sources: 8081
claims: 8082
timelines: 8083
{{- end }}

{{- define "claimtrail.labels" -}}
helm.sh/chart: {{ include "claimtrail.chart" . }}
app.kubernetes.io/part-of: claimtrail
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Selector labels of one component; call with (dict "root" $ "component" "sources"). */}}
{{- define "claimtrail.selectorLabels" -}}
app.kubernetes.io/name: {{ include "claimtrail.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "claimtrail.componentLabels" -}}
{{ include "claimtrail.labels" .root }}
{{ include "claimtrail.selectorLabels" . }}
{{- end }}

{{/* Resource name of one service, e.g. claimtrail-sources. */}}
{{- define "claimtrail.serviceName" -}}
{{- printf "%s-%s" (include "claimtrail.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "claimtrail.serviceAccountName" -}}
{{- $sa := (index .root.Values .component).serviceAccount }}
{{- if $sa.create }}
{{- default (include "claimtrail.serviceName" .) $sa.name }}
{{- else }}
{{- default "default" $sa.name }}
{{- end }}
{{- end }}

{{/* Base URL of a service inside the cluster, as the services that call it read it (SOURCES_URL, CLAIMS_URL). */}}
{{- define "claimtrail.serviceUrl" -}}
{{- $port := (index .root.Values .component).service.port }}
{{- printf "http://%s:%v" (include "claimtrail.serviceName" .) $port }}
{{- end }}

{{- define "claimtrail.image" -}}
{{- $image := (index .root.Values .component).image }}
{{- printf "%s:%s" $image.repository (default .root.Chart.AppVersion $image.tag) }}
{{- end }}

{{/* PostgreSQL */}}

{{- define "claimtrail.postgresql.fullname" -}}
{{- printf "%s-postgresql" (include "claimtrail.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "claimtrail.postgresql.secretName" -}}
{{- default (include "claimtrail.postgresql.fullname" .) .Values.postgresql.auth.existingSecret }}
{{- end }}

{{- define "claimtrail.database.host" -}}
{{- if .Values.postgresql.enabled }}
{{- include "claimtrail.postgresql.fullname" . }}
{{- else }}
{{- required "externalDatabase.host is required when postgresql.enabled is false" .Values.externalDatabase.host }}
{{- end }}
{{- end }}

{{- define "claimtrail.database.port" -}}
{{- if .Values.postgresql.enabled }}5432{{ else }}{{ .Values.externalDatabase.port }}{{ end }}
{{- end }}

{{/* Database name of one service; call with (dict "root" $ "component" "sources"). */}}
{{- define "claimtrail.database.name" -}}
{{- if .root.Values.postgresql.enabled }}
{{- .component }}
{{- else }}
{{- index .root.Values.externalDatabase.databases .component }}
{{- end }}
{{- end }}

{{/* The Secret holding the services' database user and password, and its keys. */}}
{{- define "claimtrail.database.secretName" -}}
{{- if .Values.postgresql.enabled }}
{{- include "claimtrail.postgresql.secretName" . }}
{{- else }}
{{- required "externalDatabase.existingSecret is required when postgresql.enabled is false" .Values.externalDatabase.existingSecret }}
{{- end }}
{{- end }}

{{- define "claimtrail.database.usernameKey" -}}
{{- if .Values.postgresql.enabled }}{{ .Values.postgresql.auth.secretKeys.usernameKey }}{{ else }}{{ .Values.externalDatabase.secretKeys.usernameKey }}{{ end }}
{{- end }}

{{- define "claimtrail.database.passwordKey" -}}
{{- if .Values.postgresql.enabled }}{{ .Values.postgresql.auth.secretKeys.passwordKey }}{{ else }}{{ .Values.externalDatabase.secretKeys.passwordKey }}{{ end }}
{{- end }}

{{/* The environment of one service, as its ConfigMap holds it; credentials come from the Secret. */}}
{{- define "claimtrail.configData" -}}
{{- $port := index (fromYaml (include "claimtrail.services" .root)) .component -}}
{{- $auth := .root.Values.auth -}}
QUARKUS_HTTP_PORT: {{ $port | quote }}
MP_JWT_VERIFY_ISSUER: {{ $auth.issuer | quote }}
MP_JWT_VERIFY_AUDIENCES: {{ $auth.audience | quote }}
MP_JWT_VERIFY_PUBLICKEY_LOCATION: {{ include "claimtrail.auth.keyLocation" .root | quote }}
DB_HOST: {{ include "claimtrail.database.host" .root | quote }}
DB_PORT: {{ include "claimtrail.database.port" .root | quote }}
DB_NAME: {{ include "claimtrail.database.name" . | quote }}
JAVA_MAX_MEM_RATIO: {{ .root.Values.jvm.maxMemRatio | quote }}
{{- if has .component (list "claims" "timelines") }}
SOURCES_URL: {{ include "claimtrail.serviceUrl" (dict "root" .root "component" "sources") | quote }}
{{- end }}
{{- if eq .component "timelines" }}
CLAIMS_URL: {{ include "claimtrail.serviceUrl" (dict "root" .root "component" "claims") | quote }}
{{- end }}
{{- range $name, $value := (index .root.Values .component).env }}
{{ $name }}: {{ $value | quote }}
{{- end }}
{{- end }}

{{/* Exactly one source of the token verification key. */}}
{{- define "claimtrail.auth.check" -}}
{{- $auth := .Values.auth -}}
{{- $set := 0 -}}
{{- range $key := list $auth.jwksUrl $auth.publicKey $auth.existingSecret }}{{ if $key }}{{ $set = add1 $set }}{{ end }}{{ end -}}
{{- if ne $set 1 -}}
{{- fail "auth: set exactly one of auth.jwksUrl, auth.publicKey or auth.existingSecret: the key that verifies the services' bearer tokens" -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the verification key, when it comes from publicKey or existingSecret. */}}
{{- define "claimtrail.auth.secretName" -}}
{{- .Values.auth.existingSecret | default (printf "%s-token-key" (include "claimtrail.fullname" .)) -}}
{{- end -}}

{{- define "claimtrail.auth.keyMountPath" -}}
/etc/claimtrail/token-key
{{- end -}}

{{/* What SmallRye JWT reads: the JWKS URL, or the key file mounted from the Secret. */}}
{{- define "claimtrail.auth.keyLocation" -}}
{{- include "claimtrail.auth.check" . -}}
{{- if .Values.auth.jwksUrl -}}
{{- .Values.auth.jwksUrl -}}
{{- else -}}
{{- printf "%s/%s" (include "claimtrail.auth.keyMountPath" .) .Values.auth.existingSecretKey -}}
{{- end -}}
{{- end -}}
