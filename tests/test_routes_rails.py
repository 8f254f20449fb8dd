"""Issue 8, acc-routes8: Rails' config/routes.rb and the controllers' before_action (laa-crime-application-store's
/v1 API was "no HTTP routes found in the code": route-auth n/a, api-docs/spec-present n/a). Built from the
repository's real files (bench/accuracy/repos/laa-crime-application-store)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"

# config/routes.rb as committed (the Sidekiq Basic-auth block shortened to fit the line length)
ROUTES = """\
require "sidekiq/web"

# Configure Sidekiq-specific session middleware
Sidekiq::Web.use ActionDispatch::Cookies
Sidekiq::Web.use Rails.application.config.session_store, Rails.application.config.session_options

Rails.application.routes.draw do
  Sidekiq::Web.use Rack::Auth::Basic do |username, password|
    # Protect against timing attacks:
    ActiveSupport::SecurityUtils.secure_compare(Digest::SHA256.hexdigest(username), expected_username) &
      ActiveSupport::SecurityUtils.secure_compare(Digest::SHA256.hexdigest(password), expected_password)
  end
  mount Sidekiq::Web => "/sidekiq"

  namespace "v1" do
    resources :submissions, only: %i[show create index update] do
      resources :events, only: %i[create]
      resources :adjustments, only: %i[create]
      resource :assignment, only: %i[create destroy]
      member { patch :metadata }
      collection { post :auto_assignments }
    end

    resources :failed_imports, only: %i[show create]

    resources :nsm_claims, only: %i[update]
    resources :payment_requests, only: %i[show create update index] do
      member { patch :link_payable }
    end
    resources :assigned_counsel_claims, only: %i[update]
    resources :payable_claims, only: %i[show]

    namespace :linked_claim do
      resource :searches, only: %i[create]
    end

    namespace :payment_requests do
      resource :searches, only: %i[create]
    end

    namespace :submissions do
      resource :searches, only: %i[create]
    end

    # Legacy endpoint aliases
    get :applications, to: "submissions#index"
    post :application, to: "submissions#create"
    get "application/:id", to: "submissions#show"
    put "application/:id", to: "submissions#update"
  end

  root to: "v1/submissions#index"
  get :ping, to: "health#show"
end
"""

# app/controllers/application_controller.rb as committed
APPLICATION = """\
class ApplicationController < ActionController::API
  include ApplicationHelper

  before_action :authenticate!
  before_action :authorize!

  attr_reader :current_client_role

  def authenticate!
    client_credentials = Tokens::VerificationService.call(request.headers)
    return head(:unauthorized) unless client_credentials[:valid]

    @current_client_role = client_credentials[:role]
  end

  def authorize!
    allowed = AuthorizationService.call(
      @current_client_role,
      controller_name,
      action_name,
      params,
      authorization_object,
    )

    head(:forbidden) unless allowed
  end

  def authorization_object
    nil
  end
end
"""

# app/controllers/health_controller.rb as committed
HEALTH = """\
class HealthController < ApplicationController
  skip_before_action :authenticate!, only: :show
  skip_before_action :authorize!, only: :show

  def show
    render json: build_args, status: :ok
  end

private

  def build_args
    {
      app_branch: ENV.fetch("APP_BRANCH_NAME", nil),
      build_date: ENV.fetch("APP_BUILD_DATE", nil),
      build_tag: ENV.fetch("APP_BUILD_TAG", nil),
      commit_id: ENV.fetch("APP_GIT_COMMIT", nil),
    }
  end
end
"""

# app/controllers/V1/events_controller.rb as committed (every other V1 controller is written alike)
EVENTS = """\
module V1
  class EventsController < ApplicationController
    def create
      current_submission.with_lock do
        ::Submissions::EventAdditionService.call(current_submission, params)
        current_submission.save!
      end
      head :created
    end

  private

    def current_submission
      @current_submission ||= Submission.find(params[:submission_id])
    end

    def authorization_object
      current_submission
    end
  end
