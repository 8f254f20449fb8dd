"""Issue 8, acc-routes6: the two kinds below 90 % precision on the labelled set (each case from a false positive
of bench/accuracy/, built from the repository's real lines)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.cli_tools import tool_of

# --- env-vars/documented-unused: a variable a well-known CLI reads, which a script of the repository runs --------

# darioblanco/fastapi-example: .envrc.example documents the sops key file; scripts/decrypt.sh runs sops
ENVRC_EXAMPLE = """\
# Application
export APP_ENV=local
export DB_HOST=localhost

# SOPS
export SOPS_AGE_KEY_FILE=./sops.agekey
"""
DECRYPT_SH = """\
#!/bin/bash

# Get the directory of the current script
script_dir="$(dirname "${BASH_SOURCE[0]}")"

file="$1"
output_filepath="${file%%.enc.yaml}.yaml"

# Decrypt the file
sops -d "$file" > "${output_filepath}"
"""
APP = "import os\nENV = os.environ['APP_ENV']\nDB = os.environ['DB_HOST']\n"


def test_a_variable_the_sops_cli_reads_for_a_decrypt_script_is_not_stale(tmp_path: Path) -> None:
    write(tmp_path, {"app/main.py": APP, ".envrc.example": ENVRC_EXAMPLE, "scripts/decrypt.sh": DECRYPT_SH})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    assert not findings(result, "env-vars/documented-unused", Status.WARN)
    [ok] = findings(result, "env-vars/documented-unused", Status.PASS)
    assert ok.evidence["not_read_by_parsed_code_but_used_in"] == {
        "SOPS_AGE_KEY_FILE": "scripts/decrypt.sh:10 (runs sops, which reads it)"}


def test_a_tools_variable_without_a_script_running_the_tool_stays_stale(tmp_path: Path) -> None:
    # the same documentation, but nothing runs sops (only a comment names it): the variable is stale
    script = DECRYPT_SH.replace('sops -d "$file" > "${output_filepath}"', '# sops -d "$file"\ncp "$file" out')
    write(tmp_path, {"app/main.py": APP, ".envrc.example": ENVRC_EXAMPLE, "scripts/decrypt.sh": script})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    assert [f.message.split()[0] for f in findings(result, "env-vars/documented-unused", Status.WARN)] == [
        "SOPS_AGE_KEY_FILE"]


def test_a_project_variable_under_a_tools_vendor_prefix_is_not_the_tools() -> None:
    # the AWS CLI reads AWS_PROFILE; AWS_BUCKET_NAME is the project's own setting, which a script running aws
    # does not make used
    assert tool_of("SOPS_AGE_KEY_FILE") == "sops"
    assert tool_of("AWS_PROFILE") == "aws"
    assert tool_of("AWS_BUCKET_NAME") is None
    assert tool_of("DOCKER_REGISTRY") is None


# --- endpoint-security/route-auth: the reads of a file that guards none of them are one question ----------------

# Tailwind Traders' BFF: ProductsController has no [Authorize]; CouponsController beside it has one
PRODUCTS_CONTROLLER = """\
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Tailwind.Traders.MobileBff.Controllers
{
    [Route("v{version:apiVersion}/[controller]")]
    [ApiController]
    [ApiVersion("1.0")]
    public class ProductsController : Controller
    {
        // GET: v1/products/landing
        [HttpGet("landing")]
        [ProducesResponseType((int)HttpStatusCode.OK)]
        public async Task<IActionResult> Get()
        {
            var client = _httpClientFactory.CreateClient(HttpClients.ApiGW);
            return Ok(client);
        }

        // GET: v1/products/1
        [HttpGet("{id}")]
        [ProducesResponseType((int)HttpStatusCode.OK)]
        public async Task<IActionResult> GetProductDetails([FromRoute] int id)
        {
            return Ok(id);
        }

        // GET: v1/products
        [HttpGet()]
        [ProducesResponseType((int)HttpStatusCode.OK)]
        public async Task<IActionResult> GetProducts([FromQuery] int[] brand = null, [FromQuery] int[] type = null)
        {
            return Ok(brand);
        }

        // POST: v1/products/imageclassifier
        [HttpPost("imageclassifier")]
        [ProducesResponseType((int)HttpStatusCode.OK)]
        public async Task<IActionResult> PostImage(IFormFile file)
        {
            return Ok(file);
        }
    }
}
"""
COUPONS_CONTROLLER = """\
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Tailwind.Traders.MobileBff.Controllers
{
    [Authorize]
    [Route("v{version:apiVersion}/[controller]")]
    [ApiController]
    [ApiVersion("1.0")]
    public class CouponsController : Controller
    {
        // GET: v1/coupon
        [HttpGet()]
        [ProducesResponseType((int)HttpStatusCode.OK)]
        public async Task<IActionResult> GetCoupons()
        {
            return Ok();
        }
    }
}
"""
BFF = "Source/ApiGWs/Tailwind.Traders.Bff/"


def _route_auth(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    return [f.message for f in findings(result, "endpoint-security/route-auth", Status.FAIL)]


def test_the_reads_of_a_controller_without_authorize_beside_guarded_ones_are_one_question(tmp_path: Path) -> None:
    write(tmp_path, {BFF + "Tailwind.Traders.MobileBff.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n",
                     BFF + "Controllers/ProductsController.cs": PRODUCTS_CONTROLLER,
                     BFF + "Controllers/CouponsController.cs": COUPONS_CONTROLLER})
    failed = _route_auth(tmp_path)
    reads = [m for m in failed if "read-only route" in m]
    assert len(reads) == 1, failed
    assert reads[0].startswith("GET /v{version:apiVersion}/Products/landing (aspnet) and 2 more read-only route(s) "
                               f"of {BFF}Controllers/ProductsController.cs answer anyone: nothing in that file "
                               f"authenticates, while service {BFF.rstrip('/')} does elsewhere ("), reads[0]
    assert "in CouponsController.cs)" in reads[0] and "Coupons " not in reads[0]  # the guard, not a route
    # the open write keeps its own finding
    assert [m for m in failed if "imageclassifier" in m] == [
        "POST /v{version:apiVersion}/Products/imageclassifier (aspnet) has no auth dependency or decorator, and no "
        "global auth layer covers it"]


def test_a_controller_that_guards_some_of_its_reads_keeps_one_finding_per_open_read(tmp_path: Path) -> None:
    # [Authorize] on one action of the same controller: an open read beside it looks like an oversight
    guarded_one = PRODUCTS_CONTROLLER.replace('        [HttpGet("{id}")]\n',
                                              '        [Authorize]\n        [HttpGet("{id}")]\n')
    write(tmp_path, {BFF + "Tailwind.Traders.MobileBff.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n",
                     BFF + "Controllers/ProductsController.cs": guarded_one,
                     BFF + "Controllers/CouponsController.cs": COUPONS_CONTROLLER})
    failed = _route_auth(tmp_path)
    assert not [m for m in failed if "read-only route" in m], failed
    assert sorted(m.split(" (")[0] for m in failed) == [
        "GET /v{version:apiVersion}/Products", "GET /v{version:apiVersion}/Products/landing",
        "POST /v{version:apiVersion}/Products/imageclassifier"]


# smilr's data-api (node/data-api/core/app.js): authHandler on the event writes only, every read open
SMILR_APP = """\
const express = require('express')
const passport = require('passport')
const app = express()

    // Setup protection on 'admin' routes or bypass if SECURE_CLIENT_ID isn't set
    // Default is a passthrough handler, with means no auth or protection on routes
    let authHandler = function(req, res, next) {
      next()
    }
    if (process.env.SECURE_CLIENT_ID) {
    // Validate bearer token with oauth scheme see lib/auth.js
      authHandler = passport.authenticate('oauth-bearer', { session: false })
    }

    // Event endpoints, full CRUD + some extra
    app.get('/api/events/:id', eventController.get)
    app.get('/api/events', eventController.query)
    app.get('/api/events/filter/:time',  eventController.timeFilter)
    // These routes are protected with authHandler
    app.post('/api/events', authHandler, eventController.create)
    app.put('/api/events/:id', authHandler, eventController.update)
    app.delete('/api/events/:id', authHandler, eventController.delete)

    // Feedback endpoints, just get and post
    app.get('/api/feedback/:eventid/:topicid', feedbackController.get)
    app.post('/api/feedback', feedbackController.create)
