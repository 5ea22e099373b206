{{/*
The checks that need more than values.schema.json: each refuses to render with a message naming the values
involved and what to set instead. Included once, from configmap.yaml (rendered in every install).
*/}}
{{- define "claimtrail.validate" -}}
{{- include "claimtrail.auth.check" . }}
{{- include "claimtrail.validate.postgresql" . }}
{{- include "claimtrail.validate.images" . }}
{{- include "claimtrail.validate.exposure" . }}
{{- include "claimtrail.validate.connectionBudget" . }}
{{- end }}

{{- define "claimtrail.validate.postgresql" -}}
{{- $pg := .Values.postgresql }}
{{- if hasKey $pg "enabled" }}
{{- fail (printf "postgresql.enabled was replaced by postgresql.mode: use --set postgresql.mode=%s (bundled, cloudnativepg or external) and remove postgresql.enabled" (ternary "bundled" "external" (eq (toString $pg.enabled) "true"))) }}
{{- end }}
{{- if and (eq $pg.mode "cloudnativepg") $pg.cloudnativepg.backup.enabled }}
{{- $backup := $pg.cloudnativepg.backup }}
{{- if not $backup.destinationPath }}
{{- fail "postgresql.cloudnativepg.backup.enabled needs postgresql.cloudnativepg.backup.destinationPath, e.g. --set postgresql.cloudnativepg.backup.destinationPath=s3://claimtrail-backups/production" }}
{{- end }}
{{- if and (not $backup.s3Credentials.secretName) (not $backup.s3Credentials.inheritFromIAMRole) }}
{{- fail "postgresql.cloudnativepg.backup.enabled needs credentials for the object store: --set postgresql.cloudnativepg.backup.s3Credentials.secretName=<Secret with ACCESS_KEY_ID and ACCESS_SECRET_KEY>, or --set postgresql.cloudnativepg.backup.s3Credentials.inheritFromIAMRole=true" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The images must come from a registry the nodes can reach, and a mutable -SNAPSHOT tag must not be cached. */}}
{{- define "claimtrail.validate.images" -}}
{{- range $component, $port := fromYaml (include "claimtrail.services" $) }}
{{- $ctx := dict "root" $ "component" $component }}
{{- $image := (index $.Values $component).image }}
{{- $reference := include "claimtrail.image" $ctx }}
{{- $first := first (splitList "/" $reference) }}
{{- if not (and (contains "/" $reference) (or (contains "." $first) (contains ":" $first) (eq $first "localhost"))) }}
{{- fail (printf "%s.image: %s names no registry, and no registry publishes the Claimtrail images. Build them with `make images`, push them to your registry (helm/claimtrail/README.md, \"Images\"), then --set global.imageRegistry=registry.example.org (or give %s.image.repository with its registry)" $component $reference $component) }}
{{- end }}
{{- $tag := include "claimtrail.imageTag" $ctx }}
{{- if and (contains "SNAPSHOT" (upper $tag)) (not $image.digest) (ne $image.pullPolicy "Always") }}
{{- fail (printf "%s.image.tag %s is a mutable snapshot: with pullPolicy %s each node would keep whichever build it pulled first. Use a release tag (the default is the chart's appVersion, %s), pin --set %s.image.digest=sha256:..., or --set %s.image.pullPolicy=Always" $component $tag $image.pullPolicy $.Chart.AppVersion $component $component) }}
{{- end }}
{{- end }}
{{- end }}

{{/* Every way in that the values open must be admitted by the network policies, or its traffic is dropped. */}}
{{- define "claimtrail.validate.exposure" -}}
{{- $np := .Values.networkPolicy }}
{{- if and .Values.httpRoute.enabled (empty .Values.httpRoute.parentRefs) }}
{{- fail "httpRoute.enabled needs httpRoute.parentRefs: the Gateway to attach to, e.g. --set httpRoute.parentRefs[0].name=public --set httpRoute.parentRefs[0].namespace=gateway-system" }}
{{- end }}
{{- if and .Values.metrics.serviceMonitor.enabled .Values.metrics.podMonitor.enabled }}
{{- fail "metrics.serviceMonitor.enabled and metrics.podMonitor.enabled are both true: Prometheus would scrape every pod twice. Keep one" }}
{{- end }}
{{- if $np.enabled }}
{{- range $component, $port := fromYaml (include "claimtrail.services" $) }}
{{- $type := (index $.Values $component).service.type }}
{{- if and (ne $type "ClusterIP") (empty $np.apiClients) }}
{{- fail (printf "%s.service.type is %s, but networkPolicy.enabled admits no client from outside the release, so every connection through it would be dropped. Either expose the APIs with ingress.enabled or httpRoute.enabled (the policies then admit networkPolicy.ingressControllers) and keep the Service ClusterIP, or list the clients in networkPolicy.apiClients (e.g. an ipBlock of the load balancer's source ranges)" $component $type) }}
{{- end }}
{{- end }}
{{- if and (or .Values.ingress.enabled .Values.httpRoute.enabled) (empty $np.ingressControllers) }}
{{- fail "ingress.enabled or httpRoute.enabled with networkPolicy.enabled needs networkPolicy.ingressControllers: the namespace (and pods) of the ingress controller or Gateway proxies, e.g. --set networkPolicy.ingressControllers[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name=ingress-nginx" }}
{{- end }}
{{- if and (or .Values.metrics.serviceMonitor.enabled .Values.metrics.podMonitor.enabled) (empty $np.metricsClients) }}
{{- fail "metrics.serviceMonitor or metrics.podMonitor is enabled with networkPolicy.enabled, but networkPolicy.metricsClients is empty, so Prometheus' scrapes would be dropped: add Prometheus' namespace, e.g. --set networkPolicy.metricsClients[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name=monitoring" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The connection budget: at the most pods the chart lets each service reach (HPA maxReplicas, else replicaCount, plus
the one pod a rollout surges), every pod's pools full, against the database's max_connections minus the reserve.
*/}}
{{- define "claimtrail.validate.connectionBudget" -}}
{{- $total := 0 }}
{{- $parts := list }}
{{- range $component, $port := fromYaml (include "claimtrail.services" $) }}
{{- $values := index $.Values $component }}
{{- $pods := int $values.replicaCount }}
{{- if $values.autoscaling.enabled }}{{ $pods = int $values.autoscaling.maxReplicas }}{{ end }}
{{- $pods = add1 $pods }}
{{- $perPod := add $values.databasePool.reactiveMaxSize $values.databasePool.jdbcMaxSize }}
{{- $total = add $total (mul $pods $perPod) }}
{{- $parts = append $parts (printf "%s %d pods x %d" $component $pods $perPod) }}
{{- end }}
{{- $max := int (include "claimtrail.database.maxConnections" .) }}
{{- $reserve := int .Values.connectionBudget.reservedConnections }}
{{- $allowed := sub $max $reserve }}
{{- if gt $total $allowed }}
{{- $maxKey := ternary "externalDatabase.maxConnections" "postgresql.maxConnections" (eq .Values.postgresql.mode "external") }}
{{- fail (printf "connection budget: the service pods could open %d database connections (%s; pods = autoscaling.maxReplicas or replicaCount, plus 1 surging during a rollout; per pod = databasePool.reactiveMaxSize + jdbcMaxSize), but the database allows %d (%s %d - connectionBudget.reservedConnections %d). Lower <service>.databasePool.reactiveMaxSize or autoscaling.maxReplicas, or raise %s" $total (join ", " $parts) $allowed $maxKey $max $reserve $maxKey) }}
{{- end }}
{{- end }}
