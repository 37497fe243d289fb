using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Application.People.DeactivatePerson;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security.Fuzz;

/// <summary>Who calls the API: a named <c>Authorization</c> and <c>Cookie</c> header pair (either may be absent).</summary>
public sealed record ApiCaller(string Name, string? Authorization, string? Cookie = null);

/// <summary>A browser as the server sees it: its cookies and the antiforgery token its pages carry.</summary>
public sealed record Browser(string Name, string Cookie, string AntiforgeryToken);

/// <summary>
/// Everything the fuzz draws on: the API's callers (every role's token in both agencies, and
/// bad, revoked and deactivated ones), signed-in and anonymous browsers, real ids of every kind
/// of record in both agencies, live invitation links, and the form names the pages render.
/// Browsers are cookie headers, not cookie jars: a fuzzed sign-out or sign-in must not change
/// who the next request is.
/// </summary>
public sealed partial class FuzzWorld
{
    public static readonly string[] RoleAccounts =
    [
        Demo.Admin, Demo.Recruiter, Demo.Candidate, Demo.Candidate2, Demo.Client, Demo.Client2,
        Demo.OtherAgencyAdmin, Demo.OtherAgencyRecruiter, Demo.OtherAgencyCandidate, Demo.OtherAgencyClient,
    ];

    private FuzzWorld(HttpClient http, IReadOnlyList<ApiCaller> callers, IReadOnlyList<Browser> browsers, IdPool ids, IReadOnlyList<string> invitationTokens, IReadOnlyList<string> formNames, IReadOnlyList<string> signInAddresses)
    {
        SignInAddresses = signInAddresses;
        Http = http;
        Callers = callers;
        Browsers = browsers;
        Ids = ids;
        InvitationTokens = invitationTokens;
        FormNames = formNames;
    }

    /// <summary>One client without a cookie jar or redirects: each request carries its own headers.</summary>
    public HttpClient Http { get; }

    public IReadOnlyList<ApiCaller> Callers { get; }

    public IReadOnlyList<Browser> Browsers { get; }

    public IdPool Ids { get; }

    public IReadOnlyList<string> InvitationTokens { get; }

    public IReadOnlyList<string> FormNames { get; }

    /// <summary>
    /// Addresses the fuzz signs in with: people of their own (their password is <see cref="PeopleScenario.Password"/>)
    /// and nobody's. Not the callers': a lockout would also stop their tokens and end the run's coverage.
    /// </summary>
    public IReadOnlyList<string> SignInAddresses { get; }

    public static async Task<FuzzWorld> CreateAsync(AppFactory app, IReadOnlyList<RouteTarget> forms)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.Timeout = TimeSpan.FromMinutes(2);

