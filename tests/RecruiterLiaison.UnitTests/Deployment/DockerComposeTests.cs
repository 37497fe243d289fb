using YamlDotNet.RepresentationModel;

namespace RecruiterLiaison.UnitTests.Deployment;

/// <summary>
/// docker-compose.yml cannot be run here (no Docker engine); script/cluster runs its shape and
/// the scale-out tests work on that. These read the file itself, so the shape it declares stays
/// the one those tests prove: the migrations applied once before any instance starts, two
/// instances of one definition, and nginx in front with the server block the tests use.
/// </summary>
public sealed class DockerComposeTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Deployment");

    private static readonly YamlMappingNode Services = (YamlMappingNode)Compose()["services"];

    [Fact]
    public void Declares_the_database_the_migration_step_two_app_instances_and_nginx()
    {
        Services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal)
            .ShouldBe(["app1", "app2", "db", "migrate", "nginx"]);
    }

    [Fact]
    public void Both_instances_are_one_definition_built_from_the_Dockerfile_in_Production()
    {
        // app2 is an alias of the same node as app1: the instances cannot drift apart.
        Service("app2").ShouldBeSameAs(Service("app1"));
        Scalar(Service("app1"), "build").ShouldBe(".");
        var environment = Mapping(Service("app1"), "environment");
        Scalar(environment, "ASPNETCORE_ENVIRONMENT").ShouldBe("Production");
        Scalar(environment, "ConnectionStrings__Default").ShouldContain("Host=db;");
        Scalar(environment, "ASPNETCORE_FORWARDEDHEADERS_ENABLED").ShouldBe("true");
    }

    [Fact]
    public void The_instances_start_only_after_the_migrations_ran_once_and_never_migrate_themselves()
    {
        var dependsOn = Mapping(Service("app1"), "depends_on");
        Scalar(Mapping(dependsOn, "migrate"), "condition").ShouldBe("service_completed_successfully");
        Mapping(Service("app1"), "environment").Children.Keys.Select(k => k.ToString()).ShouldNotContain("Database__MigrateOnStartup");

        var migrate = Service("migrate");
        var entrypoint = string.Join(' ', ((YamlSequenceNode)migrate["entrypoint"]).Children.Select(c => c.ToString()));
        entrypoint.ShouldContain("dotnet /app/cli/rl.dll migrate");
        Scalar(migrate, "restart").ShouldBe("no");
        Scalar(Mapping(Mapping(migrate, "depends_on"), "db"), "condition").ShouldBe("service_healthy");
    }

    [Fact]
    public void Nginx_serves_both_instances_with_the_server_block_the_scale_out_tests_use()
    {
        var nginx = Service("nginx");
        var environment = Mapping(nginx, "environment");
        Scalar(environment, "APP_1").ShouldBe("app1:8080");
        Scalar(environment, "APP_2").ShouldBe("app2:8080");
        ((YamlSequenceNode)nginx["volumes"]).Children.Select(c => c.ToString())
            .ShouldContain(v => v.StartsWith("./deploy/nginx/recruiter-liaison.conf.template:", StringComparison.Ordinal));

        var serverBlock = File.ReadAllText(Path.Combine(Folder, "recruiter-liaison.conf.template"));
        serverBlock.ShouldContain("ip_hash;");
        serverBlock.ShouldContain("proxy_set_header Upgrade $http_upgrade;");
        serverBlock.ShouldContain("server ${APP_1}");
        serverBlock.ShouldContain("server ${APP_2}");
    }

    [Fact]
    public void The_image_holds_the_command_line_where_the_migration_step_runs_it_and_the_spelling_dictionaries()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Folder, "Dockerfile"));
        dockerfile.ShouldContain("src/RecruiterLiaison.Cli/RecruiterLiaison.Cli.csproj -c Release -o /app/cli");
        dockerfile.ShouldContain("src/RecruiterLiaison.Web/RecruiterLiaison.Web.csproj -c Release -o /app/web");
        dockerfile.ShouldContain("hunspell-en-us");
        dockerfile.ShouldContain("hunspell-en-gb");
    }

    private static YamlMappingNode Compose()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Folder, "docker-compose.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Service(string name) => Mapping(Services, name);

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? "";
}
