"""Ruby on Rails routes: `config/routes.rb` read with the controllers' `before_action` authentication.

Semantics from the Rails guide "Rails Routing from the Outside In":

- `resources :photos` routes index (GET /photos), new (GET /photos/new), create (POST /photos), show (GET
  /photos/:id), edit (GET /photos/:id/edit), update (PATCH and PUT /photos/:id), destroy (DELETE /photos/:id) to
  PhotosController; `resource :profile` (singular) the same without index and `:id`, to ProfilesController (a
  singular resource maps to a plural controller); `only:`/`except:` narrow the actions.
- A block nests: resources inside `resources :magazines` live under /magazines/:magazine_id; `member` routes are
  under /:id, `collection` routes beside index; `namespace :admin` prefixes the path /admin and the controller's
  module admin/; `scope "/x"` (or `path: "/x"`) only the path, `scope module: "m"` only the module.
- `get "path", to: "controller#action"` (also `get :name` for `name#…` in a member/collection block, and `match ...,
  via:`), `root to: "c#a"` (GET /).

Controllers: `app/controllers/<module>/<name>_controller.rb` (compared without case); `before_action :m` in the
class or an ancestor it names (`class X < ApplicationController`, looked up by file) with a method named for
authentication (`authenticate*`, Devise's `authenticate_user!`, `require_login` ...) guards every action but those
`only:`/`except:` leave out and those a `skip_before_action :m` takes back out. A guard with `if:`/`unless:`
(or a skip with one) guards nothing here (its condition is not read), but is named on the route (`conditional`);
Devise's `unless: :devise_controller?` guards every controller but Devise's own. Anything else (`mount` of a Rack
app, a `draw(:file)`, a `constraints` block, a dynamic path) is listed as unresolved: not judged. Never runs the
scanned code; linear line-by-line reading of the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROUTES_FILE = "config/routes.rb"
_DRAW = re.compile(r"\.routes\.draw\b")
_AUTH_NAME = re.compile(r"^(?:authenticate\w*!?|authorize\w*!?|require_(?:login|user|authentication|auth|"
                        r"signed_in\w*|logged_in\w*)!?|ensure_(?:authenticated|logged_in|signed_in)\w*!?|"
                        r"authenticate_\w+!|doorkeeper_authorize!|verify_(?:token|jwt|authenticity_token_from_header)"
                        r"\w*!?|check_(?:auth\w*|token|jwt)!?)$")
_SYMBOL_LIST = re.compile(r"""%[iw]\[([^\]]{0,2000})\]|\[([^\]]{0,2000})\]|:(\w+[!?]?)|(['"])(\w+[!?]?)\4""")
_WORD = re.compile(r"[:'\"]?(\w+[!?]?)['\"]?")
_STATEMENT = re.compile(r"^[ \t]*(resources|resource|namespace|scope|member|collection|get|post|put|patch|delete|"
                        r"match|root|mount|concern|concerns|constraints|draw|defaults|controller|direct|resolve)\b"
                        r"[ \t(]*(.{0,2000}?)[ \t]*$")
_BLOCK_OPEN = re.compile(r"(?:\bdo(?:[ \t]*\|[^|\n]{0,200}\|)?|\{(?:[ \t]*\|[^|\n]{0,200}\|)?)[ \t]*$")
# A block's close, alone or continuing the call it is an argument of (laa-check-client-qualifies' `match
# "/auth/:provider", to: redirect(status: 302) { |params, req| ... },` then `via: %i[get post]`): `},` or `})` left
# the block open, and every route after it was read as inside that block (none was found).
_BLOCK_CLOSE = re.compile(r"(?:end|\})[ \t]*[,)]?[ \t]*$")
_INLINE_BLOCK = re.compile(r"^(.{0,2000}?)\{[ \t]*(.{0,2000}?)[ \t]*\}[ \t]*$")
_OPENS_BLOCK = re.compile(r"^[ \t]*(?:if|unless|case|begin|while|until|for|def|class|module)\b")
_OPTION = re.compile(r"\b(only|except|to|via|path|module|as|controller|action|on|if|unless)\s*:\s*")
_STRING = re.compile(r"""^(['"])([^'"\n]{0,500})\1""")
_DSL_CALL = re.compile(r"""^[ \t]*[a-z_]\w*[ \t(]+[:'"%\w]""")  # `devise_for :users`: a routing call not read
_CONTROLLER_CLASS = re.compile(r"^[ \t]*class[ \t]+([\w:]+)[ \t]*(?:<[ \t]*([\w:]+))?", re.M)
_BEFORE = re.compile(r"^[ \t]*(prepend_before_action|before_action|skip_before_action|before_filter|"
                     r"skip_before_filter)[ \t(]+(.{0,1000})$", re.M)

_RESOURCES = (("index", "GET", "", False), ("new", "GET", "/new", False), ("create", "POST", "", False),
              ("show", "GET", "/:id", True), ("edit", "GET", "/:id/edit", True), ("update", "PATCH", "/:id", True),
              ("update", "PUT", "/:id", True), ("destroy", "DELETE", "/:id", True))
_RESOURCE = (("new", "GET", "/new"), ("create", "POST", ""), ("show", "GET", ""), ("edit", "GET", "/edit"),
             ("update", "PATCH", ""), ("update", "PUT", ""), ("destroy", "DELETE", ""))
_VERBS = {"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE"}


@dataclass
class RailsRoute:
    method: str
    path: str
    file: str
    line: int
    handler: str  # "controller#action"
    controller_file: str
    auth_hints: list[str] = field(default_factory=list)
    # auth callbacks that apply only under a condition this reader does not evaluate (`before_action
    # :authenticate_user!, unless: :devise_controller?`, or a `skip_before_action ..., if: ...`): no guard, but named
    conditional: list[str] = field(default_factory=list)


@dataclass
class RailsUnresolved:
    file: str
    line: int
    expression: str


@dataclass
class RailsRoutes:
    routes: list[RailsRoute] = field(default_factory=list)
    unresolved: list[RailsUnresolved] = field(default_factory=list)


@dataclass
class _Frame:
    path: str = ""
    module: str = ""
    resource: str = ""  # the controller of a resources/resource block (member/collection routes go there)
    member_path: str = ""  # the block's member path (/photos/:id) and its nested prefix (/photos/:photo_id)
    nested_path: str = ""
    collection_path: str = ""
    kind: str = "scope"  # scope | resources | resource | member | collection | other


def _without_comment(line: str) -> str:
    """The line before its Ruby comment: the first `#` outside a string literal (one pass; `#{...}` inside a
    string is interpolation, not a comment)."""
    quote = ""
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "#":
            return line[:i].rstrip()
        i += 1
    return line


def _words(value: str) -> list[str]:
    m = _SYMBOL_LIST.match(value.strip())
    if not m:
        return []
    if m.group(1) is not None:
        return m.group(1).split()
    if m.group(2) is not None:
        return [w.group(1) for part in m.group(2).split(",") if (w := _WORD.match(part.strip()))]
    return [m.group(3) or m.group(5)]


def _options(args: str) -> dict[str, str]:
    out: dict[str, str] = {}
    matches = list(_OPTION.finditer(args))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(args)
        out[m.group(1)] = args[m.end():end].strip().rstrip(",").strip()
    return out


def _first(args: str) -> tuple[str | None, str]:
    """The first positional argument: a symbol or string (its text), and whether it was a string ("s") or symbol."""
    args = args.strip()
    if m := re.match(r":(\w+)", args):
        return m.group(1), "symbol"
    if m := _STRING.match(args):
        return m.group(2), "string"
    return None, ""


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _plural(word: str) -> str:
    if word.endswith("s"):
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("x", "z", "ch", "sh")) else "s")


