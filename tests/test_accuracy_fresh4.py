"""What the fresh repositories of 2026-11-29 afternoon showed (acc-fresh4): nestjs-starter, presidio and
eshopondapr in bench/accuracy. Each test is built from the repository's own lines and fails on the code before
its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/debug-mode: ASP.NET Core's Development environment in a deployed workload (eshopondapr) ---

BASKET = """\
kind: ConfigMap
apiVersion: v1
metadata:
  name: basket-cm
  namespace: eshopondapr
  labels:
    app: eshop
    service: basket
data:
  ASPNETCORE_ENVIRONMENT: Development
  ASPNETCORE_URLS: http://0.0.0.0:80
  IdentityUrl: http://identity-api

---

kind: Deployment
apiVersion: apps/v1
metadata:
  name: basket
  namespace: eshopondapr
spec:
  replicas: 1
  selector:
    matchLabels:
      service: basket
  template:
    metadata:
      labels:
        app: eshop
        service: basket
    spec:
      containers:
        - name: basket-api
          image: eshopdapr/basket.api:latest
          envFrom:
            - configMapRef:
                name: basket-cm
"""

# pitstop's src/k8s/webapp.yaml: the same variable set to Production
WEBAPP = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: webapp
  namespace: pitstop
spec:
  selector:
    matchLabels:
      app: webapp
  template:
    metadata:
      labels:
        app: webapp
    spec:
      containers:
      - name: webapp
        image: pitstop/webapp:1.0
        env:
        - name: ASPNETCORE_ENVIRONMENT
          value: Production
"""


