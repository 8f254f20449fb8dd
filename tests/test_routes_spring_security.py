"""endpoint-security/route-auth on Spring Security's rule order: the first rule that matches a request decides, so
`anyRequest().authenticated()` guards only what no earlier `permitAll()` matched; and an auth middleware that is
a pass-through unless the deployment opts in (acc-routes5, issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes
from deploycheck.sources.spring_security import ant_match, chain_rules, decide, opened

ROUTE_AUTH = "endpoint-security/route-auth"

# yas order/src/main/java/com/yas/order/config/SecurityConfig.java, as shipped
YAS_ORDER_SECURITY = """\
@Configuration
public class SecurityConfig {
    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {

        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/prometheus", "/actuator/health/**",
                                "/swagger-ui", "/swagger-ui/**", "/error", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/storefront/**").permitAll()
                        .requestMatchers("/backoffice/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(Customizer.withDefaults()))
                .build();
    }
}
"""
# yas order/src/main/java/com/yas/order/controller/OrderController.java (bodies shortened)
YAS_ORDER_CONTROLLER = """\
@RestController
@RequiredArgsConstructor
public class OrderController {
    private final OrderService orderService;

    @PostMapping("/storefront/orders")
    public ResponseEntity<OrderVm> createOrder(@Valid @RequestBody OrderPostVm orderPostVm) {
        return ResponseEntity.ok(orderService.createOrder(orderPostVm));
    }

    @PutMapping("/storefront/orders/status")
    public ResponseEntity<PaymentOrderStatusVm> updateOrderPaymentStatus(
        @Valid @RequestBody PaymentOrderStatusVm paymentOrderStatusVm
    ) {
        return ResponseEntity.ok(orderService.updateOrderPaymentStatus(paymentOrderStatusVm));
    }

    @GetMapping("/storefront/orders/checkout/{id}")
    public ResponseEntity<OrderGetVm> getOrderWithCheckoutId(@PathVariable String id) {
        return ResponseEntity.ok(orderService.findOrderVmByCheckoutId(id));
    }

    @GetMapping("/backoffice/orders/{id}")
    public ResponseEntity<OrderVm> getOrderWithItemsById(@PathVariable long id) {
        return ResponseEntity.ok(orderService.getOrderWithItemsById(id));
    }

    @PutMapping("/internal/orders/{id}")
    public ResponseEntity<OrderVm> touch(@PathVariable long id) {
        return ResponseEntity.ok(orderService.touch(id));
    }
}
"""
BASE = "order/src/main/java/com/yas/order/"


def _fails(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    return sorted(" ".join(f.message.split()[:2]) for f in findings(result, ROUTE_AUTH, Status.FAIL))


def _passes(tmp_path: Path) -> list[str]:
    return [f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.PASS)]


def test_a_permit_all_wildcard_before_any_request_opens_the_writes_under_it(tmp_path: Path) -> None:
    # yas: every route counted as behind `anyRequest().authenticated()`, though `/storefront/**` is permitAll()
    # first: PUT /storefront/orders/status (payment status updates) and POST /storefront/orders passed
    write(tmp_path, {BASE + "config/SecurityConfig.java": YAS_ORDER_SECURITY,
                     BASE + "controller/OrderController.java": YAS_ORDER_CONTROLLER})
    assert _fails(tmp_path) == ["POST /storefront/orders", "PUT /storefront/orders/status"]
    messages = [f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)]
    assert all('requestMatchers("/storefront/**").permitAll()' in m for m in messages)
    passes = _passes(tmp_path)
    # the reads under the wildcard are a choice written down; the rest stays behind the layer
    assert any("declared public" in p and "/storefront/orders/checkout/{id}" in p for p in passes)
    assert any("2 routes are behind spring auth layer" in p for p in passes)


def test_rules_after_a_protecting_rule_do_not_open_its_routes(tmp_path: Path) -> None:
    # yas cart: `/storefront/carts/**` hasRole("CUSTOMER") comes before `/storefront/**` permitAll(): first match wins
    security = YAS_ORDER_SECURITY.replace('.requestMatchers("/storefront/**").permitAll()',
                                          '.requestMatchers("/storefront/orders/**").hasRole("CUSTOMER")\n'
                                          '                        .requestMatchers("/storefront/**").permitAll()')
    write(tmp_path, {BASE + "config/SecurityConfig.java": security,
                     BASE + "controller/OrderController.java": YAS_ORDER_CONTROLLER})
    assert _fails(tmp_path) == []


OLD_DSL = """\
@EnableResourceServer
@Configuration
public class ResourceServerConfig extends ResourceServerConfigurerAdapter {
    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.authorizeRequests()
                .antMatchers("/" , "/demo").permitAll()
                .antMatchers(HttpMethod.POST, "/webhooks/**").permitAll()
                .mvcMatchers("/internal/**").permitAll()
                .anyRequest().authenticated();
    }
}
"""
ACCOUNTS = """\
@RestController
public class AccountController {
    @RequestMapping(path = "/", method = RequestMethod.POST)
    public Account createNewAccount(@Valid @RequestBody User user) { return accountService.create(user); }

    @RequestMapping(path = "/current", method = RequestMethod.PUT)
    public void saveCurrentAccount(Principal principal, @Valid @RequestBody Account account) { save(account); }

    @PostMapping("/webhooks/stripe")
    public void stripe(@RequestBody String body) { handle(body); }

    @DeleteMapping("/internal/cache/{key}")
    public void evict(@PathVariable String key) { cache.evict(key); }
}
"""


def test_the_old_chained_dsl_with_exact_and_method_rules(tmp_path: Path) -> None:
    # piggymetrics account-service: `antMatchers("/", "/demo").permitAll()` names POST / (registration) exactly:
    # declared public; `/internal/**` opens a DELETE through a wildcard, and a wildcard limited to POST opens every
    # POST under it just the same
    write(tmp_path, {"account/src/main/java/a/ResourceServerConfig.java": OLD_DSL,
                     "account/src/main/java/a/AccountController.java": ACCOUNTS})
    assert _fails(tmp_path) == ["DELETE /internal/cache/{key}", "POST /webhooks/stripe"]
    declared = next(p for p in _passes(tmp_path) if "declared public" in p)
    assert "POST /" in declared
    write(tmp_path, {"account/src/main/java/a/ResourceServerConfig.java": OLD_DSL.replace(
        '"/webhooks/**"', '"/webhooks/stripe"')})
    assert _fails(tmp_path) == ["DELETE /internal/cache/{key}"]
    assert any("1 routes are behind spring auth layer" in p for p in _passes(tmp_path))


WEBFLUX = """\
@Bean
SecurityWebFilterChain springSecurityFilterChain(ServerHttpSecurity http) {
    return http.authorizeExchange(exchanges -> exchanges
            .pathMatchers(PUBLIC_PATHS).permitAll()
            .anyExchange().authenticated())
        .build();
}
private static final String[] PUBLIC_PATHS = {"/api/public/**", "/actuator/**"};
"""
PUBLIC_CONTROLLER = """\
@RestController
@RequestMapping("/api/public")
public class PublicController {
    @PostMapping("/feedback")
    public Mono<Void> feedback(@RequestBody String text) { return store(text); }
}
"""


def test_webflux_path_matchers_with_a_constant_of_the_same_file(tmp_path: Path) -> None:
    write(tmp_path, {"web/src/main/java/w/Security.java": WEBFLUX,
                     "web/src/main/java/w/PublicController.java": PUBLIC_CONTROLLER})
    assert _fails(tmp_path) == ["POST /api/public/feedback"]
    write(tmp_path, {"web/src/main/java/w/Security.java": WEBFLUX.replace('"/api/public/**", ', "")})
    assert _fails(tmp_path) == []


def test_a_matcher_the_text_cannot_resolve_leaves_writes_unjudged_as_open(tmp_path: Path) -> None:
    # a constant of another class may hold `/**`: a write reaching that permitAll() is never counted as guarded
    write(tmp_path, {"web/src/main/java/w/Security.java": WEBFLUX.replace("PUBLIC_PATHS).", "Paths.OPEN).")
                     .replace("private static", "// private static"),
                     "web/src/main/java/w/PublicController.java": PUBLIC_CONTROLLER})
    assert _fails(tmp_path) == ["POST /api/public/feedback"]


KOTLIN = """\
@Bean
open fun filterChain(http: HttpSecurity): SecurityFilterChain {
    http {
        authorizeHttpRequests {
            authorize("/api/open/**", permitAll)
            authorize(HttpMethod.POST, "/api/signup", permitAll)
            authorize(anyRequest, authenticated)
        }
    }
    return http.build()
}
"""


def test_kotlin_dsl_rules() -> None:
    rules = chain_rules(KOTLIN, KOTLIN.index("authorize(anyRequest"))
    assert [(r.patterns, r.methods, r.open) for r in rules] == [
        (("/api/open/**",), (), True), (("/api/signup",), ("POST",), True), ((), (), False)]
    assert opened(rules, "PUT", "/api/open/x/{id}")[1]
    assert opened(rules, "POST", "/api/signup") == (rules[1], True)
    assert decide(rules, "GET", "/api/orders").any_request  # type: ignore[union-attr]


@pytest.mark.parametrize(("pattern", "path", "expected"), [
    ("/storefront/**", "/storefront/orders/status", True),
    ("/storefront/**", "/storefront", True),
    ("/storefront/*", "/storefront/orders/status", False),
    ("/storefront/*", "/storefront/{id}", True),
    ("/orders/{id}", "/orders/{orderId}", True),
    ("/orders/latest", "/orders/{id}", False),  # a literal names one value of the route's variable, not all
    ("/**/*.js", "/static/app/main.js", True),
    ("/api/v?/items", "/api/v1/items", True),
    ("/a/**/c", "/a/b/x/c", True),
    ("/a/**/c", "/a/b/x/d", False),
])
def test_ant_patterns(pattern: str, path: str, expected: bool) -> None:
    assert ant_match(pattern, path) is expected


