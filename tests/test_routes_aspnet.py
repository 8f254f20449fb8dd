"""ASP.NET Core routes (acc-routes3, issue 8): controllers with attribute and conventional routing, [Authorize] /
[AllowAnonymous] on methods, classes and base classes, global layers (RequireAuthorization on the controllers,
AuthorizeFilter, FallbackPolicy), minimal APIs and their groups; Swashbuckle's generated description. The C# lines
are taken from pitstop, eShopOnContainers and TailwindTraders (bench/accuracy/repos)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes
from deploycheck.sources.routes_aspnet import blank

ROUTE_AUTH = "endpoint-security/route-auth"
SPEC_PRESENT = "api-docs/spec-present"
CSPROJ = '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n'

# pitstop src/CustomerManagementAPI/Controllers/CustomersController.cs (bodies shortened)
PITSTOP_CUSTOMERS = """\
\ufeffnamespace Pitstop.Application.CustomerManagementAPI.Controllers;

[Route("/api/[controller]")]
public class CustomersController : Controller
{
    IMessagePublisher _messagePublisher;
    CustomerManagementDBContext _dbContext;

    public CustomersController(CustomerManagementDBContext dbContext, IMessagePublisher messagePublisher)
    {
        _dbContext = dbContext;
        _messagePublisher = messagePublisher;
    }

    [HttpGet]
    public async Task<IActionResult> GetAllAsync()
    {
        return Ok(await _dbContext.Customers.ToListAsync());
    }

    [HttpGet]
    [Route("{customerId}", Name = "GetByCustomerId")]
    public async Task<IActionResult> GetByCustomerId(string customerId)
    {
        var customer = await _dbContext.Customers.FirstOrDefaultAsync(c => c.CustomerId == customerId);
        if (customer == null)
        {
            return NotFound();
        }
        return Ok(customer);
    }

    [HttpPost]
    public async Task<IActionResult> RegisterAsync([FromBody] RegisterCustomer command)
    {
        return CreatedAtRoute("GetByCustomerId", new { customerId = customer.CustomerId }, customer);
    }
}
"""

# pitstop src/WebApp: conventional routing (`{controller=Home}/{action=Index}/{id?}`), a Razor page and a form post
PITSTOP_WEBAPP = """\
namespace PitStop.Controllers;

public class CustomerManagementController : Controller
{
    private ICustomerManagementAPI _customerManagementAPI;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        return await _resiliencyHelper.ExecuteResilient(async () => View(await _customerManagementAPI.GetCustomers()));
    }

    [HttpPost]
    public async Task<IActionResult> Register([FromForm] CustomerManagementNewViewModel inputModel)
    {
        return RedirectToAction("Index");
    }

    private string GetErrorMessage() => "error";
}

public class HomeController : Controller
{
    [HttpGet]
    public IActionResult About()
    {
        return View();
    }
}
"""

# eShopOnContainers src/Services/Ordering/Ordering.API/Controllers/OrdersController.cs (shortened)
ESHOP_ORDERS = """\
namespace Microsoft.eShopOnContainers.Services.Ordering.API.Controllers;

[Route("api/v1/[controller]")]
[Authorize]
[ApiController]
public class OrdersController : ControllerBase
{
    [Route("cancel")]
    [HttpPut]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> CancelOrderAsync([FromBody] CancelOrderCommand command,
                                                      [FromHeader(Name = "x-requestid")] string requestId)
    {
        return Ok();
    }