"""


def test_the_reads_of_a_file_that_guards_only_its_writes_are_one_question(tmp_path: Path) -> None:
    write(tmp_path, {"node/data-api/package.json": '{"dependencies": {"express": "4", "passport": "0.4"}}\n',
                     "node/data-api/core/app.js": SMILR_APP})
    failed = _route_auth(tmp_path)
    reads = [m for m in failed if "read-only route" in m]
    assert len(reads) == 1, failed
    assert reads[0].startswith("GET /api/events/:id (express) and 3 more read-only route(s) of "
                               "node/data-api/core/app.js answer anyone: that file guards its writes (authHandler) "
                               "and none of its reads."), reads[0]
    # every write keeps its own finding: the opt-in guard's three and the open feedback post
    writes = sorted(m.split(" (")[0] for m in failed if m not in reads)
    assert writes == ["DELETE /api/events/:id", "POST /api/events", "POST /api/feedback", "PUT /api/events/:id"]


# --- endpoint-security/route-auth: a handler named `register` under path parameters is no sign-up ---------------

# teastore's service registry (services/tools.descartes.teastore.registry/.../rest/RegistryREST.java)
REGISTRY_REST = """\
package tools.descartes.teastore.registry.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

@Path("services")
@Produces({ "application/json" })
public class RegistryREST {

