"""Rules acc-fresh20 added, each from the lines of a labelled repository (pcq-frontend, laa-apply-for-legal-aid)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

LAYERS = "dockerfile/layer-caching"

# hmcts/pcq-frontend Dockerfile (shortened): the build stage copies the whole context, then runs the package script
# whose shell script installs the dependencies
PCQ_DOCKERFILE = """\
FROM hmctsprod.azurecr.io/base/node:24-alpine as base
USER hmcts
ENV WORKDIR /opt/app
WORKDIR ${WORKDIR}

FROM base as build
COPY --chown=hmcts:hmcts . ./
RUN yarn setup

FROM base as runtime
COPY --from=build ${WORKDIR}/app app/
COPY --from=build ${WORKDIR}/package.json ${WORKDIR}/yarn.lock ./
EXPOSE 4000
CMD ["yarn", "start" ]
"""
PCQ_PACKAGE = """{
  "name": "protected-characteristics-frontend",
  "scripts": {
    "setup": "sh ./bin/setup.sh",
    "start": "NODE_PATH=. node server.js"
  },
  "dependencies": {"express": "^4.21.2"}
}
"""
PCQ_SETUP = """#!/bin/bash
set -ex

yarn install
NODE_PATH=. node setup/copyGovukResources.js
NODE_PATH=. yarn sass
NODE_PATH=. yarn bundle
"""


def test_a_package_script_that_installs_after_the_whole_context_is_copied_is_a_late_install(tmp_path: Path) -> None:
    # pcq-frontend: `RUN yarn setup` after `COPY . ./`; setup runs bin/setup.sh, whose first command is `yarn
    # install`. layer-caching passed ("dependency install precedes the source copy (or there is none)")
    write(tmp_path, {"Dockerfile": PCQ_DOCKERFILE, "package.json": PCQ_PACKAGE, "bin/setup.sh": PCQ_SETUP,
                     "yarn.lock": "", "server.js": "require('./app').init();\n",
                     "app/index.js": "module.exports = {};\n"})
    result = scan(tmp_path, only=(LAYERS,))
    assert not findings(result, LAYERS, Status.PASS), [f.message for f in findings(result, LAYERS)]
    [late] = findings(result, LAYERS, Status.WARN)
    assert "yarn setup (package.json script 'setup' runs bin/setup.sh: yarn install)" in late.message, late.message
    assert "COPY --chown=hmcts:hmcts . ./" in late.message


def test_a_package_script_that_installs_nothing_is_not_an_install(tmp_path: Path) -> None:
    # the same Dockerfile whose script only builds (the install is elsewhere or none): no install to judge
    write(tmp_path, {"Dockerfile": PCQ_DOCKERFILE,
                     "package.json": PCQ_PACKAGE.replace("sh ./bin/setup.sh", "webpack --mode production"),
                     "yarn.lock": "", "server.js": "require('./app').init();\n"})
    result = scan(tmp_path, only=(LAYERS,))
    assert not findings(result, LAYERS, Status.WARN), [f.message for f in findings(result, LAYERS)]


IGNORE = "dockerfile/dockerignore"

# ministryofjustice/laa-apply-for-legal-aid .github/workflows/base-docker-image.yml (shortened; the build command is
# one line there)
LAA_BUILD = ("docker build . --file ./docker/apply_base.dockerfile --tag ministryofjustice/apply-base:latest "
             "--tag ministryofjustice/apply-base:latest-$(cat .ruby-version)")
LAA_BASE_WORKFLOW = f"""\
name: "Generate apply-base docker image"
on:
  workflow_dispatch:
jobs:
  build-push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@9c091bb21b7c1c1d1991bb908d89e4e9dddfe3e0 #--v7.0.0
      - name: Build the Docker image
        run: |
          {LAA_BUILD}
      - name: Push the Docker image
        run: |
          docker push ministryofjustice/apply-base:latest
