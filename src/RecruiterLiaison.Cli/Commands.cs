using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Application.Agencies.CreateAgency;
using RecruiterLiaison.Application.Etiquette;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Jobs;
using RecruiterLiaison.Infrastructure.Messaging;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Infrastructure.Seeding;

namespace RecruiterLiaison.Cli;

/// <summary>The verbs of <c>rl</c>; each returns a process exit code.</summary>
public static class Commands
{
    private const string Usage = """
        usage: rl <command>
          migrate                          apply pending EF Core migrations
          seed demo                        create the demo agencies once (idempotent)
          seed load --notes N              add N notes (with clients, positions, candidates in proportion)
                                           to the load-test agency, for benchmarks; needs a superuser
          agency create --name N --admin-email E [--admin-name NAME]
                                           create an agency and e-mail its first admin an invitation;
                                           without Email:SmtpHost the link is also printed here
          tokens create --email E [--name N]   print a new API token for the user
          check-note [options]             check a note read from stdin; prints {"findings":[...]}
              --kind K --recipient-seniority S --prior-contact --hours-since-interview N
              --notes-last-24h N --notes-this-round N --sender ADDRESS --sent-at ISO8601
              --feedback-due ISO8601 --time-zone IANA --known-name NAME (repeatable) --locale en|en_US|en_GB (en: US or British)
          check-note --jsonl               one JSON note per line in, one {"id","findings"} line out, in order;
                                           fields as the options above, plus optional daysSinceLastNote,
                                           followUpsThisRound and policy {notesAllowed, thankYouNotesAllowed,
                                           maxNotesPerRound, minDaysBetweenNotes, quietHoursStart, quietHoursEnd}
          jobs run-once [--at ISO8601]     run every due job step (feedback chases, e-mail) as of that instant
        """;

    /// <summary><c>rl check-note</c>, on stdin and stdout.</summary>
    public static async Task<int> CheckNoteAsync(EtiquetteCheckers checkers, string[] options)
    {
        // Console output flushes every line; one buffered writer keeps --jsonl fast.
        await using var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
        return await CheckNoteCommand.RunAsync(checkers, options, Console.In, buffered, Console.Error);
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        switch (args)
        {
            case ["migrate"]:
                return await MigrateAsync(provider, stdout, stderr);

            case ["seed", "demo"]:
                var created = await provider.GetRequiredService<DemoSeeder>().SeedAsync();
                await stdout.WriteLineAsync(created ? "Demo data created." : "Demo data already present.");
                return 0;

            case ["seed", "load", .. var loadOptions]:
                return await SeedLoadAsync(provider, loadOptions, stdout, stderr);

            case ["agency", "create", .. var agencyOptions]:
                return await CreateAgencyAsync(provider, agencyOptions, stdout, stderr);

            case ["tokens", "create", .. var options]:
                return await CreateTokenAsync(provider, options, stdout, stderr);

            case ["jobs", "run-once", .. var jobOptions]:
                return await RunJobsAsync(provider, jobOptions, stdout, stderr);

            default:
                await stderr.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> MigrateAsync(IServiceProvider provider, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var applied = await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await stdout.WriteLineAsync(applied.Count == 0 ? "Database is up to date." : $"Applied {string.Join(", ", applied)}.");
            return 0;
        }
        catch (LegacyDatabaseException exception)
        {
            await stderr.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    private static async Task<int> SeedLoadAsync(IServiceProvider provider, string[] options, TextWriter stdout, TextWriter stderr)
    {
        if (!int.TryParse(Option(options, "--notes"), out var notes) || notes < 1)
        {
            await stderr.WriteLineAsync("seed load needs --notes N (a positive number)");
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await provider.GetRequiredService<LoadSeeder>().SeedAsync(notes);
        await stdout.WriteLineAsync($"Added {report.Notes:N0} notes ({report.Pending} waiting for review) over {report.Candidates:N0} candidates and {report.Clients:N0} clients in {started.Elapsed.TotalSeconds:N0} s. Sign in as {LoadSeeder.RecruiterEmail} or {LoadSeeder.CandidateEmail} ({DemoSeeder.Password}).");
        return 0;
    }

    private static async Task<int> CreateAgencyAsync(IServiceProvider provider, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var name = Option(options, "--name");
        var email = Option(options, "--admin-email");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(email))
        {
            await stderr.WriteLineAsync("agency create needs --name NAME and --admin-email ADDRESS (and takes --admin-name NAME)");
            return 2;
        }

        var result = await provider.GetRequiredService<CreateAgencyHandler>().HandleAsync(new CreateAgencyCommand(name, email, Option(options, "--admin-name")));
        if (!result.Succeeded)
        {
            var messages = result.Failure!.Errors?.SelectMany(e => e.Value) ?? [result.Failure.Message];
            foreach (var line in messages)
            {
                await stderr.WriteLineAsync(line);
            }

            return 1;
        }

        var created = result.Value!;
        await stdout.WriteLineAsync($"Created the agency {created.Name} ({created.AgencyId}).");
        await stdout.WriteLineAsync($"Invited {created.AdminName} <{created.AdminEmail}> as its first admin; the link works once and expires {created.ExpiresAt:yyyy-MM-dd HH:mm} UTC.");

        // Deliver now rather than at the app's next job run, so the operator knows where the e-mail went.
        var clock = provider.GetRequiredService<TimeProvider>();
        await provider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(clock.GetUtcNow());
        var mail = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        var message = await provider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.AgencyId == created.AgencyId && m.ToAddress == created.AdminEmail)
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => new { m.SentAt, m.LastError })
            .FirstAsync();
        var smtp = !string.IsNullOrWhiteSpace(mail.SmtpHost);
        if (message.SentAt is null)
        {
            await stdout.WriteLineAsync($"The e-mail could not be delivered yet ({message.LastError}); it stays in the outbox and the app retries it.");
        }
        else if (smtp)
        {
            await stdout.WriteLineAsync($"E-mail sent to {created.AdminEmail} through {mail.SmtpHost}:{mail.SmtpPort}.");
        }
        else
        {
            await stdout.WriteLineAsync($"No Email:SmtpHost is configured: the e-mail was written to the pickup folder {mail.PickupDirectory}.");
        }

        if (!smtp)
        {
            await stdout.WriteLineAsync($"Invitation link: {created.Link}");
        }

        return 0;
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

    private static async Task<int> RunJobsAsync(IServiceProvider provider, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var at = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        if (Option(options, "--at") is { } value && !DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out at))
        {
            await stderr.WriteLineAsync($"--at: '{value}' is not an ISO 8601 time.");
            return 2;
        }

        var report = await provider.GetRequiredService<JobRunner>().RunOnceAsync(at);
        await stdout.WriteLineAsync($"Jobs as of {at:O}:");
        foreach (var chase in report.Chases)
        {
            await stdout.WriteLineAsync($"  chased {chase.Contact} at {chase.Client} about {chase.Candidate}: reminder {chase.Step}{(chase.WasLast ? " (last; recruiter told to call)" : "")}");
        }

        foreach (var chase in report.RequestChases)
        {
            await stdout.WriteLineAsync($"  reminded {chase.Contact} of {chase.Candidate}'s feedback request: reminder {chase.Step}{(chase.WasLast ? " (last; recruiter told to close it)" : "")}");
        }

        await stdout.WriteLineAsync($"  {report.Chases.Count + report.RequestChases.Count} chase(s), {report.EmailsSent} e-mail(s) sent, {report.EmailsFailed} failed");
        return 0;
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
