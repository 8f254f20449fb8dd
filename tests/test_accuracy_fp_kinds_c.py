"""False positives of the seven kinds of finding below 90 % precision on the labelled set (fp-kinds-c, 2026-11-30),
each rule tested with the labelled repositories' own lines, and each test failing on the code before the rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- sensitive-config/env-files ---------------------------------------------------------------------------------

ENV_FILES = "sensitive-config/env-files"

# find-moj-data .env.tpl (`op inject` fills it from 1Password): references only, some with an inline comment
FIND_MOJ_DATA_ENV_TPL = """\
# Django Development Variables
DEBUG=op://Data-Catalogue/Find-Moj-Data/${ENV}/Django-Debug
SECRET_KEY=op://Data-Catalogue/Find-Moj-Data/${ENV}/Django-Secret-Key # pragma: allowlist secret
CATALOGUE_TOKEN=op://Data-Catalogue/Find-Moj-Data/${ENV}/Catalogue-Token
AZURE_CLIENT_SECRET=op://Data-Catalogue/Find-Moj-Data/${ENV}/Azure-Client-Secret # pragma: allowlist secret
NOTIFY_API_KEY=op://Data-Catalogue/Find-Moj-Data/${ENV}/notify-api-key #pragma: allowlist secret
NOTIFY_DATA_CATALOGUE_OR_DATA_OWNER_TEMPLATE_ID=p://Data-Catalogue/Find-Moj-Data/${ENV}/notify-data-catalogue-or-data-owner-template-id
"""

# hmpps-template-typescript feature.env (`node --env-file=feature.env`, the end-to-end run against local stubs)
HMPPS_FEATURE_ENV = """\
PORT=3007
HMPPS_AUTH_URL=http://localhost:9091/auth
TOKEN_VERIFICATION_API_URL=http://localhost:9091/verification
EXAMPLE_API_URL=http://localhost:9091/example-api
TOKEN_VERIFICATION_ENABLED=true
REDIS_ENABLED=false
NODE_ENV=development
AUTH_CODE_CLIENT_ID=clientid
AUTH_CODE_CLIENT_SECRET=clientsecret
CLIENT_CREDS_CLIENT_ID=clientid
CLIENT_CREDS_CLIENT_SECRET=clientsecret
ENVIRONMENT_NAME=dev
"""


def _env_file(root: Path) -> Status:
    [f] = findings(scan(root, only=(ENV_FILES,)), ENV_FILES)
    return f.status


def test_an_env_file_of_secret_manager_references_with_inline_comments_passes(tmp_path: Path) -> None:
    # reported "committed with 19 values (SECRET_KEY, ...)": the inline `# pragma` comment was read as part of the
    # value, so `op://...` was no longer a reference
    write(tmp_path, {".env.tpl": FIND_MOJ_DATA_ENV_TPL})
    assert _env_file(tmp_path) is Status.PASS


def test_a_real_value_beside_the_references_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {".env.tpl": FIND_MOJ_DATA_ENV_TPL + "SENTRY_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0 # prod\n"})
    assert _env_file(tmp_path) is Status.FAIL


def test_an_env_file_pointing_every_dependency_at_localhost_with_placeholders_passes(tmp_path: Path) -> None:
    write(tmp_path, {"feature.env": HMPPS_FEATURE_ENV})
    assert _env_file(tmp_path) is Status.PASS


def test_a_local_env_file_with_a_random_secret_or_a_remote_url_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"feature.env": HMPPS_FEATURE_ENV.replace("=clientsecret", "=Zq8vN2xK7pLm4Rt9Wb3Y", 1)})
    assert _env_file(tmp_path) is Status.FAIL
    write(tmp_path, {"feature.env": HMPPS_FEATURE_ENV.replace("localhost:9091", "sign-in.example.gov.uk")})
    assert _env_file(tmp_path) is Status.FAIL
    # no URL at all: nothing says the file is a laptop's
    write(tmp_path, {"feature.env": "AUTH_CODE_CLIENT_SECRET=clientsecret\n"})
    assert _env_file(tmp_path) is Status.FAIL


# --- dockerfile/no-secrets: a committed .npmrc of settings -------------------------------------------------------

NO_SECRETS = "dockerfile/no-secrets"

# hmpps-template-typescript: Dockerfile (build stage), .npmrc and .dockerignore (`.*` then `!.npmrc`)
HMPPS_DOCKERFILE = """\
FROM ghcr.io/ministryofjustice/hmpps-node:24-alpine AS build
WORKDIR /app
RUN npm install -g npm@12.0.2
COPY package*.json .npmrc ./
RUN NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false npm run setup
COPY . .
RUN npm run build
FROM ghcr.io/ministryofjustice/hmpps-node:24-alpine-runtime
COPY --from=build --chown=appuser:appgroup /app/dist ./dist
USER 2000
CMD [ "node", "dist/server.js" ]
"""
HMPPS_NPMRC = """\
# Combined with engine.npm version in package.json, this is required to ensure security improvements
ignore-scripts = false