"""
LAA_BASE_DOCKERFILE = """\
FROM ruby:4.0.5-alpine3.24
RUN apk add --no-cache postgresql-client nodejs-current
"""


def test_a_command_substitution_in_a_tag_is_not_the_build_context(tmp_path: Path) -> None:
    # laa-apply-for-legal-aid: `--tag ...:latest-$(cat .ruby-version)` split into words left `.ruby-version)` as the
    # last positional word, taken for the context: "no .dockerignore for its build context .ruby-version)", while
    # the image is built from `.`, whose .dockerignore excludes .git/ and .env*
    write(tmp_path, {".github/workflows/base-docker-image.yml": LAA_BASE_WORKFLOW,
                     "docker/apply_base.dockerfile": LAA_BASE_DOCKERFILE, ".ruby-version": "4.0.5\n",
                     ".dockerignore": ".env*\n.git/\nconfig/master.key\nlog/*\ntmp/*\n"})
    result = scan(tmp_path, only=(IGNORE,))
    assert not findings(result, IGNORE, Status.FAIL), [f.message for f in findings(result, IGNORE)]
    assert findings(result, IGNORE, Status.PASS)


UNIT = "unit-tests/suite"

# pcq-frontend test/unit/testEnglishLevel.js (shortened) and test/unit/components/testStringUtils.js's shape
PCQ_UNIT_TEST = """\
'use strict';

const initSteps = require('app/core/initSteps');
const expect = require('chai').expect;
const steps = initSteps([`${__dirname}/../../app/steps/ui`]);
const ApplicantEnglishLevel = steps.ApplicantEnglishLevel;