def _join(*parts: str) -> str:
    path = "/".join(p.strip("/") for p in parts if p.strip("/"))
    return "/" + path


def _actions(opts: dict[str, str], all_actions: list[str]) -> list[str]:
    if "only" in opts:
        only = set(_words(opts["only"]))
        return [a for a in all_actions if a in only]
    if "except" in opts:
        skip = set(_words(opts["except"]))
        return [a for a in all_actions if a not in skip]
    return all_actions


def rails_routes(files: dict[str, str], routes_file: str) -> RailsRoutes:
    """The routes of `routes_file` (config/routes.rb), each with the before_action guards of its controller."""
    out = RailsRoutes()
    text = files[routes_file]
    root = routes_file[: -len(_ROUTES_FILE)]
    controllers = {rel[len(root):].lower(): rel for rel in files
                   if rel.startswith(root + "app/controllers/") and rel.endswith("_controller.rb")}
    stack: list[_Frame] = [_Frame(kind="other")]
    drawing = False
    found: list[tuple[str, str, int, str]] = []  # method, path, line, controller#action
    for number, raw in enumerate(text.splitlines(), 1):
        line = _without_comment(raw)
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not drawing:
            if _DRAW.search(line) and _BLOCK_OPEN.search(line):
                drawing = True
                stack = [_Frame()]
            continue
        if _BLOCK_CLOSE.match(stripped):
            stack.pop()
            if not stack:
                drawing = False
            continue
        inline = _INLINE_BLOCK.match(stripped)
        head, body = (inline.group(1).strip(), inline.group(2)) if inline else (stripped, None)
        opens = bool(_BLOCK_OPEN.search(head)) and body is None
        statement = _STATEMENT.match(_BLOCK_OPEN.sub("", head) if opens else head)
        frame = stack[-1]
        if statement is None or frame.kind == "other":
            if opens or _OPENS_BLOCK.match(line):
                stack.append(_Frame(kind="other"))
            if statement is None and frame.kind != "other" and _DSL_CALL.match(line) and not _OPENS_BLOCK.match(line):
                out.unresolved.append(RailsUnresolved(routes_file, number, stripped[:80]))
            continue
        new = _statement(statement.group(1), statement.group(2), frame, number, routes_file, found, out)
        if body is not None and new is not None:
            inner = _STATEMENT.match(body)
            if inner:
                _statement(inner.group(1), inner.group(2), new, number, routes_file, found, out)
        elif opens:
            stack.append(new if new is not None else _Frame(kind="other"))
    # each controller's class and callbacks are read once, whatever the number of routes (a hostile routes.rb may
    # list thousands)
    by_class: dict[str, str] = {}
    for file_rel in controllers.values():
        for m in _CONTROLLER_CLASS.finditer(files[file_rel]):
            by_class.setdefault(m.group(1).rpartition("::")[2], file_rel)
    callbacks: dict[str, list[tuple[str, str, dict[str, str]]]] = {}
    concerns: dict[str, list[str]] = {}
    for file_rel in files:
        if file_rel.startswith(root + "app/controllers/concerns/") and file_rel.endswith(".rb"):
            concerns.setdefault(file_rel.rpartition("/")[2][:-3], []).append(file_rel)
    chains: dict[str, list[str]] = {}
    out.routes = []
    # Each route reads its controller chain's callbacks (their order decides): 3,000 routes to distinct actions of a
    # controller of 5,000 `before_action ..., only: [...]` took 19 s of CPU. Past this many callbacks read in all, the
    # other routes are not judged (unresolved: route-auth says skipped, never guarded).
    budget = _MAX_CALLBACK_READS
    for method, path, number, handler in found:
        if budget <= 0:
            out.unresolved.append(RailsUnresolved(routes_file, number, f"{method} {path} -> {handler} (too many "
                                                  "before_action callbacks to follow; not judged)"))
            continue
        route = _guarded(method, path, routes_file, number, handler, files, controllers, by_class, callbacks, out,
                         concerns, chains)
        budget -= sum(len(callbacks.get(f, ())) for f in chains.get(route.controller_file, ()))
        out.routes.append(route)
    out.routes = [r for r in out.routes if r.controller_file]
    return out


