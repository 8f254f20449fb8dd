"""acc-fresh12's fresh measures (laa-court-data-adaptor, prisoner-content-hub-backend): general rules from their real
lines, each failing on the code before it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.sources.target import rule_by_path

# ministryofjustice/laa-court-data-adaptor, spec/support/common_platform_schemas.rb: a Sinatra stand-in for HMCTS Common
# Platform that the RSpec suite serves through WebMock. Real lines.
_STUB = (
    'require "sinatra/base"\n\nclass CommonPlatformSchemas < Sinatra::Base\n  get "/" do\n'
    '    "fake common platform running"\n  end\n\n  get "/core/courts/:directory/:file_name" do\n'
    '    json_response(200, "/global/", params[:file_name])\n  end\n\n  get "/core/courts/:file_name" do\n'
    '    json_response(200, "/global/", params[:file_name])\n  end\nend\n')


def test_rspec_files_are_tests() -> None:
    """`*_spec.rb` and spec/support/*.rb, spec/spec_helper.rb, spec/rails_helper.rb are RSpec's; other files named spec
    (an OpenAPI description under spec/, a model called spec.rb) are not tests by their path."""
    for rel in ("spec/support/common_platform_schemas.rb", "spec/services/common_platform/connection_spec.rb",
                "spec/rails_helper.rb", "spec/spec_helper.rb", "engines/x/spec/support/helpers.rb"):
        assert rule_by_path(rel) == "tests", rel
    for rel in ("spec/openapi.yaml", "app/models/spec.rb", "app/services/spec_builder.rb", "spec/support.rb"):
        assert rule_by_path(rel) is None, rel


def test_a_sinatra_stub_in_rspec_support_is_not_the_service(tmp_path: Path) -> None:
    """Its 14 open GET routes were reported as the service's own (route-auth) and as routes missing from the API
    description (spec-matches-code): the stub answers only the test suite."""
    write(tmp_path, {"spec/support/common_platform_schemas.rb": _STUB,
                     "Gemfile": 'source "https://rubygems.org"\ngem "rails", "~> 8.1"\ngem "sinatra"\n',
                     "config/routes.rb": 'Rails.application.routes.draw do\n  get "ping", to: "status#ping"\nend\n'})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    assert not any("common_platform_schemas" in str(f.location) or "/core/courts" in f.message
                   for f in findings(result, "endpoint-security/route-auth")), \
        [f.message for f in findings(result, "endpoint-security/route-auth")]