describe('ApplicantEnglishLevel', () => {
    describe('getUrl()', () => {
        it('should return the correct url', (done) => {
            const url = ApplicantEnglishLevel.constructor.getUrl();
            expect(url).to.equal('/english-level');
            done();
        });
    });
});
"""
PCQ_TEST_UNIT = ("NODE_ENV=testing ALLOW_CONFIG_MUTATIONS=true NODE_PATH=. LOG_LEVEL=error "
                 "nyc mocha test/unit --reporter spec --recursive --timeout 10000")
PCQ_TEST_PACKAGE = f"""{{
  "name": "protected-characteristics-frontend",
  "scripts": {{
    "test": "yarn test:unit -- $@ && yarn test:component -- $@",
    "test:unit": "{PCQ_TEST_UNIT}"
  }},
  "devDependencies": {{"chai": "^4.3.4", "mocha": "^11.0.0", "nyc": "^17.0.0"}}
}}
"""


def test_the_folders_a_package_script_hands_to_mocha_hold_its_specs(tmp_path: Path) -> None:
    # pcq-frontend: `nyc mocha test/unit --reporter spec --recursive`; its spec files are named testX.js in test/unit/
    # and below (no .test./.spec. in the name, not directly in test/): "no unit test suite found"
    write(tmp_path, {"package.json": PCQ_TEST_PACKAGE, "test/unit/testEnglishLevel.js": PCQ_UNIT_TEST,
                     "test/unit/components/testStringUtils.js": PCQ_UNIT_TEST.replace("EnglishLevel", "StringUtils"),
                     "app/core/initSteps.js": "module.exports = () => ({});\n"})
    result = scan(tmp_path, only=(UNIT,))
    assert not findings(result, UNIT, Status.FAIL), [f.message for f in findings(result, UNIT)]
    assert any("2 file(s)" in f.message for f in findings(result, UNIT)), [f.message for f in findings(result, UNIT)]


def test_without_recursive_mocha_reads_only_the_folder_itself(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": PCQ_TEST_PACKAGE.replace(" --recursive", ""),
                     "test/unit/components/testStringUtils.js": PCQ_UNIT_TEST,
                     "app/core/initSteps.js": "module.exports = () => ({});\n"})
    result = scan(tmp_path, only=(UNIT,))
    assert not findings(result, UNIT, Status.PASS), [f.message for f in findings(result, UNIT)]


SECRETS = "sensitive-config/secret-scan"


def _secret_files(result: object) -> list[str]:
    return [f"{f.location.path}:{f.location.line}" for f in findings(result, SECRETS)  # type: ignore[arg-type]
            if f.status in (Status.FAIL, Status.WARN) and f.location]


def test_a_translation_catalogue_labels_a_password_field_it_holds_none(tmp_path: Path) -> None:
    # laa-apply-for-legal-aid config/locales/en/generic.yml: the label of a form field, read as a default credential
    write(tmp_path, {"config/locales/en/generic.yml": "en:\n  generic:\n    or: or\n    optional: Optional\n"
                                                      "    partner: the partner\n    password: Password\n"
                                                      "    remove: Remove\n"})
    assert _secret_files(scan(tmp_path, only=(SECRETS,))) == []


def test_node_config_custom_environment_variables_name_variables(tmp_path: Path) -> None:
    # pcq-frontend config/custom-environment-variables.yaml: each value is the variable the setting is read from
    write(tmp_path, {"config/custom-environment-variables.yaml":
                     "redis:\n  host: REDIS_HOST\n  port: REDIS_PORT\n  password: REDIS_PASSWORD\n"
                     "  useTLS: REDIS_USE_TLS\n  secret: REDIS_SECRET\nauth:\n  jwt:\n    secret: JWT_SECRET\n"})
    assert _secret_files(scan(tmp_path, only=(SECRETS,))) == []


def test_the_rails_test_environment_and_nested_spec_support_files_are_test_code(tmp_path: Path) -> None:
    # laa-apply-for-legal-aid: config/environments/test.rb's mock passwords and a shared context of
    # spec/support/shared_context/ were reported as credentials of the deployed service
    write(tmp_path, {
        "config/environments/test.rb": 'Rails.application.configure do\n'
                                       '  config.x.omniauth_entraid.mock_username = "test@test.com"\n'
                                       '  config.x.omniauth_entraid.mock_password = "not-a-real-password"\nend\n',
        "spec/support/shared_context/ccms_soa_configuration_context.rb":
            'RSpec.shared_context "with ccms soa configuration" do\n  before do\n'
            '    test_config = ccms_struct.new(\n      client_username: "my_soap_client_username",\n'
            '      client_password: "xxxxx",\n    )\n  end\nend\n'})
    assert _secret_files(scan(tmp_path, only=(SECRETS,))) == []


def test_an_instruction_in_a_readme_is_a_placeholder(tmp_path: Path) -> None:
    # laa-apply-for-legal-aid README.md's example .env block
    write(tmp_path, {"README.md": "```\nOMNIAUTH_ENTRAID_MOCK_AUTH_ENABLED=true\n"
                                  'OMNIAUTH_ENTRAID_MOCK_USERNAME="martin.ronan@example.com"\n'
                                  'OMNIAUTH_ENTRAID_MOCK_PASSWORD="set-me-to-whatever"\n```\n'})
    assert _secret_files(scan(tmp_path, only=(SECRETS,))) == []


def test_a_real_value_in_those_places_is_still_found(tmp_path: Path) -> None:
    # the rules read names and places, not the value: a random password in a locale file's neighbour is reported
    write(tmp_path, {"config/settings.yml": "redis:\n  password: Zq8#vL2!pR7mWx4k\n"})
    assert _secret_files(scan(tmp_path, only=(SECRETS,))) == ["config/settings.yml:2"]


ROUTES = "endpoint-security/route-auth"

# ministryofjustice/laa-apply-for-legal-aid (shortened): config/routes.rb and the controllers behind two routes
LAA_ROUTES = """\
Rails.application.routes.draw do
  get "ping", to: "status#ping", format: :json
  namespace :admin do
    resource :settings, only: %i[show update]
  end
  namespace :providers do
    resources :legal_aid_applications, path: "applications", only: %i[index] do
      resource :task_list, only: %i[show]
    end
  end
