using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Etiquette;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Infrastructure.Seeding;

namespace RecruiterLiaison.Cli;

/// <summary>The verbs of <c>rl</c>; each returns a process exit code.</summary>
public static class Commands
{
    private const string Usage = """
        usage: rl <command>
          migrate                          apply pending SQL migrations
          seed demo                        create the demo agencies once (idempotent)
          tokens create --email E [--name N]   print a new API token for the user
          check-note [options]             check a note read from stdin; prints {"findings":[...]}
              --kind K --recipient-seniority S --prior-contact --hours-since-interview N
              --notes-last-24h N --notes-this-round N --sender ADDRESS --sent-at ISO8601
              --feedback-due ISO8601 --time-zone IANA --known-name NAME (repeatable) --locale en_US|en_GB
          check-note --jsonl               one JSON note per line in, one {"id","findings"} line out
          schema script                    print the SQL the EF model expects (for writing migrations)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        switch (args)
        {
            case ["migrate"]:
                var applied = await provider.GetRequiredService<SqlMigrator>().MigrateAsync();
                await stdout.WriteLineAsync(applied.Count == 0 ? "Database is up to date." : $"Applied {string.Join(", ", applied)}.");
                return 0;

            case ["seed", "demo"]:
                var created = await provider.GetRequiredService<DemoSeeder>().SeedAsync();
                await stdout.WriteLineAsync(created ? "Demo data created." : "Demo data already present.");
                return 0;

            case ["tokens", "create", .. var options]:
                return await CreateTokenAsync(provider, options, stdout, stderr);

            case ["check-note", .. var checkOptions]:
                return await CheckNoteCommand.RunAsync(provider.GetRequiredService<EtiquetteCheckers>(), checkOptions, Console.In, stdout, stderr);

            case ["schema", "script"]:
                await using (var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
                {
                    await stdout.WriteLineAsync(db.Database.GenerateCreateScript());
                }

                return 0;

            default:
                await stderr.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider provider, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var email = Option(options, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await stderr.WriteLineAsync("tokens create needs --email ADDRESS");
            return 2;
        }

        var token = await provider.GetRequiredService<ApiTokenService>().CreateAsync(email, Option(options, "--name") ?? "cli");
        if (token is null)
        {
            await stderr.WriteLineAsync($"No user has the e-mail address {email}.");
            return 1;
        }

        await stdout.WriteLineAsync(token);
        return 0;
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
