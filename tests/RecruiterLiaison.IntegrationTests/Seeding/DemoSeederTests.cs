using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Seeding;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Seeding;

[Collection(DatabaseCollection.Name)]
public sealed class DemoSeederTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await using var before = await fixture.OpenAsync();
        var counts = await CountsAsync(before);

        await using var scope = fixture.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        created.ShouldBeFalse();
        await using var after = await fixture.OpenAsync();
        (await CountsAsync(after)).ShouldBe(counts);
    }

    [Theory]
    [InlineData("admin@demo.test", "AgencyAdmin")]
    [InlineData("recruiter@demo.test", "Recruiter")]
    [InlineData("candidate@demo.test", "Candidate")]
    [InlineData("candidate2@demo.test", "Candidate")]
    [InlineData("client@demo.test", "Client")]
    [InlineData("client2@demo.test", "Client")]
    public async Task Every_demo_account_exists_with_its_role(string email, string role)
    {
        var user = await fixture.UserAsync(email);

        user.Role.ToString().ShouldBe(role);
    }

    [Fact]
    public async Task Demo_agency_has_an_executive_contact_positions_with_four_to_six_requirements_and_interviews_past_and_future()
    {
        await using var db = await fixture.OpenAsync();
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Northbridge Talent Partners");

        (await db.ClientContacts.AnyAsync(c => c.AgencyId == agency.Id && c.Seniority == Domain.Clients.Seniority.Executive)).ShouldBeTrue();
        var requirementCounts = await db.Positions.Where(p => p.AgencyId == agency.Id).Select(p => p.Requirements.Count).ToListAsync();
        requirementCounts.ShouldAllBe(n => n >= 4 && n <= 6);
        var interviews = await db.Interviews.Where(i => i.AgencyId == agency.Id).Select(i => i.ScheduledAt).ToListAsync();
        interviews.ShouldContain(at => at < fixture.Clock.GetUtcNow());
        interviews.ShouldContain(at => at > fixture.Clock.GetUtcNow());
        (await db.Submissions.Where(s => s.AgencyId == agency.Id).Select(s => s.Stage).Distinct().CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_second_agency_exists_with_its_own_people()
    {
        var other = await fixture.UserAsync("candidate@meridian.test");
        var demo = await fixture.UserAsync("candidate@demo.test");

        other.AgencyId.ShouldNotBe(demo.AgencyId);
    }

    private static async Task<int[]> CountsAsync(Infrastructure.Persistence.AppDbContext db) =>
    [
        await db.Agencies.CountAsync(), await db.Users.CountAsync(), await db.ClientCompanies.CountAsync(),
        await db.Positions.CountAsync(), await db.Submissions.CountAsync(), await db.Interviews.CountAsync(), await db.Notes.CountAsync(),
    ];
}