end
"""
LAA_FILES = {
    "config/routes.rb": LAA_ROUTES,
    "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 8.1'\ngem 'devise'\n",
    "app/controllers/application_controller.rb": "class ApplicationController < ActionController::Base\n"
                                                 "  before_action :out_of_hours_redirect\nend\n",
    "app/controllers/status_controller.rb": "class StatusController < ActionController::API\n  def ping\n"
                                            "    render json: { status: 'ok' }\n  end\nend\n",
    "app/controllers/admin/admin_base_controller.rb":
        "module Admin\n  class AdminBaseController < ApplicationController\n"
        "    before_action :check_vpn_ipaddr, :authenticate_admin_user!, :set_cache_buster, :set_scope, "
        ":redirect_digest_only\n    layout \"admin\"\n  end\nend\n",
    "app/controllers/admin/settings_controller.rb":
        "module Admin\n  class SettingsController < AdminBaseController\n    def show\n"
        "      @form = Settings::SettingForm.new(model: setting)\n    end\n\n    def update\n"
        "      redirect_to admin_settings_path\n    end\n  end\nend\n",
    "app/controllers/providers/legal_aid_applications_controller.rb":
        "module Providers\n  class LegalAidApplicationsController < ApplicationController\n"
        "    before_action :authenticate_provider!\n    def index; end\n  end\nend\n",
    "app/controllers/providers/task_lists_controller.rb":
        "module Providers\n  class TaskListsController < ApplicationController\n    before_action :update_locale\n"
        "    include Authorizable\n    include ApplicationDependable\n\n    def show; end\n  end\nend\n",
    "app/controllers/concerns/providers/authorizable.rb":
        "module Providers\n  module Authorizable\n    extend ActiveSupport::Concern\n\n    included do\n"
        "      include Pundit::Authorization\n\n      before_action :authorize_legal_aid_application\n"
        "      rescue_from Pundit::NotAuthorizedError, with: :provider_not_authorized\n    end\n  end\nend\n",
}


def test_every_leading_symbol_of_a_before_action_is_a_callback(tmp_path: Path) -> None:
    # Admin::AdminBaseController authenticates in its second symbol: only the first (check_vpn_ipaddr) was read, and
    # GET/PATCH/PUT /admin/settings were reported open
    write(tmp_path, LAA_FILES)
    result = scan(tmp_path, only=(ROUTES,))
    open_routes = [f.message for f in findings(result, ROUTES) if f.status in (Status.FAIL, Status.WARN)]
    assert not [m for m in open_routes if "/admin/settings" in m], open_routes


def test_a_concern_included_by_a_controller_adds_its_callbacks(tmp_path: Path) -> None:
    # Providers::TaskListsController includes Providers::Authorizable, whose included block adds before_action
    # :authorize_legal_aid_application: GET .../task_list was reported open
    write(tmp_path, LAA_FILES)
    result = scan(tmp_path, only=(ROUTES,))
    open_routes = [f.message for f in findings(result, ROUTES) if f.status in (Status.FAIL, Status.WARN)]
    assert not [m for m in open_routes if "task_list" in m], open_routes


def test_a_concern_without_an_authentication_callback_guards_nothing(tmp_path: Path) -> None:
    files = dict(LAA_FILES)
    files["app/controllers/concerns/providers/authorizable.rb"] = files[
        "app/controllers/concerns/providers/authorizable.rb"].replace(":authorize_legal_aid_application", ":set_locale")
    write(tmp_path, files)
    result = scan(tmp_path, only=(ROUTES,))
    open_routes = [f.message for f in findings(result, ROUTES) if f.status in (Status.FAIL, Status.WARN)]
    assert [m for m in open_routes if "task_list" in m], open_routes


LITERAL_ENV = "secrets-management/literal-env"

# laa-apply-for-legal-aid templates/_envs.tpl as rendered with values-production.yaml (two of its entries)
LAA_ENV_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: apply-for-legal-aid
spec:
  replicas: 4
  selector:
    matchLabels: {app: apply-for-legal-aid}
  template:
    metadata:
      labels: {app: apply-for-legal-aid}
    spec:
      containers:
        - name: web
          image: 754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-apply/app:0a1b2c3d
          env:
            - name: CCMS_SOA_CLIENT_PASSWORD_TYPE
              value: "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"
            - name: CCMS_SOA_CLIENT_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: laa-apply-for-legalaid-secrets
                  key: ccmsSoaClientPassword
"""