_MAX_CALLBACK_READS = 500_000  # real applications: a thousand routes x a few dozen callbacks


def _statement(word: str, args: str, frame: _Frame, number: int, routes_file: str,
               found: list[tuple[str, str, int, str]], out: RailsRoutes) -> _Frame | None:
    """Record the routes of one statement; the frame a block after it opens (None: a block of nothing known)."""
    args = args.rstrip(")").strip()
    opts = _options(args)
    name, kind = _first(args)
    if word in ("namespace",):
        if name is None:
            return None
        return _Frame(path=_join(frame.path, name), module=_join(frame.module, name).lstrip("/"))
    if word == "scope":
        path = name if kind == "string" else (_first(opts["path"])[0] if "path" in opts else None)
        module = _first(opts["module"])[0] if "module" in opts else None
        if ("path" in opts and path is None) or ("module" in opts and module is None) or (name and kind != "string"):
            return None
        return _Frame(path=_join(frame.path, path or ""),
                      module=_join(frame.module, module).lstrip("/") if module else frame.module)
    if word in ("member", "collection"):
        if frame.kind not in ("resources", "resource"):
            return None
        base = frame.member_path if word == "member" else frame.collection_path
        return _Frame(path=base, module=frame.module, resource=frame.resource, kind=word)
    if word in ("resources", "resource"):
        if name is None or (kind == "string" and not re.fullmatch(r"\w+", name)):
            out.unresolved.append(RailsUnresolved(routes_file, number, f"{word} {args[:60]}"))
            return None
        controller = _first(opts["controller"])[0] if "controller" in opts else (
            name if word == "resources" else _plural(name))
        target = _join(frame.module, controller or name).lstrip("/")
        base = _join(frame.nested_path or frame.path, _first(opts["path"])[0] or name if "path" in opts else name)
        if word == "resources":
            for action in _actions(opts, ["index", "new", "create", "show", "edit", "update", "destroy"]):
                found.extend((method, base + suffix, number, f"{target}#{action}")
                             for a, method, suffix, _ in _RESOURCES if a == action)
            member, nested = base + "/:id", base + f"/:{_singular(name)}_id"
        else:
            for action in _actions(opts, ["new", "create", "show", "edit", "update", "destroy"]):
                found.extend((method, base + suffix, number, f"{target}#{action}")
                             for a, method, suffix in _RESOURCE if a == action)
            member = nested = base
        return _Frame(path=base, module=frame.module, resource=target, member_path=member, nested_path=nested,
                      collection_path=base, kind=word)
    if word in ("get", "post", "put", "patch", "delete", "match", "root"):
        methods = [_VERBS[word]] if word in _VERBS else ["GET"] if word == "root" else [
            v.upper() for v in _words(opts.get("via", "")) if v.upper() in _VERBS.values() or v == "all"]
        to = _first(opts["to"])[0] if "to" in opts else (_first(args)[0] if word == "root" and kind == "string"
                                                         else None)
        if word == "root":
            path = frame.path or "/"
        elif name is None:
            out.unresolved.append(RailsUnresolved(routes_file, number, f"{word} {args[:60]}"))
            return None
        else:
            on = _first(opts["on"])[0] if "on" in opts else None
            base = frame.path
            if frame.kind in ("resources", "resource"):  # a bare route in a resource's block is nested under it
                base = {"member": frame.member_path, "collection": frame.collection_path}.get(on or "",
                                                                                            frame.nested_path)
            path = _join(base, name)
        if to and "#" in to:
            handler = _join(frame.module, to).lstrip("/")
        elif frame.resource and name and kind == "symbol":
            handler = f"{frame.resource}#{name}"  # `patch :metadata` in a member block: the resource's action
        elif "action" in opts and frame.resource:
            handler = f"{frame.resource}#{_first(opts['action'])[0]}"
        else:
            out.unresolved.append(RailsUnresolved(routes_file, number, f"{word} {args[:60]}"))
            return None
        if not methods or "ALL" in methods:
            out.unresolved.append(RailsUnresolved(routes_file, number, f"{word} {args[:60]}"))
            return None
        found.extend((m, path, number, handler) for m in methods)
        return None
    out.unresolved.append(RailsUnresolved(routes_file, number, f"{word} {args[:60]}"))
    return None


