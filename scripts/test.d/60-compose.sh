#!/usr/bin/env bash
# Checks docker-compose.yml without a Docker engine: YAML structure, build contexts and Dockerfiles,
# ports, health checks, volumes, configs, dependencies and the postgres profile (python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 - docker-compose.yml <<'PY'
import os, re, shlex, sys
import yaml

path = sys.argv[1]
doc = yaml.safe_load(open(path, encoding="utf-8"))
passed, failures = 0, []

def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(what)

services = doc.get("services") or {}
volumes = doc.get("volumes") or {}
configs = doc.get("configs") or {}
check(isinstance(services, dict) and services, "services: missing")
for name in ["sources", "claims", "reconciliation", "gateway", "postgres"]:
    check(name in services, f"service {name}: missing")

def env_of(svc):
    env = svc.get("environment") or {}
    if isinstance(env, list):
        env = dict(e.split("=", 1) for e in env)
    return env

def dockerfile_env(text):
    found = {}
    for line in text.replace("\\\n", " ").splitlines():
        if line.startswith("ENV "):
            for token in shlex.split(line[4:]):
                key, _, value = token.partition("=")
                found[key] = value
    return found

host_ports = []
for name, svc in services.items():
    where = f"service {name}"
    build = svc.get("build")
    check(build is not None or "image" in svc, f"{where}: neither build nor image")
    dockerfile_text = ""
    if build is not None:
        context = build if isinstance(build, str) else build.get("context", ".")
        dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
        check(os.path.isdir(context), f"{where}: build context {context} missing")
        full = os.path.join(context, dockerfile)
        check(os.path.isfile(full), f"{where}: {full} missing")
        if os.path.isfile(full):
            dockerfile_text = open(full, encoding="utf-8").read()
            check(re.search(r"^FROM mcr\.microsoft\.com/dotnet/sdk:\S+ AS build", dockerfile_text, re.M), f"{where}: {full} lacks the sdk build stage")
            check(re.search(r"^FROM mcr\.microsoft\.com/dotnet/aspnet:\S+", dockerfile_text, re.M), f"{where}: {full} lacks the aspnet runtime stage")
            check("EXPOSE 8080" in dockerfile_text, f"{where}: {full} does not expose 8080")
            for src in re.findall(r"^COPY (?!--from)(.+) \S+$", dockerfile_text, re.M):
                for item in src.split():
                    check(os.path.exists(os.path.join(context, item)), f"{where}: {full} copies missing {item}")
            project = re.search(r"dotnet publish (\S+\.csproj)", dockerfile_text)
            check(project and os.path.isfile(os.path.join(context, project.group(1))), f"{where}: {full} publishes a missing project")
            dll = re.search(r'ENTRYPOINT \["dotnet", "([\w.]+)\.dll"\]', dockerfile_text)
            check(dll and project and os.path.basename(project.group(1)) == dll.group(1) + ".csproj", f"{where}: ENTRYPOINT does not run the published project")
    env = {**dockerfile_env(dockerfile_text), **env_of(svc)}
    if build is not None:
        protocols = env.get("Kestrel__EndpointDefaults__Protocols")
        wanted = "Http1" if name.startswith("gateway") else "Http2"
        check(protocols == wanted, f"{where}: Kestrel__EndpointDefaults__Protocols is {protocols}, expected {wanted}")
    health = svc.get("healthcheck") or {}
    test = health.get("test")
    check(isinstance(test, list) and test and test[0] in ("CMD", "CMD-SHELL"), f"{where}: no health check")
    for port in svc.get("ports") or []:
        m = re.fullmatch(r"(?:(\d+):)?(\d+)(?:/tcp)?", str(port))
        check(m is not None, f"{where}: bad port {port}")
        if m and m.group(1):
            host_ports.append(m.group(1))
    for volume in svc.get("volumes") or []:
        source = str(volume).split(":")[0]
        check(source.startswith((".", "/")) or source in volumes, f"{where}: volume {source} not declared")
    for cfg in svc.get("configs") or []:
        check((cfg["source"] if isinstance(cfg, dict) else cfg) in configs, f"{where}: config not declared")
    deps = svc.get("depends_on") or {}
    for dep, spec in (deps.items() if isinstance(deps, dict) else ((d, {}) for d in deps)):
        check(dep in services, f"{where}: depends on unknown {dep}")
        if dep in services and (spec or {}).get("condition") == "service_healthy":
            check("healthcheck" in services[dep], f"{where}: waits for {dep} to be healthy, but it has no health check")
        if dep in services:
            check(set(services[dep].get("profiles") or []) <= set(svc.get("profiles") or []), f"{where}: depends on {dep} of another profile")
    if env.get("Storage__Provider") == "postgres":
        check("postgres" in (svc.get("profiles") or []), f"{where}: postgres storage outside the postgres profile")
        check(any(k.startswith("ConnectionStrings__") and "Host=postgres" in str(v) for k, v in env.items()), f"{where}: no PostgreSQL connection string")
    elif build is not None and not name.startswith("gateway"):
        check(any(k.startswith("ConnectionStrings__") and "/data/" in str(v) for k, v in env.items()), f"{where}: SQLite file not under the /data volume")
    for key, value in env.items():
        if key.startswith("Services__"):
            host = re.fullmatch(r"http://([\w-]+):8080", str(value))
            check(host and host.group(1) in services, f"{where}: {key}={value} names no service on 8080")

check(len(host_ports) == len(set(host_ports)), f"host ports clash: {host_ports}")
check("postgres" in (services.get("postgres", {}).get("profiles") or []), "postgres: not under the postgres profile")
for name in ["sources-pg", "claims-pg", "reconciliation-pg"]:
    replicas = ((services.get(name) or {}).get("deploy") or {}).get("replicas", 1)
    check(isinstance(replicas, int) and replicas >= 2, f"{name}: the scale-out profile runs one replica")
check(all("profiles" not in services[n] for n in ["sources", "claims", "reconciliation", "gateway"]), "the SQLite stack must start without a profile")
check(os.path.isfile(".dockerignore"), ".dockerignore missing")

for failure in failures:
    print("FAIL", failure)
print(f"compose: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
PY