# yas cart: the same `/storefront/**` permitAll(), but each cart service method starts by asking
# AuthenticationUtils.extractUserId(), which throws for the AnonymousAuthenticationToken permitAll() leaves in the
# context (common-library/src/main/java/com/yas/commonlibrary/utils/AuthenticationUtils.java, as shipped)
YAS_AUTHENTICATION_UTILS = """\
package com.yas.commonlibrary.utils;

public final class AuthenticationUtils {

    private AuthenticationUtils() {
    }

    public static String extractUserId() {
        Authentication authentication = getAuthentication();

        if (authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException(ApiConstant.ACCESS_DENIED);
        }

        JwtAuthenticationToken contextHolder = (JwtAuthenticationToken) authentication;

        return contextHolder.getToken().getSubject();
    }

    public static Authentication getAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
"""
YAS_CART_CONTROLLER = """\
@RestController
@RequiredArgsConstructor
public class CartItemController {
    private final CartItemService cartItemService;

    @PostMapping("/storefront/cart/items")
    public ResponseEntity<CartItemGetVm> addCartItem(@Valid @RequestBody CartItemPostVm cartItemPostVm) {
        CartItemGetVm cartItemGetVm = cartItemService.addCartItem(cartItemPostVm);
        return ResponseEntity.ok(cartItemGetVm);
    }

    @DeleteMapping("/storefront/cart/items/{productId}")
    public ResponseEntity<Void> deleteCartItem(@PathVariable Long productId) {
        cartItemService.deleteCartItem(productId);
        return ResponseEntity.noContent().build();
    }
}
"""
YAS_CART_SERVICE = """\
@Service
@RequiredArgsConstructor
public class CartItemService {
    private final CartItemRepository cartItemRepository;

    @Transactional
    public CartItemGetVm addCartItem(CartItemPostVm cartItemPostVm) {
        validateProduct(cartItemPostVm.productId());

        String currentUserId = AuthenticationUtils.extractUserId();
        CartItem cartItem = performAddCartItem(cartItemPostVm, currentUserId);

        return cartItemMapper.toGetVm(cartItem);
    }

    @Transactional
    public void deleteCartItem(Long productId) {
        // String currentUserId = AuthenticationUtils.extractUserId();
        cartItemRepository.deleteByProductId(productId);
    }
}
"""