# Use exact versions in package.json when using npm install <pkg>
save-exact = true

# Fail if trying to use an npm version outside the package.json "engines" range
engine-strict = true
min-release-age = 7
allow-git = none
"""


def _no_secrets(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(NO_SECRETS,)), NO_SECRETS)]


def test_copying_a_committed_npmrc_of_settings_passes(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": HMPPS_DOCKERFILE, ".npmrc": HMPPS_NPMRC, ".dockerignore": ".*\n!.npmrc\n"})
    assert _no_secrets(tmp_path) == [Status.PASS]


def test_copying_an_npmrc_with_a_token_or_one_ci_writes_or_an_uncommitted_one_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": HMPPS_DOCKERFILE,
                     ".npmrc": HMPPS_NPMRC + "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}\n"})
    assert Status.FAIL in _no_secrets(tmp_path)
    write(tmp_path, {".npmrc": HMPPS_NPMRC, ".github/workflows/build.yml":
                     "jobs:\n  b:\n    steps:\n      - run: echo \"//npm.pkg.github.com/:_authToken=$T\" >> .npmrc\n"})
    assert Status.FAIL in _no_secrets(tmp_path)
    (tmp_path / ".npmrc").unlink()
    (tmp_path / ".github/workflows/build.yml").unlink()
    assert Status.FAIL in _no_secrets(tmp_path)


# --- logging/no-secrets: lists of Secrets' names (keel secrets/secrets.go) ----------------------------------------

LOG_SECRETS = "logging/no-secrets"

KEEL_SECRETS_GO = """\
package secrets

import (
	log "github.com/sirupsen/logrus"
	v1 "k8s.io/api/core/v1"
)

func (g *DefaultGetter) lookupSecrets(image *types.TrackedImage) ([]string, error) {
	secrets := []string{}
	for _, pod := range podList.Items {
		podSecrets := getPodImagePullSecrets(&pod)
		log.WithFields(log.Fields{
			"namespace":    image.Namespace,
			"secrets":      podSecrets,
		}).Debug("secrets.defaultGetter.lookupSecrets: pod secrets found")
		secrets = append(secrets, podSecrets...)
	}
	return secrets, nil
}

func getPodImagePullSecrets(pod *v1.Pod) []string {
	var secrets []string
	for _, s := range pod.Spec.ImagePullSecrets {
		secrets = append(secrets, s.Name)
	}
	return secrets
}

func (g *DefaultGetter) getCredentialsFromSecret(image *types.TrackedImage) (*types.Credentials, error) {
	for _, secretRef := range image.Secrets {
		secret, err := g.kubernetesImplementer.Secret(image.Namespace, secretRef)
		secretDataBts, ok := secret.Data[dockerConfigJSONKey]
		dockerCfg, err = decodeSecret(secretDataBts)
		if err != nil {
			log.WithFields(log.Fields{
				"secret_ref":  secretRef,
				"secret_data": string(secretDataBts),
			}).Error("secrets.defaultGetter: failed to decode secret")
		}
	}
	if len(image.Secrets) > 0 {
		log.WithFields(log.Fields{
			"namespace": image.Namespace,
			"secrets":   image.Secrets,
		}).Errorf("secrets.defaultGetter.lookupSecrets: docker credentials were not found among secrets")
	}
	return nil, nil
}
"""


def test_logging_lists_of_secret_names_passes_but_secret_data_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": "module github.com/keel-hq/keel\n", "secrets/secrets.go": KEEL_SECRETS_GO})
    failed = [f.message for f in findings(scan(tmp_path, only=(LOG_SECRETS,)), LOG_SECRETS, Status.FAIL)]
    assert len(failed) == 1 and "secretDataBts" in failed[0]


def test_a_list_ranged_as_values_is_still_a_secret(tmp_path: Path) -> None:
    text = KEEL_SECRETS_GO.replace("_, secretRef := range", "_, secretValue := range")
    write(tmp_path, {"go.mod": "module github.com/keel-hq/keel\n", "secrets/secrets.go": text})
    failed = [f.message for f in findings(scan(tmp_path, only=(LOG_SECRETS,)), LOG_SECRETS, Status.FAIL)]
    assert any("image.Secrets" in m for m in failed)


# --- ingress/backend: a Dapr sidecar's Service and a backend missing on purpose (dapr-store) ----------------------

BACKEND = "ingress/backend"

DAPR_STORE_INGRESS = """\
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: daprstore-ingress-rules
spec:
  ingressClassName: dapr
  rules:
    - http:
        paths:
          # This blocks calls to the private API from outside the cluster
          # It's kinda hacky (you get a 503 rather than 403), but it works
          - path: /v1.0/invoke/users/method/private
            pathType: Prefix
            backend:
              service:
                name: sink-hole # Non-existent service, for request to die
                port:
                  number: 80
          # Only expose the Dapr invoke API, lets us call our services and nothing more
          - path: /v1.0/invoke
            pathType: Prefix
            backend:
              service:
                name: api-gateway-dapr
                port:
                  number: 80