_CALLBACK_SYMBOL = re.compile(r":\w{1,200}[!?]?")


def _callbacks(text: str, class_start: int, class_end: int) -> list[tuple[str, str, dict[str, str]]]:
    out: list[tuple[str, str, dict[str, str]]] = []
    for m in _BEFORE.finditer(text, class_start, class_end):
        args = m.group(2).rstrip(")").strip()
        # `before_action :check_vpn_ipaddr, :authenticate_admin_user!, :set_scope, only: ...`: every leading
        # symbol is a callback, the options start at the first `key:` (laa-apply-for-legal-aid's
        # Admin::AdminBaseController authenticates in its second symbol; only the first was read, and every admin
        # route was reported open)
        parts = args.split(",")
        lead = next((i for i, part in enumerate(parts) if not _CALLBACK_SYMBOL.fullmatch(part.strip())), len(parts))
        names = [part.strip().lstrip(":") for part in parts[:lead]] or re.findall(r":(\w+[!?]?)", parts[0])
        rest = ",".join(parts[max(lead, 1):])
        opts = _options(rest)
        # Devise's idiom `before_action :authenticate_user!, unless: :devise_controller?` guards every controller
        # but Devise's own (sign-in, password reset: `devise_for` routes, which this reader leaves unresolved)
        if opts.get("unless", "").rstrip(")").strip() == ":devise_controller?":
            del opts["unless"]
        condition = [f"{word}: {opts[word][:80]}" for word in ("if", "unless") if word in opts]
        if condition:
            opts["conditional"] = ", ".join(condition)
        out.extend((m.group(1), n, opts) for n in names)
    return out


