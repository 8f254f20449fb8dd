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


# --- api-docs/spec-present: web UIs' pages, and descriptions generated from the code -----------------------------

SPEC = "api-docs/spec-present"


def _spec(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(SPEC,)), SPEC)]


# fala: Django class-based views on Django's template views, a text view, Django's static file server
FALA_URLS = """\
from django.conf import settings
from django.urls import re_path
from fala.apps.adviser.views import AdviserSearchView
from fala.common.results_view import ResultsView
from fala.common.compliance_views import RobotsTxtView, HumansTxtView
from django.views.static import serve

urlpatterns = [
    re_path(r"^$", AdviserSearchView.as_view(), name="adviser"),
    re_path(r"^search$", ResultsView.as_view(), name="results"),
    re_path(r"^robots\\.txt$", RobotsTxtView.as_view(), name="robots_txt"),
    re_path(r"^humans\\.txt$", HumansTxtView.as_view(), name="humans_txt"),
] + [re_path(r"^static/(?P<path>.*)$", serve, {"document_root": settings.STATIC_ROOT})]
"""
FALA_ADVISER_VIEWS = """\
from django.views.generic import TemplateView
from fala.common.mixin_for_views import CommonContextMixin, TranslationMixin


class AdviserSearchView(CommonContextMixin, TranslationMixin, TemplateView):
    template_name = "adviser/search.html"

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        return self.render_to_response(context)
"""
FALA_RESULTS_VIEW = """\
from django.views.generic import ListView
from fala.common.mixin_for_views import CommonContextMixin, TranslationMixin


class ResultsView(CommonContextMixin, TranslationMixin, ListView):
    def get(self, request, *args, **kwargs):
        return super().get(self, request, *args, **kwargs)
"""
FALA_COMPLIANCE_VIEWS = """\
from django.http import HttpResponse
from django.views import View


class RobotsTxtView(View):
    def get(self, request):
        content = "User-agent: *\\nDisallow: /\\n"
        return HttpResponse(content, content_type="text/plain")


class HumansTxtView(View):
    def get(self, request):
        return HttpResponse("We are people", content_type="text/plain")
"""
FALA_MIXINS = "class CommonContextMixin:\n    pass\n\n\nclass TranslationMixin:\n    pass\n"


def _fala(root: Path, results_view: str = FALA_RESULTS_VIEW) -> Path:
    return write(root, {"fala/__init__.py": "", "fala/urls.py": FALA_URLS, "fala/apps/__init__.py": "",
                        "fala/apps/adviser/__init__.py": "", "fala/apps/adviser/views.py": FALA_ADVISER_VIEWS,
                        "fala/common/__init__.py": "", "fala/common/results_view.py": results_view,
                        "fala/common/compliance_views.py": FALA_COMPLIANCE_VIEWS,
                        "fala/common/mixin_for_views.py": FALA_MIXINS,
                        "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'fala.settings')\n",
                        "fala/settings.py": "ROOT_URLCONF = 'fala.urls'\n"})


def test_django_template_views_text_views_and_static_files_are_a_web_ui(tmp_path: Path) -> None:
    [(status, message)] = _spec(_fala(tmp_path))
    assert status is Status.NA and "web UI" in message


def test_a_template_view_that_answers_json_is_still_an_api(tmp_path: Path) -> None:
    json_view = "from django.http import JsonResponse\n" + FALA_RESULTS_VIEW.replace(
        "return super().get(self, request, *args, **kwargs)", "return JsonResponse({'results': []})")
    [finding] = findings(scan(_fala(tmp_path, json_view), only=(SPEC,)), SPEC)
    assert finding.status is Status.FAIL and (finding.evidence or {}).get("routes") == ["GET /search"]


# find-moj-data home/views.py: a search page refusing invalid input, a CSV download
FIND_MOJ_DATA_URLS = """\
from django.urls import path

from . import views

app_name = "home"

urlpatterns = [
    path("search", views.search_view, name="search"),
    path("details/<str:result_type>/<str:urn>.csv", views.details_view_csv, name="details_csv"),
]
"""
FIND_MOJ_DATA_VIEWS = """\
import csv

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render


def details_view_csv(request, result_type, urn) -> HttpResponse:
    if result_type not in ("table", "database"):
        raise Http404()
    filename = urn.replace('"', "")
    response = HttpResponse(
        content_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    writer = csv.writer(response)
    writer.writerow(["name"])
    return response


def search_view(request, page: str = "1"):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors)
    return render(request, "search.html", {"form": form})
"""