def test_a_variable_that_describes_a_secret_holds_none(tmp_path: Path) -> None:
    # CCMS_SOA_CLIENT_PASSWORD_TYPE names the WS-Security password type (a URI): reported as a literal secret in each
    # of the chart's 13 pod templates
    write(tmp_path, {"k8s/deployment.yaml": LAA_ENV_DEPLOYMENT})
    result = scan(tmp_path, only=(LITERAL_ENV,))
    assert not findings(result, LITERAL_ENV, Status.FAIL), [f.message for f in findings(result, LITERAL_ENV)]


def test_the_secret_itself_written_literally_is_still_reported(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deployment.yaml": LAA_ENV_DEPLOYMENT.replace(
        """              valueFrom:
                secretKeyRef:
                  name: laa-apply-for-legalaid-secrets
                  key: ccmsSoaClientPassword
""", """              value: "Zq8vL2pR7mWx4kT9"
""")})
    result = scan(tmp_path, only=(LITERAL_ENV,))
    [literal] = findings(result, LITERAL_ENV, Status.FAIL)
    assert "CCMS_SOA_CLIENT_PASSWORD has a literal value" in literal.message


DISTINCT = "health-probes/distinct"

# laa-apply-for-legal-aid (shortened): a chart without values.yaml whose values files set no image, and the
# extensionless deploy script CircleCI runs, which passes it with --set
LAA_CHART = {
    "helm_deploy/apply-for-legal-aid/Chart.yaml": "apiVersion: v2\nname: apply-for-legal-aid\n"
                                                  "description: A Helm chart for Kubernetes\ntype: application\n"
                                                  "version: 0.6.0\nappVersion: 1.21.0\n",
    "helm_deploy/apply-for-legal-aid/values-production.yaml": "replicaCount: 4\nservice:\n  type: ClusterIP\n"
                                                              "  port: 80\n",
    "helm_deploy/apply-for-legal-aid/templates/deployment_web.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: apply-for-legal-aid
  template:
    metadata:
      labels:
        app: apply-for-legal-aid
    spec:
      containers:
        - name: web
          image: '{{ .Values.image.repository }}:{{ .Values.image.tag }}'
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: 3002
              protocol: TCP
          livenessProbe:
            httpGet:
              path: /ping
              port: http
            initialDelaySeconds: 60
            timeoutSeconds: 10
          readinessProbe:
            httpGet:
              path: /ping
              port: http
            initialDelaySeconds: 60
            timeoutSeconds: 10
""",
    "bin/deploy": """\
#!/bin/sh

ENVIRONMENT=$1

deploy_main() {
  helm upgrade apply-for-legal-aid ./helm_deploy/apply-for-legal-aid/. \\
                --install --wait \\
                --namespace=${K8S_NAMESPACE} \\
                --values ./helm_deploy/apply-for-legal-aid/values-"$ENVIRONMENT".yaml \\
                --set image.repository="${ECR_REGISTRY}/${ECR_REPOSITORY}" \\
                --set image.tag="${CIRCLE_SHA1}" \\
                --set-string pingdomIPs="$PINGDOM_IPS" \\
                --set branch_builder.database_name="main"
}

deploy_main
""",
}


def test_the_values_a_deploy_script_sets_on_the_command_line_are_part_of_the_install(tmp_path: Path) -> None:
    # nothing of the chart rendered (nil pointer evaluating .Values.image.repository), so every Kubernetes item was
    # skipped: the web container's identical probes were never seen
    write(tmp_path, LAA_CHART)
    result = scan(tmp_path, only=(DISTINCT,))
    [same] = findings(result, DISTINCT, Status.WARN)
    assert "container web: livenessProbe and readinessProbe are identical" in same.message, same.message


def test_set_arguments_are_read_as_helm_reads_the_simple_forms() -> None:
    from deploycheck.sources.helm import set_arguments

    assert set_arguments('helm upgrade app ./chart --set image.tag="${CIRCLE_SHA1}" --set-string port=8080 '
                         "--set replicas=2,debug=false --set hosts={a.example,b.example} "
                         "--set 'ingress.annotations.external-dns\\.alpha=x' --set tag=v-$(cat .version)") == (
        ("image.tag", "${CIRCLE_SHA1}"), ("port", "8080"), ("replicas", 2), ("debug", False),
        ("hosts", ("a.example", "b.example")), ("tag", "v-$CMD"))