    [Route("{orderId:int}")]
    [HttpGet]
    public async Task<ActionResult> GetOrderAsync(int orderId)
    {
        return Ok();
    }
}
"""

# eShopOnContainers Identity.API Quickstart: [AllowAnonymous] on the class, [Authorize] on another
ESHOP_ACCOUNT = """\
[SecurityHeaders]
[AllowAnonymous]
public class AccountController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Login(string returnUrl)
    {
        return View(await BuildLoginViewModelAsync(returnUrl));
    }

    // [Authorize]  (switched off: a comment guards nothing)
    [HttpGet]
    public async Task<IActionResult> AccessDenied()
    {
        return View();
    }
}
"""


def _routes(tmp_path: Path) -> list[tuple[str, str, list[str], str]]:
    result = Context(tmp_path, Config()).use(code_routes)
    return sorted((r.method, r.path, r.auth_hints, r.declared_public) for r in result.routes)


def _open(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    return sorted(" ".join(m.split()[:2]) for m in open_route_messages(result))


def test_attribute_routes_with_controller_token_and_no_auth_fail(tmp_path: Path) -> None:
    # pitstop's labelled route-auth problem: the APIs' POST /api/customers, ... were never read (no C# reader)
    write(tmp_path, {"src/CustomerManagementAPI/CustomerManagementAPI.csproj": CSPROJ,
                     "src/CustomerManagementAPI/Controllers/CustomersController.cs": PITSTOP_CUSTOMERS})
    assert _routes(tmp_path) == [("GET", "/api/Customers", [], ""), ("GET", "/api/Customers/{customerId}", [], ""),
                                 ("POST", "/api/Customers", [], "")]
    assert _open(tmp_path) == ["GET /api/Customers", "GET /api/Customers/{customerId}", "POST /api/Customers"]


def test_conventional_routes_and_fixed_pages(tmp_path: Path) -> None:
    write(tmp_path, {"src/WebApp/WebApp.csproj": CSPROJ, "src/WebApp/Controllers/Controllers.cs": PITSTOP_WEBAPP})
    assert [(m, p) for m, p, _, _ in _routes(tmp_path)] == [
        ("GET", "/CustomerManagement/Index"), ("GET", "/Home/About"), ("POST", "/CustomerManagement/Register")]
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert _open(tmp_path) == ["GET /CustomerManagement/Index", "POST /CustomerManagement/Register"]
    fixed = [f for f in findings(result, ROUTE_AUTH, Status.PASS) if "fixed page" in f.message]
    assert len(fixed) == 1 and "/Home/About" in fixed[0].message


def test_authorize_on_the_class_guards_and_allow_anonymous_opens(tmp_path: Path) -> None:
    write(tmp_path, {"Ordering.API/Ordering.API.csproj": CSPROJ,
                     "Ordering.API/Controllers/OrdersController.cs": ESHOP_ORDERS,
                     "Identity.API/Identity.API.csproj": CSPROJ,
                     "Identity.API/Quickstart/AccountController.cs": ESHOP_ACCOUNT})
    assert _routes(tmp_path) == [
        ("GET", "/Account/AccessDenied", [], "[AllowAnonymous] on AccountController"),
        ("GET", "/Account/Login", [], "[AllowAnonymous] on AccountController"),
        ("GET", "/api/v1/Orders/{orderId:int}", ["[Authorize] on OrdersController"], ""),
        ("PUT", "/api/v1/Orders/cancel", ["[Authorize] on OrdersController"], "")]
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert not findings(result, ROUTE_AUTH, Status.FAIL)
    declared = [f for f in findings(result, ROUTE_AUTH, Status.PASS) if "declared public" in f.message]
    assert len(declared) == 1 and "[AllowAnonymous] on AccountController" in declared[0].message


def test_a_commented_authorize_guards_nothing(tmp_path: Path) -> None:
    text = ESHOP_ORDERS.replace("[Authorize]\n", "// [Authorize]\n").replace('[Route("cancel")]', '/* [Authorize] */')
    write(tmp_path, {"Ordering.API/Ordering.API.csproj": CSPROJ, "Ordering.API/OrdersController.cs": text})
    assert _open(tmp_path) == ["GET /api/v1/Orders/{orderId:int}", "PUT /api/v1/Orders"]


BASE_AND_CUSTOM = """\
[Authorize]
public abstract class SecuredController : ControllerBase { }

public class ApiKeyAttribute : AuthorizeAttribute { }

[Route("api/[controller]")]
public class InvoicesController : SecuredController
{
    [HttpGet("{id}")]
    public IActionResult Get(int id) { return Ok(); }

    [AllowAnonymous]
    [HttpGet("public")]
    public IActionResult Public() => Ok();
}

[ApiController]
[Route("api/[controller]/[action]")]
public class KeysController : ControllerBase
{
    [ApiKey]
    [HttpPost]
    public IActionResult RotateAsync() { return Ok(); }

    [HttpGet]
    public IActionResult List() { return Ok(); }