def test_a_page_refusing_bad_input_and_a_csv_download_are_a_web_ui(tmp_path: Path) -> None:
    write(tmp_path, {"home/__init__.py": "", "home/urls.py": FIND_MOJ_DATA_URLS, "home/views.py": FIND_MOJ_DATA_VIEWS,
                     "core/settings.py": "ROOT_URLCONF = 'home.urls'\n"})
    [(status, _)] = _spec(tmp_path)
    assert status is Status.NA


def test_a_view_answering_json_beside_its_refusal_is_still_an_api(tmp_path: Path) -> None:
    views = FIND_MOJ_DATA_VIEWS.replace('return render(request, "search.html", {"form": form})',
                                        'return JsonResponse({"results": []})')
    write(tmp_path, {"home/__init__.py": "", "home/urls.py": FIND_MOJ_DATA_URLS, "home/views.py": views,
                     "core/settings.py": "ROOT_URLCONF = 'home.urls'\n"})
    assert [s for s, _ in _spec(tmp_path)] == [Status.FAIL]


# hmpps-template-typescript: Express pages, passport's sign-in, and the monitoring endpoints
HMPPS_AUTH_TS = """\
import passport from 'passport'
import { Router } from 'express'

export default function setupAuthentication() {
  const router = Router()

  router.get('/autherror', (_req, res) => {
    res.status(401)
    return res.render('autherror')
  })

  router.get('/sign-in', passport.authenticate('oauth2'))

  router.get('/sign-in/callback', (req, res, next) =>
    passport.authenticate('oauth2', {
      successReturnToOrRedirect: req.session.returnTo || '/',
      failureRedirect: '/autherror',
    })(req, res, next),
  )
  return router
}
"""
HMPPS_HEALTH_TS = """\
import express, { Router } from 'express'

export default function setUpHealthChecks(applicationInfo: ApplicationInfo): Router {
  const router = express.Router()
  router.get('/health', middleware.health)
  router.get('/info', middleware.info)
  router.get('/ping', middleware.ping)
  return router
}
"""
HMPPS_INDEX_TS = """\
import { Router } from 'express'

export default function routes({ auditService, exampleService }: Services): Router {
  const router = Router()

  router.get('/', async (req, res, _next) => {
    await auditService.logPageView(Page.EXAMPLE_PAGE, { who: res.locals.user.username, correlationId: req.id })

    const currentTime = await exampleService.getCurrentTime()
    return res.render('pages/index', { currentTime })
  })

  return router
}
"""


def _hmpps(root: Path, index: str = HMPPS_INDEX_TS) -> Path:
    return write(root, {"package.json": '{"dependencies": {"express": "^5.0.0"}}\n',
                        "server/middleware/setUpAuthentication.ts": HMPPS_AUTH_TS,
                        "server/middleware/setUpHealthChecks.ts": HMPPS_HEALTH_TS, "server/routes/index.ts": index})


def test_express_pages_sign_in_redirects_and_monitoring_endpoints_are_a_web_ui(tmp_path: Path) -> None:
    [(status, message)] = _spec(_hmpps(tmp_path))
    assert status is Status.NA and "web UI" in message


def test_an_express_handler_sending_json_is_still_an_api(tmp_path: Path) -> None:
    index = HMPPS_INDEX_TS.replace("return res.render('pages/index', { currentTime })",
                                   "return res.json({ currentTime })").replace("router.get('/',", "router.get('/now',")
    assert [s for s, _ in _spec(_hmpps(tmp_path, index))] == [Status.FAIL]


# nestjs-starter: @nestjs/swagger builds the description from the controllers and serves it (src/swagger.ts)
NEST_CONTROLLER = """\
import { Controller, Get, Post, Body } from '@nestjs/common';

@Controller({
    path: '/post',
    version: '1',
})
export class PostPublicController {
    constructor(private readonly postService: PostService) {}

    @Post()
    public async createPost(@Body() payload: PostCreateDto): Promise<PostCreateResponseDto> {
        return this.postService.create(payload);
    }

    @Get()
    public async getPosts(): Promise<PostResponseDto[]> {
        return this.postService.findAll();
    }
}
"""
NEST_SWAGGER = """\
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export default async function setupSwagger(app: INestApplication): Promise<void> {
    const documentBuild = new DocumentBuilder().setTitle('API Documentation').build();
    const document = SwaggerModule.createDocument(app, documentBuild, {
        deepScanRoutes: true,
    });
    SwaggerModule.setup('docs', app, document, {
        explorer: true,
    });
}
"""


