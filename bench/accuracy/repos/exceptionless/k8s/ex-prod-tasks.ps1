# get elasticsearch password
$ELASTIC_PASSWORD = $(kubectl get secret --namespace ex-prod "ex-prod-es-elastic-user" -o go-template='{{.data.elastic | base64decode }}')

# connect to kibana
$ELASTIC_JOB = kubectl port-forward --namespace ex-prod service/ex-prod-kb-http 5660:5601 &
Remove-Job $ELASTIC_JOB
Start-Process "http://elastic:$ELASTIC_PASSWORD@kibana-ex-prod.localtest.me:5660"

# port forward elasticsearch
$ELASTIC_JOB = kubectl port-forward --namespace ex-prod service/ex-prod-es-http 9260:9200 &
Remove-Job $ELASTIC_JOB
curl -k https://elastic:$ELASTIC_PASSWORD@localhost:9260/_cluster/health?pretty

# port forward monitoring elasticsearch
$ELASTIC_MONITOR_PASSWORD = $(kubectl get secret --namespace elastic-system "elastic-monitor-es-elastic-user" -o go-template='{{.data.elastic | base64decode }}')
$ELASTIC_JOB = kubectl port-forward --namespace elastic-system service/elastic-monitor-es-http 9280:9200 &
Remove-Job $ELASTIC_JOB

Start-Process "https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280"

