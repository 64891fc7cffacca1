# The sloth program (CLI and node) in a small runtime image. Used by docker-compose.cluster.yml;
# any `sloth` verb can be run with it: docker run --rm slothactors:local --help
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Props first: the restore layer stays cached until a package version changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet restore src/SlothActors.Cli/SlothActors.Cli.csproj
RUN dotnet publish src/SlothActors.Cli/SlothActors.Cli.csproj -c Release --no-restore -o /app -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The image's non-root user (APP_UID, 1654); the data dir is the only place it writes.
RUN mkdir -p /var/lib/sloth && chown "$APP_UID" /var/lib/sloth
USER $APP_UID
ENV SLOTH_DATA_DIR=/var/lib/sloth \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
ENTRYPOINT ["dotnet", "/app/sloth.dll"]
CMD ["node", "run", "--config", "/etc/sloth/node.json"]