def test_nest_routes_described_by_the_document_nestjs_swagger_serves_pass(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": '{"dependencies": {"@nestjs/core": "^11.0.0", "@nestjs/swagger": "^11.2.2"}}\n',
                     "src/modules/post/controllers/posts.public.controller.ts": NEST_CONTROLLER,
                     "src/swagger.ts": NEST_SWAGGER})
    assert [s for s, _ in _spec(tmp_path)] == [Status.PASS]
    # without the package's dependency (the call is someone else's), nothing is served
    write(tmp_path, {"package.json": '{"dependencies": {"@nestjs/core": "^11.0.0"}}\n'})
    assert [s for s, _ in _spec(tmp_path)] == [Status.FAIL]


# hmpps-alerts-api: springdoc switched off in application.yml, switched on by the dev environment's values
ALERTS_BUILD = """\
dependencies {
  implementation("org.springframework.boot:spring-boot-starter-webflux")
  implementation("org.springdoc:springdoc-openapi-starter-webmvc-ui:3.1.0")
}
"""
ALERTS_APPLICATION = """\
springdoc:
  paths-to-exclude: "/queue-admin/**"
  api-docs:
    enabled: false
"""
ALERTS_CONTROLLER = """\
package uk.gov.justice.digital.hmpps.hmppsalertsapi.backfill

import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

@RestController
@RequestMapping("alerts/case-notes", produces = [MediaType.APPLICATION_JSON_VALUE])
class AlertCaseNotesController(private val forCaseNotes: GetAlertsForCaseNotes) {
  @GetMapping("/{prisonNumber}")
  fun getAlerts(@PathVariable prisonNumber: String): CaseNoteAlertResponse = forCaseNotes.getAlerts(prisonNumber)
}
"""
ALERTS_VALUES_DEV = """\
generic-service:
  env:
    SPRING_PROFILES_ACTIVE: dev
    SPRINGDOC_API_DOCS_ENABLED: "true"
    SPRINGDOC_SWAGGER_UI_ENABLED: "true"
"""


def test_springdoc_switched_on_by_a_deployments_environment_describes_the_routes(tmp_path: Path) -> None:
    write(tmp_path, {"build.gradle.kts": ALERTS_BUILD, "src/main/resources/application.yml": ALERTS_APPLICATION,
                     "src/main/kotlin/uk/gov/justice/digital/hmpps/hmppsalertsapi/backfill/AlertCaseNotesController.kt":
                     ALERTS_CONTROLLER, "helm_deploy/values-dev.yaml": ALERTS_VALUES_DEV})
    assert [s for s, _ in _spec(tmp_path)] == [Status.PASS]
    write(tmp_path, {"helm_deploy/values-dev.yaml": ALERTS_VALUES_DEV.replace('"true"', '"false"')})
    assert [s for s, _ in _spec(tmp_path)] == [Status.FAIL]


# --- migration-scripts/tree: relational code only tests use (wild-workouts), a driver for an installed program (z2jh)

TREE = "migration-scripts/tree"