def test_a_write_whose_service_refuses_the_anonymous_token_is_guarded(tmp_path: Path) -> None:
    cart = "cart/src/main/java/com/yas/cart/"
    write(tmp_path, {cart + "config/SecurityConfig.java": YAS_ORDER_SECURITY,
                     cart + "controller/CartItemController.java": YAS_CART_CONTROLLER,
                     cart + "service/CartItemService.java": YAS_CART_SERVICE,
                     "common-library/src/main/java/com/yas/commonlibrary/utils/AuthenticationUtils.java":
                         YAS_AUTHENTICATION_UTILS})
    # deleteCartItem only calls AuthenticationUtils in a comment: still open
    assert _fails(tmp_path) == ["DELETE /storefront/cart/items/{productId}"]
    routes = Context(tmp_path, Config()).use(code_routes).routes
    hint = next(r.auth_hints[0] for r in routes if r.method == "POST")
    assert "cartItemService.addCartItem() -> AuthenticationUtils.extractUserId(), which throws AccessDeniedException" \
           in hint


# --- an auth middleware that is off unless the deployment opts in (smilr node/data-api/core/app.js, as shipped) ---

SMILR_APP = """\
    // Setup protection on 'admin' routes or bypass if SECURE_CLIENT_ID isn't set
    // Default is a passthrough handler, with means no auth or protection on routes
    let authHandler = function(req, res, next) {
      next()
    }
    if (process.env.SECURE_CLIENT_ID) {
    // Validate bearer token with oauth scheme see lib/auth.js
      authHandler = passport.authenticate('oauth-bearer', { session: false })
      // Optionally initialize Passport for bearer token validation
      require('../core/auth')(app)
    }

    // These routes are protected with authHandler
    app.post('/api/events', authHandler, eventController.create)
    app.put('/api/events/:id', authHandler, eventController.update)
    app.delete('/api/events/:id', authHandler, eventController.delete)
"""