"""
# deploy/config/ingress-values.yaml: the values of the ingress-nginx chart the README installs as the API gateway
DAPR_STORE_INGRESS_VALUES = """\
controller:
  ingressClass: "dapr"
  # This Dapr-izes the workload
  podAnnotations:
    dapr.io/enabled: "true"
    dapr.io/app-id: "api-gateway"
    dapr.io/app-port: "80"
"""


def _backends(root: Path) -> dict[str, Status]:
    return {str((f.evidence or {}).get("service")): f.status
            for f in findings(scan(root, only=(BACKEND,)), BACKEND)}


def test_a_dapr_sidecar_service_and_a_backend_commented_as_missing_on_purpose_pass(tmp_path: Path) -> None:
    write(tmp_path, {"deploy/ingress-rules.yaml": DAPR_STORE_INGRESS,
                     "deploy/config/ingress-values.yaml": DAPR_STORE_INGRESS_VALUES})
    assert _backends(tmp_path) == {"sink-hole": Status.PASS, "api-gateway-dapr": Status.PASS}


def test_a_missing_backend_without_such_a_comment_or_dapr_app_id_still_fails(tmp_path: Path) -> None:
    ingress = DAPR_STORE_INGRESS.replace(" # Non-existent service, for request to die", "").replace(
        "# This blocks calls to the private API from outside the cluster\n", "")
    write(tmp_path, {"deploy/ingress-rules.yaml": ingress,
                     "deploy/config/ingress-values.yaml": DAPR_STORE_INGRESS_VALUES.replace('"true"', '"false"')})
    assert _backends(tmp_path) == {"sink-hole": Status.FAIL, "api-gateway-dapr": Status.FAIL}


# --- env-vars/documented-unused: variables of the image a chart runs, set through its extraEnv (z2jh) ------------

UNUSED = "env-vars/documented-unused"

# zero-to-jupyterhub-k8s docs/source/jupyterhub/customizing/user-environment.md
Z2JH_USER_ENVIRONMENT = """\
# Customizing User Environment

## Set environment variables

One way to affect your user's environment is by setting environment variables. While you can set them up in your
Docker image if you build it yourself, it is often easier to configure your Helm chart through values
provided in your config.yaml.

For example, this code snippet will set the environment variable `EDITOR` to the
value `vim`:

```yaml
singleuser:
  extraEnv:
    EDITOR: "vim"
```

You can set any number of static environment variables in the config.yaml file.
"""
HUB_CONFIG_PY = 'import os\n\nnamespace = os.environ["POD_NAMESPACE"]\n'
README = "# hub\n\n## Configuration\n\n- `POD_NAMESPACE`: the namespace the hub runs in\n"


def _unused(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(UNUSED,)), UNUSED)]


def test_a_variable_set_through_a_charts_extra_env_example_is_not_claimed_stale(tmp_path: Path) -> None:
    write(tmp_path, {"docs/source/user-environment.md": Z2JH_USER_ENVIRONMENT,
                     "README.md": README, "jupyterhub/files/hub/jupyterhub_config.py": HUB_CONFIG_PY})
    assert [s for s, _ in _unused(tmp_path)] == [Status.PASS]


def test_a_variable_documented_in_the_charts_own_env_is_still_claimed_stale(tmp_path: Path) -> None:
    write(tmp_path, {"docs/source/user-environment.md": Z2JH_USER_ENVIRONMENT.replace("extraEnv:", "env:"),
                     "README.md": README, "jupyterhub/files/hub/jupyterhub_config.py": HUB_CONFIG_PY})
    assert [s for s, m in _unused(tmp_path) if "EDITOR" in m] == [Status.WARN]