curl -k https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/_cluster/health?pretty
curl -k https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/_cat/allocation?v
curl -k https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/_cluster/allocation/explain?pretty
curl -k "https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/_cat/indices/*traces*?v=true&s=index"
curl -X PUT -H "Content-Type: application/json" -g -k -d '{ "index": { "number_of_replicas": 0, "number_of_shards": 1 } }' https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/*/_settings
curl -X PUT -H "Content-Type: application/json" -g -k -d '{ "transient": { "action.destructive_requires_name": false } }' https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/_cluster/settings
curl -X PUT -H "Content-Type: application/json" -g -k -d '{ "index_patterns": ["*"], "order": 0, "settings": { "number_of_replicas": 0, "number_of_shards": 1 } }' https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/_template/replicas
curl -k -X DELETE "https://elastic:$ELASTIC_MONITOR_PASSWORD@localhost:9280/.ds-metrics-elastic_agent.filebeat_input-default-2024.12.03-000001"

# connect to redis OR use k9s to shell into a redis pod
$REDIS_PASSWORD = $(kubectl get secret --namespace ex-prod ex-prod-kb-redis-account-default -o jsonpath='{.data.password}' | ForEach-Object { [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($_)) })
kubectl exec -it ex-prod-kb-redis-0 -n ex-prod -c redis -- redis-cli -a $REDIS_PASSWORD

# open kubernetes dashboard
$DASHBOARD_PASSWORD = $(kubectl get secret --namespace kubernetes-dashboard admin-user-token-w8jg7 -o go-template='{{.data.token | base64decode }}')
kubectl proxy
Start-Process "http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/"

# open kubecost
kubectl port-forward --namespace kubecost deployment/kubecost-cost-analyzer 9090

# open goldilocks
kubectl -n goldilocks port-forward svc/goldilocks-dashboard 8080:80

# run a shell inside kubernetes cluster
kubectl run -it --rm aks-ssh --image=ubuntu
# ssh to k8s node https://docs.microsoft.com/en-us/azure/aks/ssh

# view ES operator logs
kubectl -n elastic-system logs -f statefulset.apps/elastic-operator

# get elasticsearch and its pods
kubectl get es && kubectl get pods --namespace ex-prod -l common.k8s.elastic.co/type=elasticsearch

# manually run a job
kubectl run --namespace ex-prod ex-prod-client --rm --tty -i --restart='Never' `
    --env ELASTIC_PASSWORD=$ELASTIC_PASSWORD `
    --image exceptionless/api-ci:$API_TAG -- bash

# upgrade cert-manager
# https://github.com/jetstack/cert-manager/releases
helm repo update
helm upgrade cert-manager jetstack/cert-manager --namespace cert-manager --reset-values --set ingressShim.defaultIssuerName=letsencrypt-prod --set ingressShim.defaultIssuerKind=ClusterIssuer --set crds.enabled=true --dry-run

# upgrade kube-state-metrics
helm upgrade --namespace elastic-system kube-state-metrics prometheus-community/kube-state-metrics --reset-values

# upgrade dashboard
# https://github.com/kubernetes/dashboard/releases
kubectl apply -f https://raw.githubusercontent.com/kubernetes/dashboard/v2.7.0/aio/deploy/recommended.yaml

# upgrade kubecost
helm repo update
helm upgrade kubecost kubecost/cost-analyzer --namespace kubecost --reset-values --set kubecostToken="ZXJpY0Bjb2Rlc21pdGh0b29scy5jb20=xm343yadf98" --dry-run

# upgrade goldilocks
helm repo update
helm upgrade goldilocks fairwinds-stable/goldilocks --namespace goldilocks --reset-values --dry-run
helm upgrade vpa fairwinds-stable/vpa --namespace vpa -f vpa-values.yaml --reset-values --dry-run

# upgrade signoz
helm repo update
helm upgrade --reset-values signoz-collector signoz/k8s-infra --version 0.16.0 -f signoz.yaml --set "signozApiKey=$SIGNOZ_KEY" --dry-run

# upgrade elasticsearch metrics exporter
helm upgrade --reset-values es-exporter prometheus-community/prometheus-elasticsearch-exporter `
  --namespace ex-prod `
  --set "es.uri=http://elastic:$ELASTIC_PASSWORD@ex-prod-es-http:9200" `
  --set serviceMonitor.enabled=false --dry-run

# upgrade KubeBlocks operator
# https://kubeblocks.io/docs/release-0.9/user_docs/installation/install-kubeblocks
helm repo update kubeblocks
helm upgrade kubeblocks kubeblocks/kubeblocks --namespace kb-system --dry-run
helm upgrade kb-addon-redis kubeblocks/kb-addon-redis --namespace kb-system --dry-run

# upgrade elasticsearch operator
# https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-quickstart.html
# https://github.com/elastic/cloud-on-k8s/releases
kubectl replace -f https://download.elastic.co/downloads/eck/3.3.2/crds.yaml
kubectl create -f https://download.elastic.co/downloads/eck/3.3.2/crds.yaml
kubectl apply -f https://download.elastic.co/downloads/eck/3.3.2/operator.yaml

# upgrade redis (KubeBlocks)
kubectl apply -f ex-prod-redis.yaml -n ex-prod

# upgrade elasticsearch
kubectl apply --namespace ex-prod -f ex-prod-elasticsearch.yaml

# upgrade elastic monitor
# First time setup: create static password secret (survives delete/recreate)
#   kubectl create secret generic elastic-monitor-password -n elastic-system --from-literal=password=$(openssl rand -base64 18)
kubectl apply --namespace elastic-system -f elastic-monitor.yaml
# After apply, trigger ILM config immediately (otherwise waits until 3:30am):
#   kubectl create job --from=cronjob/elastic-monitor-configure-ilm elastic-monitor-configure-ilm-init -n elastic-system

# upgrade exceptionless app to a new docker image tag
$VERSION = "8.0.0"
helm upgrade --set "version=$VERSION" --reuse-values ex-prod --namespace ex-prod .\exceptionless
helm upgrade --reuse-values ex-prod --namespace ex-prod .\exceptionless
# see what an upgrade will do
helm diff upgrade --reuse-values ex-prod --namespace ex-prod .\exceptionless

# upgrade exceptionless app to set a new env variable
helm upgrade `
    --set "elasticsearch.connectionString=$ELASTIC_CONNECTIONSTRING" `
    --set "email.connectionString=$EMAIL_CONNECTIONSTRING" `
    --set "queue.connectionString=$QUEUE_CONNECTIONSTRING" `
    --set "redis.connectionString=$REDIS_CONNECTIONSTRING" `
    --set "storage.connectionString=$STORAGE_CONNECTIONSTRING" `
    --set "config.EX_ApplicationInsightsKey=$EX_ApplicationInsightsKey" `
    --set "config.EX_ConnectionStrings__OAuth=$EX_ConnectionStrings__OAuth" `
    --set "config.EX_ExceptionlessApiKey=$EX_ExceptionlessApiKey" `
    --set "config.EX_GoogleGeocodingApiKey=$EX_GoogleGeocodingApiKey" `
    --set "config.EX_GoogleTagManagerId=$EX_GoogleTagManagerId" `
    --set "config.EX_StripeApiKey=$EX_StripeApiKey" `
    --set "config.EX_StripePublishableApiKey=$EX_StripePublishableApiKey" `
    --set "config.EX_MaxMindGeoIpKey=$EX_MaxMindGeoIpKey" `
    --set "config.EX_StripeWebHookSigningSecret=$EX_StripeWebHookSigningSecret" `
    --reuse-values ex-prod --namespace ex-prod .\exceptionless

# NOTE any commas in helm values need to be escaped with a backslash ie server,password=pass need to be server\,password=pass
helm upgrade --set "redis.connectionString=$REDIS_CONNECTIONSTRING" --reuse-values ex-prod --namespace ex-prod .\exceptionless

# stop the entire app

kubectl scale deployment/ex-prod-app --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-api --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-close-inactive-sessions --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-daily-summary --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-notifications --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-usage --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-posts --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-user-descriptions --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-mail-message --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-stack-event-count --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-web-hooks --replicas=0 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-work-item --replicas=0 --namespace ex-prod

kubectl patch cronjob/ex-prod-jobs-cleanup-data -p '{"spec":{"suspend": true}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-cleanup-orphaned-data -p '{"spec":{"suspend": true}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-download-geoip-database -p '{"spec":{"suspend": true}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-maintain-indexes -p '{"spec":{"suspend": true}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-migration -p '{"spec":{"suspend": true}}' --namespace ex-prod

# resume the app

kubectl scale deployment/ex-prod-app --replicas=5 --namespace ex-prod
kubectl scale deployment/ex-prod-api --replicas=5 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-close-inactive-sessions --replicas=1 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-daily-summary --replicas=1 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-notifications --replicas=2 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-usage --replicas=1 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-posts --replicas=6 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-event-user-descriptions --replicas=2 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-mail-message --replicas=2 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-stack-event-count --replicas=1 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-web-hooks --replicas=4 --namespace ex-prod
kubectl scale deployment/ex-prod-jobs-work-item --replicas=5 --namespace ex-prod

kubectl patch cronjob/ex-prod-jobs-cleanup-data -p '{"spec":{"suspend": false}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-cleanup-orphaned-data -p '{"spec":{"suspend": false}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-download-geoip-database -p '{"spec":{"suspend": false}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-maintain-indexes -p '{"spec":{"suspend": false}}' --namespace ex-prod
kubectl patch cronjob/ex-prod-jobs-migration -p '{"spec":{"suspend": false}}' --namespace ex-prod

# get memory dump for running pod (https://pgroene.wordpress.com/2021/02/17/memory-dump-net-core-linux-container-aks/)

kubectl get pods

kubectl exec -it ex-prod-jobs-event-posts-6f69556577-fc52v --namespace ex-prod -- /bin/bash

apt update
apt install wget
wget -O sdk_install.sh https://dot.net/v1/dotnet-install.sh
chmod 777 sdk_install.sh
./sdk_install.sh -c 6.0
cd /root/.dotnet
./dotnet tool install --global dotnet-gcdump
./dotnet tool install --global dotnet-stack
cd tools
./dotnet-gcdump ps
./dotnet-gcdump collect -p 1
./dotnet-stack ps
./dotnet-stack report -p 1
exit

kubectl cp ex-prod-jobs-event-posts-6f69556577-fc52v:/root/.dotnet/tools/20220908_191124_1.gcdump ./20220908_191124_1.gcdump --retries=50