def test_an_opt_in_pass_through_auth_middleware_guards_nothing_by_default(tmp_path: Path) -> None:
    # smilr: the routes counted as guarded by authHandler, a next() pass-through unless SECURE_CLIENT_ID is set (the
    # chart sets it only from a blank value, the manifests never)
    write(tmp_path, {"node/data-api/core/app.js": "const passport = require('passport')\n" + SMILR_APP})
    assert _fails(tmp_path) == ["DELETE /api/events/:id", "POST /api/events", "PUT /api/events/:id"]
    message = next(f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL))
    assert "unless SECURE_CLIENT_ID is set (node/data-api/core/app.js:4)" in message
    # replaced unconditionally: the real check always runs
    write(tmp_path, {"node/data-api/core/app.js": "const passport = require('passport')\n" + SMILR_APP.replace(
        "if (process.env.SECURE_CLIENT_ID) {", "{")})
    assert _fails(tmp_path) == []


SMILR_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: data-api
spec:
  selector:
    matchLabels: {app: data-api}
  template:
    metadata:
      labels: {app: data-api}
    spec:
      containers:
        - name: data-api
          image: smilr/data-api:1.0
          readinessProbe:
            httpGet:
              path: /api/info
              port: 4000
"""


def test_a_route_a_probe_calls_is_public_by_design(tmp_path: Path) -> None:
    # smilr: GET /api/info is the data API's readiness and liveness probe (kubernetes/advanced/data-api.yaml); the
    # kubelet sends no credentials. Its sibling GET /api/stats is no probe and stays a finding.
    app = ("const passport = require('passport')\n"
           "app.post('/api/events', passport.authenticate('oauth-bearer'), eventController.create)\n"
           "app.get('/api/info', healthController.get)\n"
           "app.get('/api/stats', statsController.get)\n")
    write(tmp_path, {"node/data-api/core/app.js": app})
    # the file guards its write only: its two open reads are one question (acc-routes6), naming GET /api/info first
    assert _fails(tmp_path) == ["GET /api/info"]
    write(tmp_path, {"kubernetes/advanced/data-api.yaml": SMILR_DEPLOYMENT})
    assert _fails(tmp_path) == ["GET /api/stats"]


# smilr vue/mock-api/server.js (as shipped, shortened): `npm run mock-api` for local front-end work, never deployed
SMILR_MOCK_API = """\
// Mock REST API server without database
// Uses JSON Server https://github.com/typicode/json-server
const jsonServer = require('json-server')
const server = jsonServer.create()

