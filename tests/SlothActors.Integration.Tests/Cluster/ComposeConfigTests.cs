using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using SlothActors.Integration.Tests.Processes;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// There is no Docker engine where the tests run, so docker-compose.cluster.yml is checked by
/// reading it: every file, port and setting it names must exist and agree with the configs that
/// cluster-config/run-local-cluster.sh starts.
/// </summary>
public partial class ComposeConfigTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(LocalClusterFiles.ComposePath);

    [Fact]
    public void Compose_has_postgres_and_three_nodes()
    {
        Compose.Services.Keys.Order().ShouldBe(["node1", "node2", "node3", "postgres"]);
        Compose.Nodes.Select(node => node.Name).Order().ShouldBe(["node1", "node2", "node3"]);
    }

    [Fact]
    public void Every_built_service_has_an_existing_context_and_Dockerfile_whose_copied_sources_exist()
    {
        foreach (var node in Compose.Nodes)
        {
            var (context, dockerfile) = node.Build.ShouldNotBeNull($"{node.Name} has no build section");
            var contextDir = Path.GetFullPath(Path.Combine(Repo.Root, context));
            Directory.Exists(contextDir).ShouldBeTrue(contextDir);
            var dockerfilePath = Path.Combine(contextDir, dockerfile);
            File.Exists(dockerfilePath).ShouldBeTrue(dockerfilePath);
            foreach (var source in CopiedSources(File.ReadAllText(dockerfilePath)))
            {
                Path.Exists(Path.Combine(contextDir, source)).ShouldBeTrue($"{dockerfile} copies {source}, which is not in {contextDir}");
            }
        }
    }

    [Fact]
    public void The_Dockerfile_publishes_the_cli_project_and_runs_the_assembly_it_builds_as_a_non_root_user()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repo.Root, "Dockerfile"));
        const string Project = "src/SlothActors.Cli/SlothActors.Cli.csproj";
        File.Exists(Path.Combine(Repo.Root, Project)).ShouldBeTrue();
        dockerfile.ShouldContain($"dotnet publish {Project}");
        var assembly = Regex.Match(File.ReadAllText(Path.Combine(Repo.Root, Project)), "<AssemblyName>(.+)</AssemblyName>").Groups[1].Value;
        dockerfile.ShouldContain($"ENTRYPOINT [\"dotnet\", \"/app/{assembly}.dll\"]");
        dockerfile.ShouldContain("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build");
        dockerfile.ShouldContain("FROM mcr.microsoft.com/dotnet/aspnet:10.0");
        Regex.IsMatch(dockerfile, @"^USER \$APP_UID$", RegexOptions.Multiline).ShouldBeTrue("the runtime stage must switch to the non-root user");
    }

    [Fact]
    public void Every_mounted_config_file_exists_and_is_the_file_the_node_is_told_to_read()
    {
        foreach (var node in Compose.Nodes)
        {
            var mount = ConfigMount(node);
            File.Exists(Path.Combine(Repo.Root, mount.Host)).ShouldBeTrue($"{node.Name} mounts {mount.Host}, which does not exist");
            node.CommandValue("--config").ShouldBe(mount.Container, $"{node.Name} reads a config file other than the one mounted");
            mount.ReadOnly.ShouldBeTrue($"{node.Name} should mount its config read-only");
        }
    }

    [Fact]
    public void Each_node_publishes_the_port_of_its_config_on_loopback_and_advertises_it_under_its_service_name()
    {
        foreach (var node in Compose.Nodes)
        {
            var port = ConfigOf(node).GetProperty("Node").GetProperty("Port").GetInt32();
            node.Ports.ShouldBe([$"127.0.0.1:{port}:{port}"], $"{node.Name} must publish its config's Port {port} on the host's loopback");
            node.Environment["SLOTH_ADVERTISE_ADDRESS"].ShouldBe($"http://{node.Name}:{port}");
        }
    }

    [Fact]
    public void Each_node_seeds_from_the_configs_seeds_under_the_service_names_and_advertises_its_own()
    {
        var remotePorts = Compose.Nodes.ToDictionary(
            node => ConfigOf(node).GetProperty("Node").GetProperty("RemotePort").GetInt32(), node => node.Name);
        foreach (var node in Compose.Nodes)
        {
            node.Environment["SLOTH_ADVERTISE_HOST"].ShouldBe(node.Name, "other containers reach a node's remoting by its service name");
            node.Environment["SLOTH_REMOTE_HOST"].ShouldBe("0.0.0.0");
            var expected = ConfigOf(node).GetProperty("Node").GetProperty("Seeds").EnumerateArray()
                .Select(seed => new Uri(seed.GetString()!.Replace("akka.tcp://sloth@", "tcp://", StringComparison.Ordinal)).Port)
                .Select(port => $"akka.ssl.tcp://sloth@{remotePorts[port]}:{port}");
            node.Environment["SLOTH_SEEDS"].Split(',').ShouldBe(expected, $"{node.Name}: every seed of its config, under the service that listens on its port");
        }
    }

    [Fact]
    public void Remoting_beyond_loopback_is_mutual_tls_with_each_nodes_own_certificate_folder_mounted_read_only()
    {
        var made = LocalClusterFiles.MakeCertsNames();
        foreach (var node in Compose.Nodes)
        {
            node.Environment.ContainsKey("SLOTH_REMOTE_INSECURE").ShouldBeFalse($"{node.Name}: remoting beyond loopback is TLS, not an accepted risk");
            var mount = Mount(node, "./cluster-config/certs/");
            mount.Host.ShouldBe($"./cluster-config/certs/{node.Name}", "each node gets its own certificate, never the CA's key or another node's");
            made.ShouldContain(node.Name, "cluster-config/make-certs.sh makes that folder");
            mount.ReadOnly.ShouldBeTrue($"{node.Name} should mount its certificate read-only");
            node.Environment["SLOTH_TLS_CERT"].ShouldBe(mount.Container, $"{node.Name} reads its certificate from the folder mounted");
        }

        File.ReadAllText(Path.Combine(Repo.Root, ".gitignore")).ShouldContain("/cluster-config/certs/", Case.Sensitive, "private keys are never committed");
    }

    [Fact]
    public async Task Each_nodes_compose_settings_with_the_certificates_make_certs_made_pass_the_nodes_start_checks()
    {
        const string Password = "compose-test-pw";
        using var certs = new TempDirectory("sloth-compose-certs");
        var made = await SlothCommand.RunProcessAsync(
            "bash", [Path.Combine(LocalClusterFiles.ConfigDir, "make-certs.sh"), certs.Path, "--password", Password], new Dictionary<string, string?>(), Repo.Root);
        made.ExitCode.ShouldBe(0, made.ToString());

        foreach (var node in Compose.Nodes)
        {
            // What compose hands the container: ${VAR:?...} filled in, the certificate folder where it is mounted from.
            var environment = node.Environment.ToDictionary(
                entry => entry.Key["SLOTH_".Length..],
                entry => (string?)Required().Replace(entry.Value, match => match.Groups[1].Value == "SLOTH_TLS_PASSWORD" ? Password : "x"));
            environment["TLS_CERT"] = Path.Combine(certs.Path, node.Name);
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(Repo.Root, ConfigMount(node).Host))
                .AddInMemoryCollection(environment)
                .Build();

            var options = NodeOptionsReader.Read(configuration);

            Should.NotThrow(() => StorageRules.Check(options), $"{node.Name} would refuse to start");
            options.HasTls.ShouldBeTrue(node.Name);
            options.Seeds.ShouldAllBe(seed => seed.StartsWith("akka.ssl.tcp://sloth@", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Node_names_are_unique_follow_the_member_grammar_and_match_their_config_file()
    {
        var names = Compose.Nodes.Select(node => (Service: node.Name, Name: ConfigOf(node).GetProperty("Node").GetProperty("NodeName").GetString()!)).ToList();
        names.Select(name => name.Name).Distinct().Count().ShouldBe(names.Count);
        foreach (var (service, name) in names)
        {
            Regex.IsMatch(name, "^[a-z0-9][a-z0-9._-]{0,62}$").ShouldBeTrue(name);
            name.Replace("-", "", StringComparison.Ordinal).ShouldBe(service, "service nodeN runs the member named node-N");
        }
    }

    [Fact]
    public void Postgres_service_database_and_user_agree_with_every_nodes_connection_string_and_the_script()
    {
        var postgres = Compose.Services["postgres"].Environment;
        var user = postgres["POSTGRES_USER"];
        var database = postgres["POSTGRES_DB"];
        foreach (var node in Compose.Nodes)
        {
            var connection = LocalClusterFiles.ConnectionString(node.Environment["SLOTH_POSTGRES"]);
            connection["Host"].ShouldBe("postgres");
            connection["Port"].ShouldBe("5432");
            connection["Username"].ShouldBe(user);
            connection["Database"].ShouldBe(database);
            connection["Password"].ShouldBe(postgres["POSTGRES_PASSWORD"], $"{node.Name} must use the password the server is given");
        }

        LocalClusterFiles.ScriptSetting("PG_USER").ShouldBe(user);
        LocalClusterFiles.ScriptSetting("PG_DB").ShouldBe(database);
    }

    [Fact]
    public void Secrets_are_required_from_the_environment_never_written_in_the_file()
    {
        var required = new Regex(@"^\$\{(SLOTH_[A-Z_]+):\?[^}]+\}$");
        required.IsMatch(Compose.Services["postgres"].Environment["POSTGRES_PASSWORD"]).ShouldBeTrue();
        foreach (var node in Compose.Nodes)
        {
            required.IsMatch(node.Environment["SLOTH_TOKEN"]).ShouldBeTrue($"{node.Name}: SLOTH_TOKEN");
            required.IsMatch(node.Environment["SLOTH_SECRET_KEY"]).ShouldBeTrue($"{node.Name}: SLOTH_SECRET_KEY");
            required.IsMatch(node.Environment["SLOTH_TLS_PASSWORD"]).ShouldBeTrue($"{node.Name}: SLOTH_TLS_PASSWORD");
            node.Environment["SLOTH_BIND"].ShouldBe("0.0.0.0", "inside its container a node must listen beyond loopback, which is why it needs the token");
        }
    }

    [Fact]
    public void The_script_starts_exactly_the_config_files_compose_mounts()
    {
        var mounted = Compose.Nodes.Select(node => Path.GetFileName(ConfigMount(node).Host)).Order().ToList();
        LocalClusterFiles.ScriptConfigs().Order().ShouldBe(mounted);
        Directory.GetFiles(LocalClusterFiles.ConfigDir, "node*.json").Select(Path.GetFileName).Order().ShouldBe(mounted);
    }

    [GeneratedRegex(@"\$\{([A-Z_]+):\?[^}]*\}")]
    private static partial Regex Required();

    private static JsonElement ConfigOf(ComposeService node) => LocalClusterFiles.Config(Path.GetFileName(ConfigMount(node).Host));

    private static (string Host, string Container, bool ReadOnly) ConfigMount(ComposeService node) => Mount(node, "./cluster-config/node");

    private static (string Host, string Container, bool ReadOnly) Mount(ComposeService node, string hostPrefix)
    {
        var mount = node.Volumes.Single(volume => volume.StartsWith(hostPrefix, StringComparison.Ordinal)).Split(':');
        return (mount[0], mount[1], mount.Length > 2 && mount[2] == "ro");
    }

    /// <summary>The source paths of the Dockerfile's <c>COPY</c> lines that copy from the build context.</summary>
    private static IEnumerable<string> CopiedSources(string dockerfile) =>
        dockerfile.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);
}
