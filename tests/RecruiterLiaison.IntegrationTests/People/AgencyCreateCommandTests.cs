using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People.AcceptInvitation;
using RecruiterLiaison.Cli;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.IntegrationTests.People;

/// <summary><c>rl agency create</c>: a real agency without the demo data.</summary>
[Collection(PeopleCollection.Name)]
public sealed class AgencyCreateCommandTests(PeopleFixture fixture)
{
    [Fact]
    public async Task Creating_an_agency_invites_its_first_admin_and_prints_the_link_when_there_is_no_smtp_server()
    {
        var name = $"Fresh Agency {Guid.NewGuid():N}"[..21];
        var email = $"founder.{Guid.NewGuid():N}"[..16] + "@fresh.example";
        var (exit, stdout, stderr) = await RunAsync("agency", "create", "--name", name, "--admin-email", email, "--admin-name", "Frances Founder");

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain($"Created the agency {name}");
        stdout.ShouldContain($"Invited Frances Founder <{email}> as its first admin");
        stdout.ShouldContain($"pickup folder {fixture.PickupDirectory}");
        var link = stdout.Split('\n').Single(l => l.StartsWith("Invitation link: ", StringComparison.Ordinal))["Invitation link: ".Length..].Trim();
        link.ShouldStartWith($"{PeopleFixture.BaseUrl}/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        token.ShouldBe(await fixture.TokenSentToAsync(email));

        var eml = Directory.GetFiles(fixture.PickupDirectory, "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email));
        eml.ShouldContain($"Subject: You're invited to join {name} on RecruiterLiaison");
        eml.ShouldContain(link);

        await using (var db = await fixture.OpenAsync())
        {
            var agency = await db.Agencies.SingleAsync(a => a.Name == name);
            var invitation = await db.Invitations.SingleAsync(i => i.AgencyId == agency.Id);
            invitation.Role.ShouldBe(Role.AgencyAdmin);
            invitation.InvitedByUserId.ShouldBeNull();
            invitation.StateAt(fixture.Clock.GetUtcNow()).ShouldBe(InvitationState.Pending);
            (await db.AuditEvents.CountAsync(e => e.AgencyId == agency.Id && e.Action == AuditActions.AgencyCreated)).ShouldBe(1);
            (await db.OutboxMessages.SingleAsync(m => m.ToAddress == email)).SentAt.ShouldNotBeNull();
        }

        var accepted = await fixture.Get<AcceptInvitationHandler>().HandleAsync(new AcceptInvitationCommand(token, "Founder-pass-1", "Founder-pass-1"));
        accepted.Value!.Role.ShouldBe(Role.AgencyAdmin);
        accepted.Value.DisplayName.ShouldBe("Frances Founder");
    }

    [Fact]
    public async Task A_duplicate_agency_name_is_refused_clearly()
    {
        var (exit, stdout, stderr) = await RunAsync("agency", "create", "--name", "northbridge talent partners", "--admin-email", "someone.new@fresh.example");

        exit.ShouldBe(1);
        stderr.ShouldContain("An agency named 'northbridge talent partners' already exists");
        stdout.ShouldBeEmpty();
        await using var db = await fixture.OpenAsync();
        (await db.Agencies.CountAsync(a => a.Name.ToLower() == "northbridge talent partners")).ShouldBe(1);
    }

    [Fact]
    public async Task An_admin_address_that_already_has_an_account_is_refused()
    {
        var (exit, _, stderr) = await RunAsync("agency", "create", "--name", $"Another {Guid.NewGuid():N}"[..16], "--admin-email", "admin@demo.test");

        exit.ShouldBe(1);
        stderr.ShouldContain("admin@demo.test already has an account");
    }

    [Theory]
    [InlineData("agency", "create", "--name", "No Admin")]
    [InlineData("agency", "create", "--admin-email", "x@y.example")]
    [InlineData("agency")]
    public async Task Missing_options_print_how_to_use_it(params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        exit.ShouldBe(2);
        stderr.ShouldContain("agency create");
        stderr.ShouldContain("--admin-email");
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Commands.RunAsync(fixture.Services, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