// Static routes
server.get('/api', (req, res) => {
  res.send({ message: 'Mock API server' })
})
server.post('/api/bulk', (req, res) => { load(req.body); res.sendStatus(200) })
"""


@pytest.mark.parametrize("rel", ["vue/mock-api/server.js", "vue/dev/server.js"])
def test_a_json_server_fake_api_is_not_the_services_routes(tmp_path: Path, rel: str) -> None:
    write(tmp_path, {rel: SMILR_MOCK_API})
    assert _fails(tmp_path) == []
    write(tmp_path, {rel: SMILR_MOCK_API.replace("require('json-server')", "require('express')")})
    assert _fails(tmp_path) == ([] if "mock" in rel else ["GET /api", "POST /api/bulk"])


def test_the_new_patterns_are_linear_on_long_runs_of_spaces() -> None:
    # hostile input: `\s*\{?\s*` split 20,000 spaces every possible way (10 s for the pass-through declaration)
    import time

    from deploycheck.sources.routes import _opt_in_middleware
    from deploycheck.sources.spring_security import _ANONYMOUS_REFUSAL

    started = time.monotonic()
    _opt_in_middleware("app.js", "let authHandler = function(req, res, next)" + " " * 20000 + "x", "authHandler")
    _ANONYMOUS_REFUSAL.search("if (a instanceof AnonymousAuthenticationToken)" + " " * 20000 + "x")
    assert time.monotonic() - started < 1.0


def test_the_rule_and_call_follow_are_linear_on_hostile_text() -> None:
    # `\s*\.\s*` searched over 20,000 spaces took about 3 s; following 60,000 calls searched the whole class once per
    # call for the receiver's declared type (about 2.5 s per route)
    import time

    from deploycheck.sources.spring_security import _ACCESS, refuses_anonymous

    started = time.monotonic()
    _ACCESS.search(" " * 20000)
    text = "class C { void h() { " + "x.y(); " * 60000 + "} }"
    refuses_anonymous(text, text.index("{", 10), "C.java", lambda name, near: ("C.java", text))
    assert time.monotonic() - started < 1.0


# teastore services/tools.descartes.teastore.auth/.../rest/AuthUserActionsRest.java (as shipped, shortened)
TEASTORE_AUTH_REST = """\
package tools.descartes.teastore.auth.rest;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

@Path("useractions")
public class AuthUserActionsRest {

  @POST
  @Path("isloggedin")
  public Response isLoggedIn(SessionBlob blob) {
    return Response.status(Response.Status.OK).entity(new ShaSecurityProvider().validate(blob))
        .build();
  }

  @POST
  @Path("logoutall")
  public Response logoutAll(SessionBlob blob) {
    new ShaSecurityProvider().validate(blob);
    return Response.status(Response.Status.OK).entity(store.clear()).build();
  }
}
"""


def test_a_handler_that_only_answers_whether_the_callers_credential_is_valid(tmp_path: Path) -> None:
    # teastore: POST /useractions/isloggedin returns ShaSecurityProvider().validate(blob) and nothing else; a handler
    # that validates and then acts regardless of the answer stays a finding
    write(tmp_path, {"auth/src/main/java/t/AuthUserActionsRest.java": TEASTORE_AUTH_REST,
                     "auth/src/main/java/t/Other.java": "class Other { String token; }\n"})
    assert _fails(tmp_path) == ["POST /useractions/logoutall"]


SCOPED_CHAINS = """\
@Configuration
public class SecurityConfig {
    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(AntPathRequestMatcher.antMatcher("/api/public/**")).permitAll()
                        .anyRequest().authenticated())
                .build();
    }
}
"""
SCOPED_CONTROLLER = """\
@RestController
public class ItemsController {
    @PostMapping("/api/items")
    public Item create(@RequestBody Item item) { return items.save(item); }

    @PostMapping("/admin/reset")
    public void reset() { items.deleteAll(); }
}
"""


def test_a_chain_limited_by_security_matcher_guards_only_its_requests(tmp_path: Path) -> None:
    # Spring Security 6: `securityMatcher("/api/**")` limits the chain, so its anyRequest() is any /api request;
    # POST /admin/reset is in no chain (Spring Boot's default chain is replaced once a SecurityFilterChain bean exists)
    write(tmp_path, {"svc/src/main/java/s/SecurityConfig.java": SCOPED_CHAINS,
                     "svc/src/main/java/s/ItemsController.java": SCOPED_CONTROLLER})
    assert _fails(tmp_path) == ["POST /admin/reset"]
    write(tmp_path, {"svc/src/main/java/s/SecurityConfig.java": SCOPED_CHAINS.replace(
        '.securityMatcher("/api/**")', '.securityMatcher(ApiPaths.ALL)')})
    assert _fails(tmp_path) == ["POST /admin/reset", "POST /api/items"]
    write(tmp_path, {"svc/src/main/java/s/SecurityConfig.java": SCOPED_CHAINS.replace(
        '.securityMatcher("/api/**")', "")})
    assert _fails(tmp_path) == []


def test_rule_reading_is_linear_on_a_hostile_chain() -> None:
    # each rule naming another constant searched the whole file for its assignment; a Kotlin-rule search with nothing
    # left to find read to the chain's end again for every rule; a resource server's file reads every chain
    import time

    started = time.monotonic()
    chain = "authorizeRequests(" + "".join(f".requestMatchers(X{i}).permitAll() " for i in range(10000))
    chain_rules(chain, len(chain) - 1)
    chain_rules("@EnableResourceServer " + 'authorizeRequests().antMatchers("/a").permitAll()' * 20000, 0)
    assert time.monotonic() - started < 1.0


# smilr node/data-api/controllers/bulk-controller.js (as shipped, shortened) and the app that mounts it
SMILR_BULK_CONTROLLER = """\
const Controller = require('./controller')