    [NonAction]
    public void Helper() { }
}
"""


def test_inherited_authorize_custom_authorize_attribute_and_action_token(tmp_path: Path) -> None:
    write(tmp_path, {"Billing/Billing.csproj": CSPROJ, "Billing/Controllers.cs": BASE_AND_CUSTOM})
    assert _routes(tmp_path) == [
        ("GET", "/api/Invoices/public", [], "[AllowAnonymous]"),
        ("GET", "/api/Invoices/{id}", ["[Authorize] on SecuredController"], ""),
        ("GET", "/api/Keys/List", [], ""),
        ("POST", "/api/Keys/Rotate", ["[ApiKey]"], "")]
    assert _open(tmp_path) == ["GET /api/Keys/List"]


PROGRAM_GLOBAL = """\
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers(options =>
{
    options.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
});
var app = builder.Build();
app.MapControllers();
app.MapGet("/api/stats", () => Results.Ok()).WithName("Stats");
app.Run();
"""

PROGRAM_REQUIRE = """\
var app = builder.Build();
app.UseAuthorization();
app.MapControllers().RequireAuthorization();
app.MapGet("/api/stats", GetStats);
app.Run();
"""

PROGRAM_FALLBACK = """\
builder.Services.AddAuthorization(options =>
{
    options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
});
var app = builder.Build();
app.MapControllers();
app.MapGet("/api/stats", GetStats);
app.MapGet("/about", () => "about").AllowAnonymous();
"""

OPEN_CONTROLLER = """\
[ApiController]
[Route("api/[controller]")]
public class VehiclesController : ControllerBase
{
    [HttpPost]
    public IActionResult RegisterAsync([FromBody] RegisterVehicle command) { return Ok(); }
}
"""


def test_global_layers_cover_what_they_cover(tmp_path: Path) -> None:
    for name, program, still_open in (
            ("filter", PROGRAM_GLOBAL, ["GET /api/stats"]),  # an MVC filter: controllers only
            ("require", PROGRAM_REQUIRE, ["GET /api/stats"]),  # MapControllers().RequireAuthorization(): the same
            ("fallback", PROGRAM_FALLBACK, [])):  # the fallback policy: every endpoint without its own data
        repo = tmp_path / name
        write(repo, {"Api/Api.csproj": CSPROJ, "Api/Program.cs": program,
                     "Api/Controllers/VehiclesController.cs": OPEN_CONTROLLER})
        assert _open(repo) == still_open, name
        layers = [f for f in findings(scan(repo, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.PASS)
                  if "asp.net core auth layer" in f.message]
        assert layers and "Api/Program.cs" in layers[0].message, name
    # the same layer in another project does not reach this one
    other = tmp_path / "other"
    write(other, {"Gateway/Gateway.csproj": CSPROJ, "Gateway/Program.cs": PROGRAM_REQUIRE,
                  "Api/Api.csproj": CSPROJ, "Api/Controllers/VehiclesController.cs": OPEN_CONTROLLER})
    assert _open(other) == ["GET /api/stats", "POST /api/Vehicles"]


MINIMAL = """\
var app = builder.Build();
var api = app.MapGroup("/api/catalog").RequireAuthorization();
var admin = api.MapGroup("admin");
api.MapGet("/items", GetAllItems);
admin.MapDelete("/items/{id:int}", DeleteItem);
app.MapPost("/webhooks", [Authorize] async (Hook hook) => Results.Ok());
app.MapMethods("/legacy", new[] { "PUT", "PATCH" }, Legacy);
app.MapGet(Routes.Export, Export);
app.MapGet("/_proto/", async ctx =>
{
    ctx.Response.ContentType = "text/plain";
});
"""


def test_minimal_apis_groups_and_unresolved_paths(tmp_path: Path) -> None:
    write(tmp_path, {"Catalog/Catalog.csproj": CSPROJ, "Catalog/Program.cs": MINIMAL})
    result = Context(tmp_path, Config()).use(code_routes)
    assert sorted((r.method, r.path, r.auth_hints) for r in result.routes) == [
        ("DELETE", "/api/catalog/admin/items/{id:int}", [".RequireAuthorization() on group api"]),
        ("GET", "/_proto", []),
        ("GET", "/api/catalog/items", [".RequireAuthorization() on group api"]),
        ("PATCH", "/legacy", []),
        ("POST", "/webhooks", ["[Authorize] on the handler"]),
        ("PUT", "/legacy", [])]
    assert [(u.line, u.methods) for u in result.unresolved] == [(8, ["GET"])]
    scanned = scan(tmp_path, only=(ROUTE_AUTH,))
    assert _open(tmp_path) == ["GET /_proto", "PATCH /legacy", "PUT /legacy"]
    skipped = findings(scanned, ROUTE_AUTH, Status.SKIPPED)
    assert len(skipped) == 1 and "Catalog/Program.cs:8" in skipped[0].message


def test_test_projects_and_strings_are_not_routes(tmp_path: Path) -> None:
    write(tmp_path, {"src/Ordering.FunctionalTests/OrdersController.cs": OPEN_CONTROLLER,
                     "src/Api/Api.csproj": CSPROJ,
                     "src/Api/Docs.cs": 'public class Docs { string s = "[Route(\\"/x\\")] class FakeController"; }'})
    assert _routes(tmp_path) == []
    code, mask = blank('var s = @"a ""quoted"" // not a comment"; // trailing remark\n[Route("api/[controller]")]')
    assert "// not a comment" in code and "trailing remark" not in code
    assert mask.count("[") == 1 and len(code) == len(mask)


SWAGGER_STARTUP = """\
public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSwaggerGen(options => { options.SwaggerDoc("v1", new OpenApiInfo { Title = "Ordering" }); });
    }

    public void Configure(IApplicationBuilder app)
    {
        app.UseSwagger().UseSwaggerUI(c => c.SwaggerEndpoint("/swagger/v1/swagger.json", "Ordering.API V1"));
    }
}
"""


def test_swashbuckle_generated_description_counts_as_present(tmp_path: Path) -> None:
    write(tmp_path, {"Ordering.API/Ordering.API.csproj": CSPROJ, "Ordering.API/Startup.cs": SWAGGER_STARTUP,
                     "Ordering.API/Controllers/OrdersController.cs": ESHOP_ORDERS})
    result = scan(tmp_path, only=(SPEC_PRESENT,))
    assert not findings(result, SPEC_PRESENT, Status.FAIL)
    passed = findings(result, SPEC_PRESENT, Status.PASS)
    assert len(passed) == 1 and "Swashbuckle: AddSwaggerGen() at Ordering.API/Startup.cs:5" in passed[0].message
    # AddSwaggerGen without UseSwagger serves nothing; a project without either is not described by another's
    write(tmp_path, {"Ordering.API/Startup.cs": SWAGGER_STARTUP.replace("app.UseSwagger()", "app"),
                     "Basket.API/Basket.API.csproj": CSPROJ, "Basket.API/Startup.cs": SWAGGER_STARTUP,
                     "Basket.API/Controllers/VehiclesController.cs": OPEN_CONTROLLER})
    result = scan(tmp_path, only=(SPEC_PRESENT,))
    failed = findings(result, SPEC_PRESENT, Status.FAIL)
    assert len(failed) == 1 and "declares 2 HTTP route(s)" in failed[0].message
    assert "Orders" in " ".join(failed[0].evidence["routes"])


def test_swagger_served_only_in_development_is_no_description(tmp_path: Path) -> None:
    # the ASP.NET Core template: production never serves what only the Development environment maps
    minimal = """\
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSwaggerGen();
var app = builder.Build();
{serve}
app.MapControllers();
app.Run();
"""
    cases = {
        "block": ("if (app.Environment.IsDevelopment())\n{\n    app.UseSwagger();\n    app.UseSwaggerUI();\n}",
                  Status.FAIL),
        "one-line": ("if (app.Environment.IsDevelopment()) app.UseSwagger();", Status.FAIL),
        "nested": ("if (app.Environment.IsDevelopment())\n{\n    if (useUi)\n    {\n        app.UseSwagger();\n"
                   "    }\n}", Status.FAIL),
        "else": ("if (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\nelse\n{\n"
                 "    app.UseSwagger();\n}", Status.PASS),
        "negated": ("if (!app.Environment.IsDevelopment())\n{\n    app.UseSwagger();\n}", Status.PASS),
        "always": ("app.UseSwagger(); // if (app.Environment.IsDevelopment()) {", Status.PASS),
    }
    for name, (serve, expected) in cases.items():
        write(tmp_path / name, {"Ordering.API/Ordering.API.csproj": CSPROJ,
                                "Ordering.API/Program.cs": minimal.format(serve=serve),
                                "Ordering.API/Controllers/OrdersController.cs": ESHOP_ORDERS})
        [finding] = findings(scan(tmp_path / name, only=(SPEC_PRESENT,)), SPEC_PRESENT)
        assert finding.status is expected, (name, finding.message)


def test_a_web_ui_needs_no_api_description(tmp_path: Path) -> None:
    # pitstop's WebApp: MVC views and form posts are pages, not API operations missing a description
    write(tmp_path, {"src/WebApp/WebApp.csproj": CSPROJ, "src/WebApp/Controllers/Controllers.cs": PITSTOP_WEBAPP})
    result = scan(tmp_path, only=(SPEC_PRESENT,))
    na = findings(result, SPEC_PRESENT, Status.NA)
    assert not findings(result, SPEC_PRESENT, Status.FAIL) and len(na) == 1 and "web UI's pages" in na[0].message
    # an API controller beside it still needs one
    write(tmp_path, {"src/Api/Api.csproj": CSPROJ, "src/Api/CustomersController.cs": PITSTOP_CUSTOMERS})
    failed = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT, Status.FAIL)
    assert len(failed) == 1 and "declares 3 HTTP route(s)" in failed[0].message


# TailwindTraders Login.Api Controllers/AuthController.cs: the token endpoints are the login itself
TAILWIND_AUTH = """\
[Route("v{version:apiVersion}/oauth2")]
[ApiController]
public class AuthController : ControllerBase
{
    [HttpPost("token")]
    public IActionResult Login([FromBody] TokenRequestModel model) { return Ok(); }

