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

{{/* The image of one service: [global.imageRegistry/]repository:tag[@digest], tag defaulting to appVersion. */}}
{{- define "claimtrail.image" -}}
{{- $image := (index .root.Values .component).image }}
{{- $repository := $image.repository }}
{{- with .root.Values.global.imageRegistry }}
{{- $repository = printf "%s/%s" (trimSuffix "/" .) $repository }}
{{- end }}
{{- $reference := printf "%s:%s" $repository (include "claimtrail.imageTag" .) }}
{{- with $image.digest }}
{{- $reference = printf "%s@%s" $reference . }}
{{- end }}
{{- $reference }}
{{- end }}

{{- define "claimtrail.imageTag" -}}
{{- (index .root.Values .component).image.tag | default .root.Chart.AppVersion }}
{{- end }}

{{/* PostgreSQL */}}

{{- define "claimtrail.postgresql.fullname" -}}
{{- printf "%s-postgresql" (include "claimtrail.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "claimtrail.postgresql.secretName" -}}
{{- default (include "claimtrail.postgresql.fullname" .) .Values.postgresql.auth.existingSecret }}
{{- end }}

{{/* The CloudNativePG Cluster's name; its read-write Service is <name>-rw. */}}
{{- define "claimtrail.cnpg.name" -}}
{{- printf "%s-pg" (include "claimtrail.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{- define "claimtrail.database.host" -}}
{{- if eq .Values.postgresql.mode "bundled" }}
{{- include "claimtrail.postgresql.fullname" . }}
{{- else if eq .Values.postgresql.mode "cloudnativepg" }}
{{- printf "%s-rw" (include "claimtrail.cnpg.name" .) }}
{{- else }}
{{- required "externalDatabase.host is required when postgresql.mode is external" .Values.externalDatabase.host }}
{{- end }}
{{- end }}

{{- define "claimtrail.database.port" -}}
{{- if eq .Values.postgresql.mode "external" }}{{ .Values.externalDatabase.port }}{{ else }}5432{{ end }}
{{- end }}

{{/* Database name of one service; call with (dict "root" $ "component" "sources"). */}}
{{- define "claimtrail.database.name" -}}
{{- if eq .root.Values.postgresql.mode "external" }}
{{- index .root.Values.externalDatabase.databases .component }}
{{- else }}
{{- .component }}
{{- end }}
{{- end }}

{{/* The Secret holding the services' database user and password, and its keys. */}}
{{- define "claimtrail.database.secretName" -}}
{{- if eq .Values.postgresql.mode "bundled" }}
{{- include "claimtrail.postgresql.secretName" . }}
{{- else if eq .Values.postgresql.mode "cloudnativepg" }}
{{- .Values.postgresql.cloudnativepg.existingSecret | default (printf "%s-app" (include "claimtrail.cnpg.name" .)) }}
{{- else }}
{{- required "externalDatabase.existingSecret is required when postgresql.mode is external" .Values.externalDatabase.existingSecret }}
{{- end }}
{{- end }}

{{- define "claimtrail.database.usernameKey" -}}
{{- $mode := .Values.postgresql.mode }}
{{- if eq $mode "bundled" }}{{ .Values.postgresql.auth.secretKeys.usernameKey }}{{ else if eq $mode "cloudnativepg" }}username{{ else }}{{ .Values.externalDatabase.secretKeys.usernameKey }}{{ end }}
{{- end }}

{{- define "claimtrail.database.passwordKey" -}}
{{- $mode := .Values.postgresql.mode }}
{{- if eq $mode "bundled" }}{{ .Values.postgresql.auth.secretKeys.passwordKey }}{{ else if eq $mode "cloudnativepg" }}password{{ else }}{{ .Values.externalDatabase.secretKeys.passwordKey }}{{ end }}
{{- end }}

{{/* max_connections of the database the services use. */}}
{{- define "claimtrail.database.maxConnections" -}}
{{- if eq .Values.postgresql.mode "external" }}{{ .Values.externalDatabase.maxConnections }}{{ else }}{{ .Values.postgresql.maxConnections }}{{ end }}
{{- end }}

{{/* Seconds a service pod gets to stop: the preStop sleep, Quarkus' graceful shutdown, and 5 s to exit. */}}
{{- define "claimtrail.terminationGracePeriodSeconds" -}}
{{- add .Values.shutdown.preStopSleepSeconds .Values.shutdown.timeoutSeconds 5 }}
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
GC_CONTAINER_OPTIONS: {{ .root.Values.jvm.gc | quote }}
JAVA_OPTS_APPEND: {{ trim (printf "%s %s" .root.Values.jvm.options ((index .root.Values .component).jvmOptions | default "")) | quote }}
{{- range $name, $value := .root.Values.jvm.environment }}
{{ $name }}: {{ $value | quote }}
{{- end }}
QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE: {{ (index .root.Values .component).databasePool.reactiveMaxSize | quote }}
QUARKUS_DATASOURCE_JDBC_MAX_SIZE: {{ (index .root.Values .component).databasePool.jdbcMaxSize | quote }}
QUARKUS_SHUTDOWN_TIMEOUT: {{ printf "%vs" .root.Values.shutdown.timeoutSeconds | quote }}
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

{{/* Exactly one source of the token verification key; the refusal prints a --set line for each choice. */}}
{{- define "claimtrail.auth.check" -}}
{{- $auth := .Values.auth -}}
{{- $set := list -}}
{{- if $auth.jwksUrl }}{{ $set = append $set "auth.jwksUrl" }}{{ end -}}
{{- if $auth.publicKey }}{{ $set = append $set "auth.publicKey" }}{{ end -}}
{{- if $auth.existingSecret }}{{ $set = append $set "auth.existingSecret" }}{{ end -}}
{{- if ne (len $set) 1 -}}
{{- $why := "none is set" -}}
{{- if gt (len $set) 1 }}{{ $why = printf "found %d: %s; keep one" (len $set) (join ", " $set) }}{{ end -}}
{{- fail (printf `auth: the services need exactly one source of the key that verifies their bearer tokens, and %s. Add ONE of these to the helm install command (with auth.issuer and auth.audience matching your tokens' iss and aud):
  your OIDC provider publishes a JWKS:
    --set auth.issuer=https://sso.example.org/realms/newsroom --set auth.jwksUrl=https://sso.example.org/realms/newsroom/protocol/openid-connect/certs
  you sign tokens with a key pair of your own (PEM public key, JWK or JWKS file):
    --set-file auth.publicKey=claimtrail-verify.pem
  the key is in a Secret you manage (key publicKey.pem, or name it with auth.existingSecretKey):
    --set auth.existingSecret=claimtrail-token-key
(helm/claimtrail/README.md, "Tokens")` $why) -}}
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

{{/* The paths the Ingress and the HTTPRoute send to each service: its API, and for timelines the bundle schema. */}}
{{- define "claimtrail.routes" -}}
sources: [/sources]
claims: [/claims]
timelines: [/timelines, /schemas]
{{- end -}}