class BulkController extends Controller {
  constructor(service) {
    super(service)
    this.load = this.load.bind(this)
  }

  // Bulk load event and feedback data from JSON
  async load(req, res) {
    // We only allow API to be called from localhost
    let trustedIps = ['127.0.0.1', '::1', '::ffff:127.0.0.1']

    try {
      console.log(`### Bulk load request from IP: ${req.connection.remoteAddress}`)
      if (trustedIps.indexOf(req.connection.remoteAddress) == -1) {
        throw new Error(`Not authorized, only ${trustedIps} allowed`)
      }

      let bulkData = req.body
      this._sendData(res, await load(bulkData))
    } catch (err) {
      this._sendError(res, err)
    }
  }
}

module.exports = BulkController
"""
SMILR_BULK_APP = """\
const passport = require('passport')
const BulkController = require('../controllers/bulk-controller')
const bulkController = new BulkController(null)
app.post('/api/events', passport.authenticate('oauth-bearer'), eventController.create)
app.post('/api/bulk', bulkController.load)
"""


def test_a_handler_that_refuses_every_non_loopback_caller_is_guarded(tmp_path: Path) -> None:
    # smilr: POST /api/bulk is the controller method of an instance (`new BulkController(null)`), which throws for
    # every socket address but the loopback; a check on req.ip (a header behind a proxy) would not count
    write(tmp_path, {"node/data-api/core/app.js": SMILR_BULK_APP,
                     "node/data-api/controllers/bulk-controller.js": SMILR_BULK_CONTROLLER})
    assert _fails(tmp_path) == []
    write(tmp_path, {"node/data-api/controllers/bulk-controller.js":
                     SMILR_BULK_CONTROLLER.replace("req.connection.remoteAddress", "req.ip")})
    assert _fails(tmp_path) == ["POST /api/bulk"]


PERMIT_THE_REST = """\
@Configuration
public class SecurityConfig {
    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/items/{id}").authenticated()
                        .anyRequest().permitAll())
                .build();
    }
}
"""
PERMIT_THE_REST_CONTROLLER = """\
@RestController
public class AdminController {
    @PostMapping("/admin/reset")
    public void reset() { items.deleteAll(); }

    @DeleteMapping("/api/items/{id}")
    public void delete(@PathVariable long id) { items.deleteById(id); }

    @PutMapping("/api/items/{id}")
    public void update(@PathVariable long id, @RequestBody Item item) { items.save(item); }

    @GetMapping("/api/items")
    public List<Item> list() { return items.findAll(); }
}
"""


def test_a_chain_whose_last_rule_permits_all_guards_what_its_rules_match_first(tmp_path: Path) -> None:
    # `.requestMatchers("/admin/**").hasRole("ADMIN") ... .anyRequest().permitAll()`: no guarding anyRequest(), so
    # no layer was seen and every route was a finding; the admin and DELETE routes are guarded, the PUT is open, and
    # so is the read: a catch-all permitAll() names no route, so it declares nothing public (the lead's decision
    # "Public by design is declared", bench/README.md: permitAll is an open rule the tool reports with the rule)
    write(tmp_path, {"svc/src/main/java/s/SecurityConfig.java": PERMIT_THE_REST,
                     "svc/src/main/java/s/AdminController.java": PERMIT_THE_REST_CONTROLLER})
    assert _fails(tmp_path) == ["GET /api/items", "PUT /api/items/{id}"]
    assert any("2 routes are behind spring auth layer" in p for p in _passes(tmp_path))