def _guarded(method: str, path: str, routes_file: str, line: int, handler: str, files: dict[str, str],
             controllers: dict[str, str], by_class: dict[str, str],
             callbacks: dict[str, list[tuple[str, str, dict[str, str]]]], out: RailsRoutes,
             concerns: dict[str, list[str]] | None = None,
             chains: dict[str, list[str]] | None = None) -> RailsRoute:
    controller, _, action = handler.partition("#")
    rel = controllers.get(f"app/controllers/{controller.lower()}_controller.rb")
    route = RailsRoute(method, path, routes_file, line, handler, rel or "")
    if rel is None:
        out.unresolved.append(RailsUnresolved(routes_file, line, f"{method} {path} -> {handler} (no controller file)"))
        return route
    guards: dict[str, str] = {}
    conditional: dict[str, str] = {}  # a guard that runs only when its condition holds (the condition is not read)
    # The controller's classes and concerns, found once per controller (`chains`): 3,000 routes to a controller of
    # 20,000 `include` lines read its includes 3,000 times (51 s of CPU and more).
    chain = chains.get(rel) if chains is not None else None
    if chain is None:
        # each class's included concerns add their callbacks where the class includes them, before its own
        chain = [f for file_rel in _ancestry(rel, files, by_class)
                 for f in (file_rel, *_included_concerns(files[file_rel], concerns or {}))]
        if chains is not None:
            chains[rel] = chain
    for file_rel in reversed(chain):  # the base classes' callbacks first, the controller's own last
        if file_rel not in callbacks:
            callbacks[file_rel] = _callbacks(files[file_rel], 0, len(files[file_rel]))
        where = file_rel.rpartition('/')[2]
        for kind, name, opts in callbacks[file_rel]:
            if not _applies(action, opts):
                continue
            cond = opts.get("conditional")
            if kind.startswith("skip_"):
                was = guards.pop(name, None) or conditional.pop(name, None)
                if was and cond:  # skipped when the condition holds: a guard only when it does not
                    conditional[name] = f"{was}, skipped {cond} ({where})"
            elif _AUTH_NAME.match(name) and cond:
                conditional[name] = f"before_action :{name}, {cond} ({where})"
                guards.pop(name, None)
            elif _AUTH_NAME.match(name):
                guards[name] = f"before_action :{name} ({where})"
                conditional.pop(name, None)
    route.auth_hints = list(guards.values())
    route.conditional = [] if guards else list(conditional.values())
    return route


# `include Authorizable` in a controller (`module Providers ... class TaskListsController < ApplicationController`):
# an ActiveSupport::Concern of app/controllers/concerns/ whose `included do` block declares `before_action
# :authorize_legal_aid_application` guards the controller as if it were written there (laa-apply-for-legal-aid's
# Providers::Authorizable; its task list was reported open). The concern's file is found by the snake_case of the
# module's last name; several of that name: the one whose folders hold the include's namespace or the class's
# module, else none (which one Ruby loads is not known here).
_INCLUDE = re.compile(r"^[ \t]*include[ \t(]+((?:[A-Z]\w{0,100}::){0,10}[A-Z]\w{0,100})[ \t)]*$", re.M)
_MODULE = re.compile(r"^[ \t]*module[ \t]+([\w:]{1,300})", re.M)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _included_concerns(text: str, concerns: dict[str, list[str]]) -> list[str]:
    if not concerns or "include" not in text:
        return []
    modules = [_snake(part) for m in _MODULE.finditer(text) for part in m.group(1).split("::")]
    out: list[str] = []
    for m in _INCLUDE.finditer(text):
        *space, name = m.group(1).split("::")
        found = concerns.get(_snake(name), [])
        folders = [_snake(part) for part in space] or modules
        if len(found) > 1:
            found = [rel for rel in found if any(f"/{folder}/" in rel for folder in folders)]
        if len(found) == 1 and found[0] not in out:
            out.append(found[0])
    return out


def _applies(action: str, opts: dict[str, str]) -> bool:
    if "only" in opts:
        return action in _words(opts["only"])
    if "except" in opts:
        return action not in _words(opts["except"])
    return True


def _ancestry(rel: str, files: dict[str, str], by_class: dict[str, str]) -> list[str]:
    """The controller file and those of its superclasses found among the controllers (nearest first)."""
    chain = [rel]
    while len(chain) < 10:
        declared = _CONTROLLER_CLASS.search(files[chain[-1]])
        parent = declared.group(2).rpartition("::")[2] if declared and declared.group(2) else None
        nxt = by_class.get(parent) if parent else None
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    return chain
