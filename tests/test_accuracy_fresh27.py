"""Rules acc-fresh27 added, each from the lines of a labelled repository (argocd-image-updater,
rm-collection-exercise-service)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

CACHE = "dockerfile/package-cache-cleaned"

# ONSdigital/rm-collection-exercise-service _infra/docker/Dockerfile (whole)
RM_DOCKERFILE = """\
FROM eclipse-temurin:21-jre-alpine

RUN apk update
COPY target/collectionexercisesvc.jar /opt/collectionexercisesvc.jar

EXPOSE 8145
ENTRYPOINT [ "sh", "-c", "java $JAVA_OPTS -jar /opt/collectionexercisesvc.jar" ]
"""

# argoproj-labs/argocd-image-updater Dockerfile's runtime RUN: the indexes are removed in the same RUN
ARGO_RUNTIME = """\
FROM alpine:3.24

RUN apk update && \\
    apk upgrade && \\
    apk add ca-certificates git openssh-client aws-cli tini gpg gpg-agent && \\
    rm -rf /var/cache/apk/*
USER 1000
"""


def test_a_lone_apk_update_leaves_the_package_indexes_in_the_image(tmp_path: Path) -> None:
    # rm-collection-exercise-service: `RUN apk update` in the only stage passed (only `apk add` was looked for),
    # though it writes APKINDEX files to /var/cache/apk that stay in the image: a false pass
    write(tmp_path, {"_infra/docker/Dockerfile": RM_DOCKERFILE})
    [found] = findings(scan(tmp_path, only=(CACHE,)), CACHE)
    assert found.status in (Status.FAIL, Status.WARN), found.status
    assert "apk add/update without --no-cache" in found.message, found.message


def test_apk_update_with_the_cache_removed_in_the_same_run_stays_clean(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": ARGO_RUNTIME})
    assert {f.status for f in findings(scan(tmp_path, only=(CACHE,)), CACHE)} == {Status.PASS}


SECRET_SCAN = "sensitive-config/secret-scan"

# argocd-image-updater config/example-config.yaml (lines 1-16): registries' credentials given as references to
# Kubernetes Secrets (`pullsecret:NAMESPACE/NAME`, `secret:NAMESPACE/NAME#KEY`), an env variable or a script
ARGO_REGISTRIES = """\
# Example configuration for argocd-image-controller
registries:
- name: Docker Hub
  api_url: https://registry-1.docker.io
  prefix: docker.io
  credentials: env:SOME_ENV_VAR
  default: true
  defaultns: library
- name: Google Container Registry
  api_url: https://gcr.io
  prefix: gcr.io
  credentials: pullsecret:foo/bar
- name: RedHat Quay
  api_url: https://quay.io
  prefix: quay.io
  credentials: secret:foo/bar#creds
"""

# argocd-image-updater config/samples/argocd-image-updater_v1alpha1_imageupdater.yaml (lines 9-16)
ARGO_SAMPLE = """\
apiVersion: argocd-image-updater.argoproj.io/v1alpha1
kind: ImageUpdater
metadata:
  name: imageupdater-sample
spec:
  commonUpdateSettings:
    updateStrategy: "semver"
    forceUpdate: true
    allowTags: "regexp:^[0-9a-f]{7}$"
    ignoreTags: [ "latest", "master" ]
    pullSecret: "secret:<namespace>/<secret_name>#<field>"
    platforms: [ "linux/arm64", "linux/amd64" ]
"""

# argocd-image-updater cmd/common.go (lines 210-214): a warning that ends a sentence on `=false.`
ARGO_WARNING = """\
package cmd

func warn() {
\t\tif registered == 0 {
\t\t\tlog.Warnf("Webhook server is enabled with --webhook-require-secret=true but no secrets " +
\t\t\t\t"are configured. No handlers will be registered and all webhook requests will be rejected. " +
\t\t\t\t"Configure at least one *-webhook-secret flag or set --webhook-require-secret=false.")
\t\t}
}
"""


def test_references_to_kubernetes_secrets_and_a_switch_ending_a_sentence_are_not_secrets(tmp_path: Path) -> None:
    # argocd-image-updater: nine "Secret Keyword" findings: `pullsecret:foo/bar` read as the key `pullsecret` with
    # the value `foo/bar`, `secret:<namespace>/<secret_name>#<field>` placeholders, and `secret=false.`
    write(tmp_path, {"config/example-config.yaml": ARGO_REGISTRIES, "config/samples/imageupdater.yaml": ARGO_SAMPLE,
                     "cmd/common.go": ARGO_WARNING})
    result = scan(tmp_path, only=(SECRET_SCAN,))
    assert not findings(result, SECRET_SCAN, Status.FAIL), [f.message for f in findings(result, SECRET_SCAN)]


def test_a_password_after_secret_colon_that_is_no_secret_s_name_is_still_a_secret(tmp_path: Path) -> None:
    # the same lines with a value no Kubernetes object can be named (capitals), and a word that does not end the text
    write(tmp_path, {"config/example-config.yaml": ARGO_REGISTRIES.replace("secret:foo/bar#creds",
                                                                           "secret:foo/Xk29vLmqPz7Q"),
                     "cmd/common.go": ARGO_WARNING.replace("=false.", "=falseXk29vLmq.")})
    messages = [f.message for f in findings(scan(tmp_path, only=(SECRET_SCAN,)), SECRET_SCAN, Status.FAIL)]
    assert any("example-config.yaml:16" in m for m in messages), messages
    assert any("common.go:7" in m for m in messages), messages


LITERAL_ENV = "secrets-management/literal-env"

# argocd-image-updater config/install.yaml's Deployment (shortened): the webhook switch from the ConfigMap, a secret
# from the Secret
ARGO_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: argocd-image-updater-controller
spec:
  selector:
    matchLabels:
      control-plane: argocd-image-updater-controller
  template:
    metadata:
      labels:
        control-plane: argocd-image-updater-controller
    spec:
      containers:
      - args:
        - run
        image: quay.io/argoprojlabs/argocd-image-updater:latest
        name: argocd-image-updater-controller
        env:
        - name: WEBHOOK_REQUIRE_SECRET
          valueFrom:
            configMapKeyRef:
              key: webhook.require-secret
              name: argocd-image-updater-config
              optional: true
        - name: QUAY_WEBHOOK_SECRET
          valueFrom:
            secretKeyRef:
              key: webhook.quay-secret
              name: argocd-image-updater-secret
              optional: true
"""


def test_a_switch_about_a_secret_may_come_from_a_configmap(tmp_path: Path) -> None:
    # argocd-image-updater: "WEBHOOK_REQUIRE_SECRET comes from a ConfigMap, which is not for secrets": a boolean
    write(tmp_path, {"config/install.yaml": ARGO_DEPLOYMENT})
    result = scan(tmp_path, only=(LITERAL_ENV,))
    assert not findings(result, LITERAL_ENV, Status.FAIL), [f.message for f in findings(result, LITERAL_ENV)]
    # the secret itself from a ConfigMap is still reported
    write(tmp_path, {"config/install.yaml": ARGO_DEPLOYMENT.replace("secretKeyRef", "configMapKeyRef")})
    [failed] = findings(scan(tmp_path, only=(LITERAL_ENV,)), LITERAL_ENV, Status.FAIL)
    assert "QUAY_WEBHOOK_SECRET comes from a ConfigMap" in failed.message, failed.message


BACKEND = "ingress/backend"

# argocd-image-updater config/networking/ (whole): a routing bundle of its own for the webhook, applied beside the
# install bundle (config/install.yaml, the Deployment above)
ARGO_NETWORKING = {
    "config/networking/kustomization.yaml": """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

resources:
- argocd-image-updater-ingress.yaml
- argocd-image-updater-service.yaml
""",
    "config/networking/argocd-image-updater-ingress.yaml": """\
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: argocd-image-updater-ingress
spec:
  rules:
  - host: cluster.host
    http:
      paths:
      - path: /webhook
        pathType: Prefix
        backend:
          service:
            name: argocd-image-updater-service
            port:
              number: 8080
""",
    "config/networking/argocd-image-updater-service.yaml": """\
apiVersion: v1
kind: Service
metadata:
  name: argocd-image-updater-service
spec:
  selector:
    control-plane: argocd-image-updater-controller
  type: NodePort
  ports:
  - name: server-port
    protocol: TCP
    port: 8080
    targetPort: 8082
""",
}


def test_the_service_of_a_routing_bundle_selects_the_pods_of_the_install_beside_it(tmp_path: Path) -> None:
    # argocd-image-updater: "Service argocd-image-updater-service selects no pods of any workload", while the
    # Deployment of config/install.yaml carries control-plane: argocd-image-updater-controller
    write(tmp_path, {"config/install.yaml": ARGO_DEPLOYMENT, **ARGO_NETWORKING})
    result = scan(tmp_path, only=(BACKEND,))
    assert {f.status for f in findings(result, BACKEND)} == {Status.PASS}, [f.message for f in result.findings]
    # a bundle that runs workloads of its own is judged on its own
    other = ARGO_DEPLOYMENT.replace("argocd-image-updater-controller", "other")
    own = write(tmp_path / "own", {"config/install.yaml": ARGO_DEPLOYMENT, **ARGO_NETWORKING,
                                   "config/networking/other.yaml": other, "config/networking/kustomization.yaml":
                                   ARGO_NETWORKING["config/networking/kustomization.yaml"] + "- other.yaml\n"})
    [failed] = findings(scan(own, only=(BACKEND,)), BACKEND, Status.FAIL)
    assert "selects no pods of any workload" in failed.message, failed.message


NAMESPACE = "cluster/namespace"

# argocd-image-updater docs/install/installation.md (lines 48-58, 73-75): the documented install applies the
# repository's config/install.yaml (objects without a namespace) by its raw GitHub address, with -n
ARGO_INSTALL_DOC = """\
If Argo CD is running in the `argocd` namespace, use the following command:

```shell
kubectl apply -n argocd -f https://raw.githubusercontent.com/argoproj-labs/argocd-image-updater/stable/config/install.yaml
```

    ```shell
    kubectl create namespace <updater_namespace>
    kubectl apply -n <updater_namespace> -f https://raw.githubusercontent.com/argoproj-labs/argocd-image-updater/stable/config/install.yaml
    ```
"""


def test_a_documented_install_of_the_repository_s_own_file_by_url_with_n_declares_its_namespace(
        tmp_path: Path) -> None:
    # argocd-image-updater: fourteen "declares no namespace" on config/install.yaml, which every documented install
    # applies with -n
    write(tmp_path, {"config/install.yaml": ARGO_DEPLOYMENT, "docs/install/installation.md": ARGO_INSTALL_DOC})
    result = scan(tmp_path, only=(NAMESPACE,))
    assert not findings(result, NAMESPACE, Status.FAIL), [f.message for f in findings(result, NAMESPACE)]
    [passed] = findings(result, NAMESPACE, Status.PASS)
    assert "docs/install/installation.md:4 (-n argocd)" in passed.message, passed.message
    # one documented apply without -n, or the address of a file the repository does not hold: still undeclared
    for doc in (ARGO_INSTALL_DOC + "kubectl apply -f https://raw.githubusercontent.com/o/r/v1/config/install.yaml\n",
                ARGO_INSTALL_DOC.replace("/stable/config/install.yaml", "/stable/manifests/install.yaml")):
        other = write(tmp_path / str(len(doc)), {"config/install.yaml": ARGO_DEPLOYMENT,
                                                 "docs/install/installation.md": doc})
        [failed] = findings(scan(other, only=(NAMESPACE,)), NAMESPACE, Status.FAIL)
        assert "declares no namespace" in failed.message, failed.message
