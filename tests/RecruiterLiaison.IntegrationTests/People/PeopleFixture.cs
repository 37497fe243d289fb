using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.People;

/// <summary>Its own database (the tests move the clock a week on), a known link address and a pickup folder of its own.</summary>
public sealed partial class PeopleFixture : DatabaseFixture
{
    public const string BaseUrl = "https://people.rl.example";

    public string PickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "rl-people-mail-" + Guid.NewGuid().ToString("N")[..8]);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("App:BaseUrl", BaseUrl + "/"),
        new("Invitations:ExpiryDays", "7"),
        new("Email:PickupDirectory", PickupDirectory),
    ];

    /// <summary>Identity's sign-in manager (the tests check a deactivated person's sign-in) needs the authentication services.</summary>
    protected override void AddServices(IServiceCollection services) => services.AddAuthentication();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(PickupDirectory))
        {
            Directory.Delete(PickupDirectory, recursive: true);
        }
    }

    public T Scoped<T>(IServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A candidate of the caller's agency without an account, with an address of its own.</summary>
    public async Task<Candidate> NewCandidateAsync(CurrentUser of)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var candidate = new Candidate(of.AgencyId, $"Casey Candidate {marker}", $"casey.{marker}@people.example");
        await using var db = await OpenAsync();
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate;
    }

    /// <summary>A contact at a new client of the caller's agency, without an account.</summary>
    public async Task<ClientContact> NewContactAsync(CurrentUser of)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var company = new ClientCompany(of.AgencyId, $"Client {marker}");
        var contact = company.AddContact($"Connie Contact {marker}", "Head of Engineering", $"connie.{marker}@people.example", Seniority.Manager);
        await using var db = await OpenAsync();
        db.ClientCompanies.Add(company);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>The token in the link of the newest invitation e-mail to the address.</summary>
    public async Task<string> TokenSentToAsync(string email)
    {
        await using var db = await OpenAsync();
        var body = await db.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.Body).FirstAsync();
        return LinkToken().Match(body).Groups[1].Value;
    }

    public async Task<int> AuditCountAsync(string action, Guid subjectId)
    {
        await using var db = await OpenAsync();
        return await db.AuditEvents.CountAsync(e => e.Action == action && e.SubjectId == subjectId);
    }

    [GeneratedRegex(@"/invitation/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();
}

[CollectionDefinition(Name)]
public sealed class PeopleCollection : ICollectionFixture<PeopleFixture>
{
    public const string Name = "people";
}