	@PUT
	@Path("{name}/{location}")
	public Response register(@PathParam("name") final String name, @PathParam("location") final String location) {
		boolean success = Registry.getRegistryInstance().register(name, location);
		if (success) {
			return Response.status(Status.CREATED).build();
		}
		return Response.ok().build();
	}

	@DELETE
	@Path("{name}/{location}")
	public Response unregister(@PathParam("name") final String name, @PathParam("location") final String location) {
		boolean success = Registry.getRegistryInstance().unregister(name, location);
		return Response.ok().build();
	}
}
"""
REGISTRY = "services/tools.descartes.teastore.registry/"


def test_a_register_handler_under_path_parameters_registers_a_resource_not_a_user(tmp_path: Path) -> None:
    write(tmp_path, {REGISTRY + "pom.xml": "<project><artifactId>registry</artifactId></project>\n",
                     REGISTRY + "src/main/java/tools/descartes/teastore/registry/rest/RegistryREST.java":
                         REGISTRY_REST})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    failed = sorted(f.message.split(" (")[0] for f in findings(result, "endpoint-security/route-auth", Status.FAIL))
    assert failed == ["DELETE /services/{name}/{location}", "PUT /services/{name}/{location}"], failed
    assert not any("entry point" in f.message for f in findings(result, "endpoint-security/route-auth", Status.PASS))


def test_an_api_version_parameter_does_not_stop_a_login_entry_point() -> None:
    # tailwind's BFF: PUT /v{version:apiVersion}/Auth/refresh (AuthController.TokenRefresh) is the way in
    from deploycheck.checks.security.api import _entry_point
    from deploycheck.sources.routes import Route

    refresh = Route(method="PUT", path="/v{version:apiVersion}/Auth/refresh", file="Controllers/AuthController.cs",
                    line=33, framework="aspnet", handler="AuthController.TokenRefresh")
    assert _entry_point(refresh)
    assert not _entry_point(Route(method="PUT", path="/services/{name}/{location}", file="RegistryREST.java",
                                  line=43, framework="jax-rs", handler="register"))