    [HttpPut("refresh")]
    public IActionResult RefreshAccessToken([FromBody] RefreshTokenRequestModel model) { return Ok(); }
}

[Route("api/[controller]")]
public class CustomersController : ControllerBase
{
    [HttpPost]
    public IActionResult Register([FromBody] RegisterCustomer command) { return Ok(); }
}
"""


def test_login_and_refresh_actions_of_an_account_controller_are_the_way_in(tmp_path: Path) -> None:
    write(tmp_path, {"Login.Api/Login.Api.csproj": CSPROJ, "Login.Api/Controllers/AuthController.cs": TAILWIND_AUTH})
    assert _open(tmp_path) == ["POST /api/Customers"]  # Register on a customers controller registers a customer


# eShopOnContainers src/Services/Catalog/Catalog.API/Startup.cs
ESHOP_PROTO = """\
app.UseEndpoints(endpoints =>
{
    endpoints.MapDefaultControllerRoute();
    endpoints.MapControllers();
    endpoints.MapGet("/_proto/", async ctx =>
    {
        ctx.Response.ContentType = "text/plain";
        using var fs = new FileStream(Path.Combine(env.ContentRootPath, "Proto", "catalog.proto"), FileMode.Open,
                                      FileAccess.Read);
        using var sr = new StreamReader(fs);
        while (!sr.EndOfStream)
        {
            var line = await sr.ReadLineAsync();
            await ctx.Response.WriteAsync(line);
        }
    });
    endpoints.MapGet("/_files/", async ctx =>
    {
        var name = ctx.Request.Query["name"];
        using var fs = new FileStream(Path.Combine(env.ContentRootPath, "Proto", name), FileMode.Open);
    });
});
"""


def test_a_minimal_handler_serving_a_fixed_file_is_a_fixed_page(tmp_path: Path) -> None:
    write(tmp_path, {"Catalog.API/Catalog.API.csproj": CSPROJ, "Catalog.API/Startup.cs": ESHOP_PROTO})
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert _open(tmp_path) == ["GET /_files"]  # reads the request: not fixed
    fixed = [f for f in findings(result, ROUTE_AUTH, Status.PASS) if "fixed page" in f.message]
    assert len(fixed) == 1 and "/_proto" in fixed[0].message


def test_development_only_swagger_stays_linear_on_hostile_text() -> None:
    # every UseSwagger walks back through its enclosing blocks: braces, `if (` heads and calls by the thousand
    import time

    from deploycheck.sources.routes_aspnet import aspnet_routes

    hostile = {
        "Api/Program.cs": "builder.Services.AddSwaggerGen();\n" + "{" * 200_000 + "app.UseSwagger();" * 20_000,
        "Api/Startup.cs": "AddSwaggerGen();" + "if (a.IsDevelopment() " * 20_000 + "{ app.UseSwagger(); }" * 5_000,
    }
    for rel, text in hostile.items():
        started = time.perf_counter()
        aspnet_routes({rel: text}, {"Api"})
        assert time.perf_counter() - started < 3, rel