def test_aspnet_development_environment_of_a_deployed_workload_is_debug_mode(tmp_path: Path) -> None:
    write(tmp_path, {"src/Services/Basket/Basket.API/Basket.API.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                     "deploy/k8s/basket.yaml": BASKET,
                     # development tooling: never the deployed environment
                     "docker-compose.override.yml": "services:\n  basket-api:\n    environment:\n"
                                                    "      - ASPNETCORE_ENVIRONMENT=Development\n"})
    got = findings(scan(tmp_path, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    [fail] = [f for f in got if f.status is Status.FAIL]
    assert fail.location is not None and fail.location.path == "deploy/k8s/basket.yaml" and fail.location.line == 10
    assert "ConfigMap/eshopondapr/basket-cm sets ASPNETCORE_ENVIRONMENT=Development" in fail.message
    assert "Deployment/eshopondapr/basket" in fail.message

    production = tmp_path / "production"
    write(production, {"src/WebApp/WebApp.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                       "src/k8s/webapp.yaml": WEBAPP})
    [ok] = findings(scan(production, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    assert ok.status is Status.PASS


def test_aspnet_development_set_directly_in_the_container_env(tmp_path: Path) -> None:
    write(tmp_path, {"src/WebApp/WebApp.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                     "src/k8s/webapp.yaml": WEBAPP.replace("value: Production", "value: Development")})
    [fail] = findings(scan(tmp_path, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    assert fail.status is Status.FAIL
    assert "container webapp runs with ASPNETCORE_ENVIRONMENT=Development" in fail.message


# --- endpoint-security/route-auth: a NestJS global guard (nestjs-starter) -----------------------------------------

REQUEST_MODULE = """\
import { MiddlewareConsumer, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';

import { JwtAccessGuard } from './guards/jwt.access.guard';
import { RolesGuard } from './guards/roles.guard';

@Module({
    providers: [
        {
            provide: APP_GUARD,
            useClass: ThrottlerGuard,
        },
        {
            provide: APP_GUARD,
            useClass: JwtAccessGuard,
        },
        {
            provide: APP_GUARD,
            useClass: RolesGuard,
        },
    ],
})
export class RequestModule {}
"""

POSTS_CONTROLLER = """\
@ApiTags('public.post')
@Controller({
    version: '1',
    path: '/post',
})
export class PostPublicController {
    constructor(private readonly postService: PostService) {}

    @ApiBearerAuth('accessToken')
    @Post()
    public createPost(@AuthUser() { userId }: IAuthUser, @Body() payload: PostCreateRequestDto) {
        return this.postService.create(userId, payload);
    }

    @Delete(':id')
    public deletePost(@Param('id') id: string) {}
}
"""

AUTH_CONTROLLER = """\
@Controller({
    version: '1',
    path: '/auth',
})
export class AuthPublicController {
    @Post('login')
    @PublicRoute()
    public login(@Body() payload: UserLoginDto) {}

    @Get('refresh-token')
    @PublicRoute()
    @UseGuards(JwtRefreshGuard)
    public refreshTokens(@AuthUser() user: IAuthUser) {}
}
"""


HEALTH_CONTROLLER = """\
@ApiTags('health')
@Controller({
    version: VERSION_NEUTRAL,
    path: '/health',
})
export class HealthController {
    @Get()
    @HealthCheck()
    @PublicRoute()
    public async getHealth() {
        return this.healthCheckService.check([() => this.databaseService.isHealthy()]);
    }
}
"""


def test_nestjs_app_guard_is_a_global_auth_layer_and_public_route_decorators_opt_out(tmp_path: Path) -> None:
    write(tmp_path, {"src/common/request/request.module.ts": REQUEST_MODULE,
                     "src/app/controllers/health.controller.ts": HEALTH_CONTROLLER,
                     "src/modules/post/controllers/posts.public.controller.ts": POSTS_CONTROLLER,
                     "src/common/auth/controllers/auth.public.controller.ts": AUTH_CONTROLLER})
    got = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    assert not [f for f in got if f.status is Status.FAIL], [f.message for f in got]
    layer = next(f for f in got if "auth layer" in f.message)
    assert "global guard JwtAccessGuard" in layer.message and "2 routes" in layer.message
    assert layer.evidence is not None and layer.evidence["routes"] == ["POST /post", "DELETE /post/:id"]
    # @PublicRoute() (above or below the route decorator) takes login and health out of the layer, and the
    # refresh route's @UseGuards(JwtRefreshGuard) under its @Get is its own guard
    from tests.test_codebase_routes import by_key, routes_of

    routes = by_key(routes_of(tmp_path))
    assert routes[("POST", "/auth/login")].declared_public == "@PublicRoute()"
    assert routes[("GET", "/health")].declared_public == "@PublicRoute()"
    assert routes[("GET", "/auth/refresh-token")].auth_hints == ["UseGuards(JwtRefreshGuard)"]


def test_nestjs_throttler_or_roles_guard_alone_authenticates_nothing(tmp_path: Path) -> None:
    write(tmp_path, {"src/common/request/request.module.ts": REQUEST_MODULE.replace(
                         "useClass: JwtAccessGuard", "useClass: ThrottlerGuard"),
                     "src/modules/post/controllers/posts.public.controller.ts": POSTS_CONTROLLER})
    got = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    assert [f for f in got if f.status is Status.FAIL]


# --- sensitive-config/secret-scan: alphabets a validator checks against (presidio's recognizers) ------------------

RECOGNIZER = '''\
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class FiPersonalIdentityCodeRecognizer:
    def validate_result(self, pattern_text: str) -> bool:
        valid_control_characters = "0123456789ABCDEFHJKLMNPRSTUVWXY"
        return pattern_text[-1] in valid_control_characters


class SgUenRecognizer:
    UEN_FORMAT_C_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWX0123456789"


def decode_base58(bc: str, length: int) -> bytes:
    digits58 = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return bytes(digits58.index(c) for c in bc)
'''


def test_an_alphabet_written_out_is_not_a_secret(tmp_path: Path) -> None:
    write(tmp_path, {"presidio_analyzer/predefined_recognizers/recognizers.py": RECOGNIZER,
                     # a real token keeps being found: its characters repeat
                     "app/settings.py": 'UPSTREAM_TOKEN = "tZ8qL2vR9xK4mN7pQ1sW5yB3cD6fG0hJ8kLzX2vB9nM4"\n'})
    got = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    failing = [f for f in got if f.status is Status.FAIL]
    assert [f.location.path for f in failing if f.location] == ["app/settings.py"]
    from deploycheck.sources.secrets import is_alphabet

    assert is_alphabet('"0-9ACDEFGHJKMNPQRTUVWXY"') and not is_alphabet("tZ8qL2vR9xK4mN7pQ1sW5yB3cD6fG0hJ8kLzX2vB9nM4")
    assert not is_alphabet("abcdefghijklmno")  # 15: too short to tell


# --- registry/ci-push: `docker buildx build \` with --push on a continuation line (presidio's release.yml) ---------

RELEASE_WORKFLOW = """\
name: Release
on:
  release:
    types: [published]
jobs:
  build-and-push-containers:
    runs-on: ubuntu-latest
    steps:
      - name: Build and push ${{ matrix.image }}
        run: |
          repo="${{ env.IMAGE_REGISTRY }}/${{ matrix.image }}"
          docker buildx build \\
            --platform ${{ matrix.platform }} \\
            --cache-from type=registry,ref=${repo}:latest \\
            --cache-to type=inline \\
            --tag "${repo}:latest-${{ matrix.platform_tag }}" \\
            --attest type=sbom \\
            --push \\
            ./${{ matrix.image }}
"""


def test_buildx_push_on_a_continuation_line_is_a_push(tmp_path: Path) -> None:
    write(tmp_path, {"presidio-analyzer/Dockerfile": "FROM python:3.12-slim\n",
                     ".github/workflows/release.yml": RELEASE_WORKFLOW})
    [ok] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert ok.status is Status.PASS and ok.location is not None and ok.location.line == 12

    # the --push of another command after the build's last line is not the build's
    built_only = RELEASE_WORKFLOW.replace("            --push \\\n", "") + "          echo --push\n"
    write(tmp_path / "b", {"presidio-analyzer/Dockerfile": "FROM python:3.12-slim\n",
                           ".github/workflows/release.yml": built_only})
    [no] = findings(scan(tmp_path / "b", only=("registry/ci-push",)), "registry/ci-push")
    assert no.status is not Status.PASS


# --- dependency-health/update-bot: a .NET service's *.csproj are dependency manifests (eshopondapr) ---------------

BASKET_CSPROJ = """\
<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="Dapr.AspNetCore" Version="1.9.0" />
    <PackageReference Include="Serilog.AspNetCore" Version="6.0.1" />
  </ItemGroup>
</Project>
"""


def test_a_dotnet_service_without_an_update_bot_is_reported(tmp_path: Path) -> None:
    write(tmp_path, {"src/Services/Basket/Basket.API/Basket.API.csproj": BASKET_CSPROJ})
    [got] = findings(scan(tmp_path, only=("dependency-health/update-bot",)), "dependency-health/update-bot")
    assert got.status is Status.WARN and got.message == "no Dependabot or Renovate configuration found"  # low
    write(tmp_path, {".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: nuget\n"
                                               "    directory: /\n    schedule:\n      interval: weekly\n"})
    [ok] = findings(scan(tmp_path, only=("dependency-health/update-bot",)), "dependency-health/update-bot")
    assert ok.status is Status.PASS


# --- a Dockerfile named for development is not the deployed image (presidio's Dockerfile.dev) ----------------------

DEV_DOCKERFILE = """\
FROM python:3.12-slim@sha256:804ddf3251a60bbf9c92e73b7566c40428d54d0e79d3428194edf40da6521286

ARG DEV_MODE=dev
ENV DEV_MODE=${DEV_MODE}

# Install essential build tools
RUN apt-get update \\
  && apt-get install -y build-essential

RUN pip install poetry==2.3.2
COPY . /app/
CMD ["./entrypoint.sh"]
"""


def test_a_development_dockerfile_is_left_out_of_the_production_view(tmp_path: Path) -> None:
    from deploycheck.sources.target import rule_by_path

    write(tmp_path, {"presidio-analyzer/Dockerfile.dev": DEV_DOCKERFILE,
                     "presidio-analyzer/Dockerfile": DEV_DOCKERFILE.replace("CMD", "USER 1001\nCMD")})
    got = findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert not [f for f in got if f.status is Status.FAIL], [f.message for f in got]
    assert rule_by_path("presidio-analyzer/Dockerfile.dev") == "dev-environment"
    assert rule_by_path("src/Services/Basket/Basket.API/Dockerfile.develop") == "dev-environment"
    assert rule_by_path("dev.Dockerfile") == "dev-environment"
    assert rule_by_path("Dockerfile.prod") is None and rule_by_path("Dockerfile.devices") is None


# --- secret-scan: a dict mapping one UPPER_SNAKE label to another (presidio's ahds_surrogate.py:116) ---------------

ENTITY_MAP = '''\
ENTITY_TYPE_MAPPING = {
        'MRN': 'MEDICAL_RECORD',

        # Technology/Digital
        'IP_ADDRESS': 'IP_ADDRESS',  # Global Presidio entity
        'USERNAME': 'USERNAME',
        'PASSWORD': 'USERNAME',  # No specific password category, use username
        'DEVICE': 'DEVICE',
}
'''


def test_a_label_mapping_is_not_a_secret_keyword(tmp_path: Path) -> None:
    write(tmp_path, {"presidio_anonymizer/operators/ahds_surrogate.py": ENTITY_MAP,
                     # a mixed-case literal under the same key stays a finding
                     "app/config.py": "DEFAULTS = {\n    'PASSWORD': 'Wq7rTz2Lm9Kx',\n}\n"})
    got = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    failing = [f for f in got if f.status is Status.FAIL]
    assert [f.location.path for f in failing if f.location] == ["app/config.py"]


# --- env-vars/documented-unused: shell variables an install guide sets and expands itself (presidio's index.md) ----

K8S_INDEX = """\
# Presidio As a Service with Kubernetes

## Configuration

| Variable | Meaning |
|---|---|
| `NAMESPACE` | the namespace to install into |
| `DOCKER_REGISTRY` | where the images are |
| `PRESIDIO_STALE_SETTING` | a setting nothing reads |

```sh
   NAMESPACE=presidio
   helm install $NAME . --set tag=$TAG --namespace $NAMESPACE
   DOCKER_REGISTRY=<your_registry>
   helm install $NAME . --set registry=${DOCKER_REGISTRY},tag=$TAG --namespace $NAMESPACE
```
"""


def test_a_guides_own_shell_variables_are_not_stale_documentation(tmp_path: Path) -> None:
    write(tmp_path, {"presidio-analyzer/app.py": "import os\nPORT = os.environ.get('PORT', '3000')\n",
                     "README.md": "# Presidio\n\n## Configuration\n\n`PORT`: the port to listen on.\n",
                     "docs/samples/deployments/k8s/index.md": K8S_INDEX})
    got = findings(scan(tmp_path, only=("env-vars/documented-unused",)), "env-vars/documented-unused")
    warned = [f.message.split()[0] for f in got if f.status is Status.WARN]
    assert "NAMESPACE" not in warned and "DOCKER_REGISTRY" not in warned, warned
    assert "PRESIDIO_STALE_SETTING" in warned  # documented, never expanded, never read