end
"""


def _files(**extra: str) -> dict[str, str]:
    return {"config/routes.rb": ROUTES, "app/controllers/application_controller.rb": APPLICATION,
            "app/controllers/health_controller.rb": HEALTH, "app/controllers/V1/events_controller.rb": EVENTS, **extra}


def _routes(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    write(tmp_path, files)
    routes = Context(tmp_path, Config()).use(code_routes).routes
    return {f"{r.method} {r.path} {r.handler}": r.auth_hints for r in routes}


GUARDS = ["before_action :authenticate! (application_controller.rb)",
          "before_action :authorize! (application_controller.rb)"]


def test_routes_rb_resources_namespaces_and_member_routes_are_read(tmp_path: Path) -> None:
    # only the routes whose controller is in the files: events#create (nested under submissions) and health#show
    assert _routes(tmp_path, _files()) == {
        "POST /v1/submissions/:submission_id/events v1/events#create": GUARDS,
        "GET /ping health#show": []}  # skip_before_action :authenticate!, only: :show


def test_every_other_route_of_the_real_file(tmp_path: Path) -> None:
    controllers = {f"app/controllers/V1/{name}_controller.rb": EVENTS.replace("EventsController", f"{cls}Controller")
                   for name, cls in (("submissions", "Submissions"), ("assignments", "Assignments"),
                                     ("payment_requests", "PaymentRequests"))}
    routes = _routes(tmp_path, _files(**controllers))
    assert sorted(routes) == [
        # a singular resource (`resource :assignment`) is served by the plural controller
        "DELETE /v1/submissions/:submission_id/assignment v1/assignments#destroy",
        "GET / v1/submissions#index",  # root to: "v1/submissions#index"
        "GET /ping health#show",
        "GET /v1/application/:id v1/submissions#show",
        "GET /v1/applications v1/submissions#index",
        "GET /v1/payment_requests v1/payment_requests#index",
        "GET /v1/payment_requests/:id v1/payment_requests#show",
        "GET /v1/submissions v1/submissions#index",
        "GET /v1/submissions/:id v1/submissions#show",
        "PATCH /v1/payment_requests/:id v1/payment_requests#update",
        "PATCH /v1/payment_requests/:id/link_payable v1/payment_requests#link_payable",  # member { patch ... }
        "PATCH /v1/submissions/:id v1/submissions#update",
        "PATCH /v1/submissions/:id/metadata v1/submissions#metadata",
        "POST /v1/application v1/submissions#create",
        "POST /v1/payment_requests v1/payment_requests#create",
        "POST /v1/submissions v1/submissions#create",
        "POST /v1/submissions/:submission_id/assignment v1/assignments#create",
        "POST /v1/submissions/:submission_id/events v1/events#create",
        "POST /v1/submissions/auto_assignments v1/submissions#auto_assignments",  # collection { post ... }
        "PUT /v1/application/:id v1/submissions#update",
        "PUT /v1/payment_requests/:id v1/payment_requests#update",
        "PUT /v1/submissions/:id v1/submissions#update"]


def test_route_auth_passes_the_guarded_api_and_skips_what_it_cannot_read(tmp_path: Path) -> None:
    write(tmp_path, _files())
    result = scan(tmp_path, only=(ROUTE_AUTH, "api-docs/spec-present"))
    route_auth = findings(result, ROUTE_AUTH)
    assert not [f for f in route_auth if f.status is Status.FAIL]
    assert any(f.status is Status.PASS for f in route_auth)
    # the mounted Sidekiq app and the routes whose controllers are not in the files are not judged
    skipped = [f for f in route_auth if f.status is Status.SKIPPED]
    assert len(skipped) == 1 and 'mount Sidekiq::Web => "/sidekiq"' in skipped[0].message
    # the routes make the missing API description visible (it was "no HTTP routes found")
    assert [f.status for f in findings(result, "api-docs/spec-present")] == [Status.FAIL]


def test_a_skip_without_only_or_a_conditional_guard_leaves_the_action_open(tmp_path: Path) -> None:
    opened = EVENTS.replace("  class EventsController < ApplicationController\n",
                            "  class EventsController < ApplicationController\n"
                            "    skip_before_action :authenticate!\n    skip_before_action :authorize!\n")
    assert _routes(tmp_path, _files(**{"app/controllers/V1/events_controller.rb": opened}))[
        "POST /v1/submissions/:submission_id/events v1/events#create"] == []
    conditional = APPLICATION.replace("before_action :authenticate!\n  before_action :authorize!\n",
                                      "before_action :authenticate!, if: :api_request?\n")
    write(tmp_path, {"app/controllers/V1/events_controller.rb": EVENTS})
    assert _routes(tmp_path, {"app/controllers/application_controller.rb": conditional})[
        "POST /v1/submissions/:submission_id/events v1/events#create"] == []
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert [f.message.split(" (")[0] for f in findings(result, ROUTE_AUTH, Status.FAIL)] == [
        "POST /v1/submissions/:submission_id/events"]


def test_token_validation_is_skipped_not_passed_behind_before_action(tmp_path: Path) -> None:
    # authenticate! hands the token to Ruby code (Tokens::VerificationService) that is not read for token handling:
    # "N routes carry auth dependencies; no token decoding" would be a pass nobody earned
    write(tmp_path, _files(**{"scripts/report.py": "import os\n\nprint(os.environ.get('REPORT_DIR'))\n"}))
    found = findings(scan(tmp_path, only=("auth-protocols/token-validation",)), "auth-protocols/token-validation")
    assert [f.status for f in found] == [Status.SKIPPED]
    assert "before_action" in found[0].message
