using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// Every page, as each role and as nobody, carries the Content-Security-Policy that stops
/// injected script: script only from the app itself, no plugins, no framing, forms and the base
/// address kept on the site. And no page relies on what that policy forbids (an inline script
/// or event handler would silently not run in a browser).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ContentSecurityPolicyTests(AppFactory app)
{
    private static readonly string[] Accounts = [Demo.Admin, Demo.Recruiter, Demo.Candidate, Demo.Client];

    [Fact]
    public async Task Every_page_carries_the_policy_and_has_no_inline_script_it_would_block()
    {
        var records = await DemoRecords.CreateAsync(app);
        var pages = RouteTargets.Pages(app.Services.GetRequiredService<EndpointDataSource>());
        pages.Count.ShouldBeGreaterThan(25);
        var browsers = new List<(string Name, HttpClient Client)> { ("nobody", app.AnonymousClient()) };
        foreach (var email in Accounts)
        {
            browsers.Add((email, await app.SignedInClientAsync(email)));
        }

        var failures = new List<string>();
        var opened = new HashSet<string>();
        var shown = new HashSet<string>();
        foreach (var page in pages)
        {
            foreach (var (path, (name, client)) in records.Fillings(page.Pattern).SelectMany(path => browsers.Select(browser => (path, browser))))
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    shown.Add(page.Pattern);
                }

                failures.AddRange(PolicyProblems(response).Select(p => $"{path} as {name} ({(int)response.StatusCode}): {p}"));
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.OK)
                {
                    opened.Add(page.Pattern);
                }

                var document = await AppFactory.ParseAsync(response);
                foreach (var script in document.Scripts.Where(s => string.IsNullOrEmpty(s.Source)))
                {
                    failures.Add($"{path} as {name}: an inline script the policy blocks: {script.Text[..Math.Min(100, script.Text.Length)]}");
                }

                foreach (var element in document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))))
                {
                    failures.Add($"{path} as {name}: an inline event handler the policy blocks on <{element.LocalName}>");
                }

                foreach (var link in document.QuerySelectorAll("[href^='javascript:' i], [src^='javascript:' i]"))
                {
                    failures.Add($"{path} as {name}: a javascript: address on <{link.LocalName}>");
                }
            }
        }

        // Each page was really looked at by someone allowed to open it. A page that only ever
        // sends people on (the home address) has nothing of its own to look at; the not-found
        // page's answer is 404 by design.
        pages.Select(p => p.Pattern).Where(p => !opened.Contains(p) && shown.Contains(p) && p is not "/not-found").ShouldBeEmpty("pages no account could open");
        failures.ShouldBeEmpty(string.Join("\n", failures.Distinct().Take(40)));
    }

    private static IEnumerable<string> PolicyProblems(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Content-Security-Policy", out var values))
        {
            yield return "no Content-Security-Policy header";
            yield break;
        }

        var directives = values.Single().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
        foreach (var (directive, expected) in new[] { ("default-src", "'self'"), ("object-src", "'none'"), ("frame-ancestors", "'none'"), ("base-uri", "'self'"), ("form-action", "'self'"), ("script-src", "'self'") })
        {
            if (directives.GetValueOrDefault(directive) != expected)
            {
                yield return $"{directive} is '{directives.GetValueOrDefault(directive)}', not {expected}";
            }
        }

        if (response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff")
        {
            yield break;
        }

        yield return "no X-Content-Type-Options: nosniff";
    }
}
