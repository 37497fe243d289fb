using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// The sign-in form tells nobody which addresses have accounts: an unknown address, a wrong
/// password, an account locked after too many wrong passwords and a locked account given the
/// right password all get the same page, and take about as long to answer.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SignInEnumerationTests(AppFactory app)
{
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_page()
    {
        var (_, known) = await _people.JoinAsync(Role.Recruiter);

        var wrongPassword = await AnswerAsync(known, "Wrong-pass-9");
        var unknown = await AnswerAsync(Nobody(), "Wrong-pass-9");

        wrongPassword.Status.ShouldBe(HttpStatusCode.OK);
        ShouldBeTheSame(unknown, wrongPassword);
    }

    [Fact]
    public async Task After_five_wrong_passwords_a_known_and_an_unknown_address_still_get_the_same_page()
    {
        var (_, known) = await _people.JoinAsync(Role.Recruiter);
        var nobody = Nobody();

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var knownAnswer = await AnswerAsync(known, "Wrong-pass-9");
            var unknownAnswer = await AnswerAsync(nobody, "Wrong-pass-9");
            ShouldBeTheSame(unknownAnswer, knownAnswer, $"attempt {attempt}");
        }

        (await LockedOutAsync(known)).ShouldBeTrue("five wrong passwords still lock the account");
    }

    [Fact]
    public async Task A_locked_account_given_the_right_password_gets_the_wrong_password_page_and_no_session()
    {
        var (_, known) = await _people.JoinAsync(Role.Recruiter);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AnswerAsync(known, "Wrong-pass-9");
        }

        var rightPassword = await AnswerAsync(known, PeopleScenario.Password);
        var unknown = await AnswerAsync(Nobody(), PeopleScenario.Password);

        ShouldBeTheSame(rightPassword, unknown);
        rightPassword.SetsSession.ShouldBeFalse();
        rightPassword.Error.ShouldContain("locked");
    }

    /// <summary>
    /// Checking a password costs a deliberate hash; an unknown or locked address answered without
    /// one would be told apart by the clock. Medians of interleaved attempts, with room for a busy machine.
    /// </summary>
    [Fact]
    public async Task An_unknown_address_takes_about_as_long_to_refuse_as_a_wrong_password()
    {
        var (_, known) = await _people.JoinAsync(Role.Recruiter);
        var client = app.AnonymousClient();
        await TimeAsync(client, Nobody());
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            knownTimes.Add(await TimeAsync(client, known));
            unknownTimes.Add(await TimeAsync(client, Nobody()));
        }

        Median(unknownTimes).ShouldBeGreaterThan(Median(knownTimes) * 0.5, $"known {string.Join(", ", knownTimes.Select(t => $"{t:F0}"))} ms; unknown {string.Join(", ", unknownTimes.Select(t => $"{t:F0}"))} ms");
    }

    private static string Nobody() => $"nobody.{Guid.NewGuid():N}@web-people.example";

    /// <summary>
    /// What the browser gets back, with the parts that differ on every request taken out: the
    /// antiforgery token, the components' encrypted state (a fresh IV each time), the address typed.
    /// </summary>
    private sealed record Answer(HttpStatusCode Status, string? Location, string Error, bool SetsSession, string Page);

    private async Task<Answer> AnswerAsync(string email, string password)
    {
        var response = await AppFactory.PostFormAsync(app.AnonymousClient(), "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        var html = await response.Content.ReadAsStringAsync();
        var document = await AppFactory.ParseAsync(response);
        var setsSession = response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("rl.auth=", StringComparison.Ordinal) && !c.StartsWith("rl.auth=;", StringComparison.Ordinal));
        var page = AntiforgeryValue().Replace(ComponentState().Replace(html, ""), "value=\"…\"").Replace(email, "{email}", StringComparison.Ordinal);
        return new Answer(response.StatusCode, response.Headers.Location?.OriginalString, document.QuerySelector("[data-testid=login-error]")?.TextContent ?? "", setsSession, page);
    }

    /// <summary>Field by field, and for the page the first line that differs, so a failure says what gave the account away.</summary>
    private static void ShouldBeTheSame(Answer actual, Answer expected, string? when = null)
    {
        (actual with { Page = "" }).ShouldBe(expected with { Page = "" }, when);
        var difference = actual.Page.Split('\n').Zip(expected.Page.Split('\n')).FirstOrDefault(lines => lines.First != lines.Second);
        difference.ShouldBe(default, $"{when}: the pages differ at this line");
        actual.Page.Length.ShouldBe(expected.Page.Length, when);
    }

    private async Task<bool> LockedOutAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!);
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var page = await AppFactory.ParseAsync(await client.GetAsync("/Account/Login"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = "Wrong-pass-9" });
        var clock = Stopwatch.StartNew();
        (await client.PostAsync("/Account/Login", form)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex ComponentState();

    [GeneratedRegex(@"value=""[^""]*""(?=[^>]*name=""__RequestVerificationToken"")|(?<=name=""__RequestVerificationToken""[^>]*)value=""[^""]*""")]
    private static partial Regex AntiforgeryValue();
}
