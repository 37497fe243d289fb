# syntax=docker/dockerfile:1
# RecruiterLiaison: the web app and the `rl` command line in one image.
#   docker compose up --build            (see docker-compose.yml)
#   docker compose exec app dotnet /app/cli/rl.dll migrate

# ---- build ------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Build settings first, then the sources. Tests, benchmarks and scripts are not needed
# to publish; .dockerignore keeps local bin/ and obj/ out of the context.
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig RecruiterLiaison.sln ./
COPY src/ src/

# The NuGet cache lives in a BuildKit cache mount, so rebuilds after a code change do
# not download every package again.
RUN --mount=type=cache,id=recruiter-liaison-nuget,target=/root/.nuget/packages \
    dotnet publish src/RecruiterLiaison.Web/RecruiterLiaison.Web.csproj -c Release -o /app/web
RUN --mount=type=cache,id=recruiter-liaison-nuget,target=/root/.nuget/packages \
    dotnet publish src/RecruiterLiaison.Cli/RecruiterLiaison.Cli.csproj -c Release -o /app/cli

# ---- runtime ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# Hunspell and its English dictionaries: the note checker loads libhunspell-1.7.so.0
# and /usr/share/hunspell/en_{US,GB}.{aff,dic}.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libhunspell-1.7-0 hunspell-en-us hunspell-en-gb \
    && rm -rf /var/lib/apt/lists/*

COPY --from=build /app/web /app/web
COPY --from=build /app/cli /app/cli

# Pickup folder for .eml files when no SMTP server is configured. It is created here,
# owned by `app`, so that a named volume mounted on it starts out writable.
RUN mkdir -p /app/mail && chown app:app /app/mail

# The content root is the working directory: appsettings.json and wwwroot are found there.
WORKDIR /app/web

# The base image sets ASPNETCORE_HTTP_PORTS=8080; clear it so that ASPNETCORE_URLS alone
# decides the binding (and Kestrel does not warn that one overrides the other).
ENV ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_URLS=http://+:8080
EXPOSE 8080

# `app` (uid 1654) is the non-root user the .NET base images provide.
USER app

ENTRYPOINT ["dotnet", "/app/web/RecruiterLiaison.Web.dll"]