WW_GO_MOD = """\
module github.com/ThreeDotsLabs/wild-workouts-go-ddd-example/internal/trainer

go 1.23

require (
	cloud.google.com/go/firestore v1.18.0
	github.com/go-sql-driver/mysql v1.9.2
	github.com/jmoiron/sqlx v1.4.0
)
"""
WW_MYSQL_REPOSITORY = """\
package adapters

import (
	"context"
	"database/sql"

	"github.com/go-sql-driver/mysql"
	"github.com/jmoiron/sqlx"
)

type MySQLHourRepository struct {
	db          *sqlx.DB
	hourFactory hour.Factory
}

func NewMySQLHourRepository(db *sqlx.DB, hourFactory hour.Factory) *MySQLHourRepository {
	return &MySQLHourRepository{db: db, hourFactory: hourFactory}
}

func NewMySQLConnection() (*sqlx.DB, error) {
	config := mysql.NewConfig()
	config.DBName = os.Getenv("MYSQL_DATABASE")
	return sqlx.Connect("mysql", config.FormatDSN())
}
"""
WW_APPLICATION = """\
package service

import (
	"context"
	"os"

	"cloud.google.com/go/firestore"
	"github.com/ThreeDotsLabs/wild-workouts-go-ddd-example/internal/trainer/adapters"
)

func NewApplication(ctx context.Context) app.Application {
	firestoreClient, err := firestore.NewClient(ctx, os.Getenv("GCP_PROJECT"))
	if err != nil {
		panic(err)
	}
	hourRepository := adapters.NewFirestoreHourRepository(firestoreClient, hourFactory)
	return newApplication(ctx, hourRepository)
}
"""
WW_REPOSITORY_TEST = """\
package adapters_test

func newMySQLRepository(t *testing.T) *adapters.MySQLHourRepository {
	db, err := adapters.NewMySQLConnection()
	require.NoError(t, err)

	return adapters.NewMySQLHourRepository(db, testHourFactory)
}
"""


def _tree(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(TREE,)), TREE)]


def test_relational_code_that_only_tests_construct_is_no_database_of_the_service(tmp_path: Path) -> None:
    write(tmp_path, {"internal/trainer/go.mod": WW_GO_MOD,
                     "internal/trainer/adapters/hour_mysql_repository.go": WW_MYSQL_REPOSITORY,
                     "internal/trainer/adapters/hour_repository_test.go": WW_REPOSITORY_TEST,
                     "internal/trainer/service/application.go": WW_APPLICATION})
    assert _tree(tmp_path) == [Status.NA]
    # production wiring the MySQL repository: its database needs a migration tree
    write(tmp_path, {"internal/trainer/service/application.go": WW_APPLICATION.replace(
        "adapters.NewFirestoreHourRepository(firestoreClient, hourFactory)",
        "adapters.NewMySQLHourRepository(db, hourFactory)")})
    assert _tree(tmp_path) == [Status.FAIL]


# zero-to-jupyterhub-k8s images/hub: the hub image installs JupyterHub with the drivers its db_url may name
Z2JH_REQUIREMENTS = """\
jupyterhub==5.5.0
jupyterhub-kubespawner==7.1.0
oauthenticator==17.3.0
psycopg2==2.9.12
pymysql==1.2.0
"""
Z2JH_CONFIG = """\
import os

from jupyterhub.utils import url_path_join
from z2jh import get_config, set_config_if_not_none

c = get_config()  # noqa
db_type = get_config("hub.db.type")
if db_type == "mysql":
    c.JupyterHub.db_url = get_config("hub.db.url")
"""


def test_a_driver_no_code_of_the_repository_uses_is_the_installed_programs(tmp_path: Path) -> None:
    write(tmp_path, {"images/hub/requirements.txt": Z2JH_REQUIREMENTS,
                     "images/hub/Dockerfile": "FROM python:3.14-slim\nCOPY requirements.txt .\n"
                                              "RUN pip install -r requirements.txt\n",
                     "jupyterhub/files/hub/jupyterhub_config.py": Z2JH_CONFIG})
    assert _tree(tmp_path) == [Status.SKIPPED]
    # code of the repository that opens the database: its schema is the repository's
    write(tmp_path, {"images/hub/store.py": "import sqlalchemy\n\nengine = sqlalchemy.create_engine(URL)\n"})
    assert _tree(tmp_path) == [Status.FAIL]


# wild-workouts .env: localhost only too, but `.env` is the file dotenv loads everywhere (the set labels it a problem)
WILD_WORKOUTS_ENV = """\
GCP_PROJECT=threedotslabs-cloudnative
PORT=3000
FIRESTORE_EMULATOR_HOST=firestore:8787
CORS_ALLOWED_ORIGINS=http://localhost:8080
MOCK_AUTH=true
MYSQL_ADDR=localhost
MYSQL_DATABASE=db
MYSQL_USER=user
MYSQL_PASSWORD=password
"""


def test_a_committed_dot_env_of_local_values_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {".env": WILD_WORKOUTS_ENV})
    assert _env_file(tmp_path) is Status.FAIL