        // Records in every state, so the handlers' state checks run too.
        await new Scenario(app).NoteInEveryStatusAsync("fuzz");
        var people = new PeopleScenario(app);
        var invitationTokens = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            invitationTokens.Add((await people.InviteStaffAsync(i == 0 ? Role.AgencyAdmin : Role.Recruiter)).Token);
        }

        var callers = new List<ApiCaller>();
        foreach (var email in RoleAccounts)
        {
            callers.Add(new ApiCaller(email, "Bearer " + await TokenAsync(app, email)));
        }

        var recruiterToken = await TokenAsync(app, Demo.Recruiter);
        callers.Add(new ApiCaller("lower-case scheme", "bearer " + recruiterToken));
        callers.Add(new ApiCaller("token with junk after it", "Bearer " + recruiterToken + "x"));
        callers.Add(new ApiCaller("revoked token", "Bearer " + await RevokedTokenAsync(app)));
        callers.Add(new ApiCaller("deactivated person's token", "Bearer " + await DeactivatedTokenAsync(app, people)));
        callers.Add(new ApiCaller("no credentials", null));
        callers.Add(new ApiCaller("unknown token", "Bearer rl_" + new string('x', 43)));
        callers.Add(new ApiCaller("token without prefix", "Bearer " + recruiterToken[3..]));
        callers.Add(new ApiCaller("empty bearer", "Bearer "));
        callers.Add(new ApiCaller("scheme only", "Bearer"));
        callers.Add(new ApiCaller("basic credentials", "Basic cmVjcnVpdGVyQGRlbW8udGVzdDpEZW1vLXBhc3MtMQ=="));
        callers.Add(new ApiCaller("huge token", "Bearer rl_" + new string('A', 20_000)));
        callers.Add(new ApiCaller("non-ASCII token", "Bearer rl_žluťoučký👍"));

        var browsers = new List<Browser> { await AnonymousBrowserAsync(http) };
        foreach (var email in new[] { Demo.Admin, Demo.Recruiter, Demo.Candidate, Demo.Client, Demo.OtherAgencyRecruiter })
        {
            browsers.Add(await SignedInBrowserAsync(http, email));
        }

        // A signed-in browser's cookie is not an API credential; sent to the API it must be refused, not crash.
        callers.Add(new ApiCaller("session cookie only", null, browsers[2].Cookie));

        var formNames = await FormNamesAsync(http, forms, browsers, invitationTokens);
        var signInAddresses = new List<string> { "nobody@demo.test", (await people.JoinAsync(Role.Recruiter)).Email, (await people.JoinAsync(Role.AgencyAdmin)).Email };
        return new FuzzWorld(http, callers, browsers, await IdsAsync(app), invitationTokens, formNames, signInAddresses);
    }

    private static async Task<string> TokenAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "fuzz")
            ?? throw new InvalidOperationException($"No user {email}");
    }

    private static async Task<string> RevokedTokenAsync(AppFactory app)
    {
        var token = await TokenAsync(app, Demo.Recruiter);
        await using var db = await Workspace.OpenAsync(app);
        var stored = await db.ApiTokens.SingleAsync(t => t.TokenHash == ApiTokenService.Hash(token));
        stored.Revoke(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return token;
    }

    private static async Task<string> DeactivatedTokenAsync(AppFactory app, PeopleScenario people)
    {
        var (id, email) = await people.JoinAsync(Role.Recruiter);
        var token = await TokenAsync(app, email);
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<DeactivatePersonHandler>().HandleAsync(await people.UserAsync(Demo.Admin), id)).Succeeded.ShouldBeTrue();
        return token;
    }

    /// <summary>
    /// Real ids of every kind of record in both agencies, by kind. People who call in this fuzz
    /// are left out: an admin token deactivating the recruiter token's owner would turn the rest
    /// of the run into 401s.
    /// </summary>
    private static async Task<IdPool> IdsAsync(AppFactory app)
    {
        await using var db = await Workspace.OpenAsync(app);
        return new IdPool(
        [
            ("contact", await IdsOf(db.ClientContacts)),
            ("requirement", await IdsOf(db.Requirements)),
            ("interview", await IdsOf(db.Interviews)),
            ("submission", await IdsOf(db.Submissions)),
            ("note", await IdsOf(db.Notes)),
            ("repl", await IdsOf(db.ClientReplies)),
            ("invitation", await IdsOf(db.Invitations)),
            ("people", await db.Users.Where(u => !RoleAccounts.Contains(u.Email!)).Select(u => u.Id).Take(20).ToListAsync()),
            ("candidate", await IdsOf(db.Candidates)),
            ("position", await IdsOf(db.Positions)),
            ("client", await IdsOf(db.ClientCompanies)),
            ("feedback", await IdsOf(db.FeedbackRequests)),
            ("notification", await IdsOf(db.Notifications)),
            ("window", await IdsOf(db.FeedbackWindows)),
            ("rating", await IdsOf(db.ClientFeedback)),
            ("debrief", await IdsOf(db.Debriefs)),
            ("agency", await db.Agencies.Select(a => a.Id).ToListAsync()),
        ]);
    }

    private static async Task<IReadOnlyList<Guid>> IdsOf<T>(IQueryable<T> set)
        where T : class =>
        await set.Select(e => EF.Property<Guid>(e, "Id")).Take(40).ToListAsync();

    private static async Task<Browser> AnonymousBrowserAsync(HttpClient http)
    {
        var (cookies, token) = await LoginPageAsync(http, "");
        return new Browser("anonymous", cookies, token);
    }

    /// <summary>Signs in through the form by hand, keeping the cookies as one header.</summary>
    private static async Task<Browser> SignedInBrowserAsync(HttpClient http, string email)
    {
        var (cookies, token) = await LoginPageAsync(http, "");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "login",
                ["Input.Email"] = email,
                ["Input.Password"] = "Demo-pass-1",
            }),
        };
        request.Headers.Add("Cookie", cookies);
        using var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {email}");
        cookies = Merge(cookies, response);

        // The antiforgery token is bound to who is signed in: read it again as them.
        var (signedIn, userToken) = await LoginPageAsync(http, cookies);
        return new Browser(email, signedIn, userToken);
    }

    private static async Task<(string Cookies, string Token)> LoginPageAsync(HttpClient http, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        using var response = await http.SendAsync(request);
        var page = await AppFactory.ParseAsync(response);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the sign-in page");
        return (Merge(cookies, response), token);
    }

    private static string Merge(string cookies, HttpResponseMessage response)
    {
        var jar = cookies.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2))
            .ToDictionary(c => c[0], c => c[1]);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                jar[pair[0]] = pair[1];
            }
        }

        return string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}"));
    }

    /// <summary>
    /// The names of the forms the pages render (the <c>_handler</c> a post must name), read from
    /// the pages as each browser sees them: a new static form is fuzzed by its own name.
    /// </summary>
    private static async Task<IReadOnlyList<string>> FormNamesAsync(HttpClient http, IReadOnlyList<RouteTarget> forms, IReadOnlyList<Browser> browsers, IReadOnlyList<string> invitationTokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var placeholders = RouteTarget.Placeholder().Matches(form.Pattern);
            if (placeholders.Any(p => p.Groups["constraint"].Success))
            {
                continue; // a page about one record: interactive, no static form of its own
            }

            var path = RouteTarget.Placeholder().Replace(form.Pattern, _ => invitationTokens[0]);
            foreach (var browser in browsers)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", browser.Cookie);
                using var response = await http.SendAsync(request);
                foreach (Match match in HandlerInput().Matches(await response.Content.ReadAsStringAsync()))
                {
                    names.Add(WebUtility.HtmlDecode(match.Groups["name"].Value));
                }
            }
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("""<input[^>]*name="_handler"[^>]*value="(?<name>[^"]*)"|<input[^>]*value="(?<name>[^"]*)"[^>]*name="_handler""")]
    private static partial Regex HandlerInput();
}
