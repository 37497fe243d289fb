using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.WebTests.Security.Fuzz;
using RecruiterLiaison.WebTests.Support;
using Xunit.Abstractions;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// Thousands of generated requests at every API endpoint and every server-rendered form, against
/// the app as Production runs it. Whatever a caller sends, the app answers with a 4xx it chose,
/// never a 500; the API's refusals are problem details; and no answer shows an exception or a
/// stack trace. The seed is printed: RL_FUZZ_SEED=&lt;seed&gt; repeats a run.
/// </summary>
[Collection(ProductionAppCollection.Name)]
public sealed partial class FuzzTests(ProductionAppFactory app, ITestOutputHelper output)
{
    private const int Requests = 12_000;
    private const int Parallelism = 8;

    /// <summary>What a client may claim its body is instead of JSON or a form, right or wrong, parseable or not.</summary>
    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz",
        "application/json; charset=utf-16", "application/json; charset=nonsense", "application/json; charset=utf-7", "application/problem+json", "application/json-patch+json",
        "", "garbage", "*/*", "application/octet-stream",
    ];

    private static readonly string[] OtherMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"];

    [Fact]
    public async Task Twelve_thousand_hostile_requests_at_every_endpoint_and_form_get_no_server_error_and_leak_nothing()
    {
        var seed = Environment.GetEnvironmentVariable("RL_FUZZ_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"Fuzz seed {seed}: RL_FUZZ_SEED={seed} repeats this run.");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>();
        var api = RouteTargets.Api(endpoints);
        var forms = RouteTargets.Forms(endpoints);

        // The enumeration itself must see the app: if it found nothing, the fuzz would pass on nothing.
        api.Count.ShouldBeGreaterThan(60);
        api.ShouldContain(t => t.Method == "POST" && t.Pattern.StartsWith("/api/v1/notes/{", StringComparison.Ordinal) && t.BodyType != null);
        forms.Select(f => f.Pattern).ShouldContain("/Account/Login");
        forms.Select(f => f.Pattern).ShouldContain("/Account/Logout");
        forms.Select(f => f.Pattern).ShouldContain(p => p.StartsWith("/invitation/{", StringComparison.Ordinal));

        var world = await FuzzWorld.CreateAsync(app, forms);
        world.FormNames.ShouldContain("login");
        world.FormNames.ShouldContain("invitation");
        var targets = api.Concat(forms).ToList();
        output.WriteLine($"{api.Count} API endpoints, {forms.Count} form endpoints, form names: {string.Join(", ", world.FormNames)}");

        var statuses = new ConcurrentDictionary<int, int>();
        var perTarget = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentBag<string>();
        var slowest = new ConcurrentBag<(TimeSpan Elapsed, string Request)>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (index, _) =>
        {
            // Round robin: every endpoint gets its share however the run is seeded.
            var target = targets[index % targets.Count];
            var inputs = new FuzzInputs(new Random(unchecked((seed * 1_000_003) + index)), world.Ids);
            var (built, description) = target.IsApi ? ApiRequest(target, inputs, world) : FormRequest(target, inputs, world);
            using var request = built;
            var started = Stopwatch.GetTimestamp();
            using var response = await world.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);

            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            perTarget.AddOrUpdate(target.ToString(), 1, (_, n) => n + 1);
            slowest.Add((elapsed, description));
            foreach (var problem in Problems(target, request.RequestUri!, response, body))
            {
                failures.Add($"#{index} {description}\n  → {status} {response.Content.Headers.ContentType}: {problem}\n  {Excerpt(body, 600)}");
            }
        });

        clock.Stop();
        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:F1} s ({Requests / clock.Elapsed.TotalSeconds:F0}/s, {Parallelism} at a time)");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var (elapsed, request) in slowest.OrderByDescending(s => s.Elapsed).Take(5))
        {
            output.WriteLine($"slow: {elapsed.TotalMilliseconds:F0} ms {Excerpt(request, 200)}");
        }

        targets.ShouldAllBe(t => perTarget.GetValueOrDefault(t.ToString()) >= Requests / targets.Count);
        failures.ShouldBeEmpty($"seed {seed}: {failures.Count} bad answers; the first ones:\n" + string.Join("\n\n", failures.Take(12)));
    }

    private static (HttpRequestMessage Request, string Description) ApiRequest(RouteTarget target, FuzzInputs inputs, FuzzWorld world)
    {
        var caller = inputs.Chance(0.75) ? world.Callers[inputs.Random.Next(FuzzWorld.RoleAccounts.Length)] : inputs.Pick(world.Callers);
        var method = inputs.Chance(0.04) ? inputs.Pick(OtherMethods) : target.Method;
        var path = Fill(target.Pattern, inputs, world) + inputs.Query(target.Query);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (caller.Authorization is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (caller.Cookie is { } cookie)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        var sent = "";
        if (target.BodyType is not null || method is "POST" or "PUT" || inputs.Chance(0.05))
        {
            sent = inputs.Body(target.BodyType);
            var contentType = inputs.Chance(0.8) ? "application/json" : inputs.Pick(ContentTypes);
            request.Content = Content(sent, contentType, inputs);
        }

        return (request, $"{caller.Name}: {method} {Excerpt(path, 300)} body {Excerpt(sent, 300)}");
    }

    /// <summary>
    /// A browser's post, as a page's form would send it or not: the right or a wrong antiforgery
    /// token or none, a form name the pages render or another, the sign-in and invitation fields
    /// with hostile values, and sometimes not a form at all.
    /// </summary>
    private static (HttpRequestMessage Request, string Description) FormRequest(RouteTarget target, FuzzInputs inputs, FuzzWorld world)
    {
        var browser = inputs.Pick(world.Browsers);
        var path = Fill(target.Pattern, inputs, world);
        var fields = new List<(string Key, string Value)>();
        switch (inputs.Random.Next(10))
        {
            case < 7:
                fields.Add(("__RequestVerificationToken", browser.AntiforgeryToken));
                break;
            case 7:
                fields.Add(("__RequestVerificationToken", inputs.Pick(world.Browsers).AntiforgeryToken));
                break;
            case 8:
                fields.Add(("__RequestVerificationToken", inputs.Short(200)));
                break;
        }

        if (inputs.Chance(0.7))
        {
            fields.Add(("_handler", inputs.Chance(0.8) ? inputs.Pick(world.FormNames) : inputs.Short(100)));
        }

        foreach (var field in new[] { "Input.Email", "Input.Password", "Input.ConfirmPassword", "Input.RememberMe" })
        {
            if (inputs.Chance(0.75))
            {
                fields.Add((field, FormValue(field, inputs, world)));
            }
        }

        if (inputs.Chance(0.15))
        {
            fields.Add((inputs.Pick(["Input", "Input.Email.Length", "Input[0]", "__proto__", "_handler", "Input.Id", "ReturnUrl", "Token", "ü👍"]), inputs.Short(300)));
        }

        var body = string.Join('&', fields.OrderBy(_ => inputs.Random.Next(4)).Select(f => $"{Uri.EscapeDataString(f.Key)}={Encode(f.Value, inputs)}"));
        var request = new HttpRequestMessage(HttpMethod.Post, path + (inputs.Chance(0.1) ? "?ReturnUrl=" + Uri.EscapeDataString(inputs.Pick(["//evil.example", "/admin", "javascript:alert(1)", "%00"])) : ""));
        request.Headers.TryAddWithoutValidation("Cookie", browser.Cookie);
        var contentType = inputs.Random.Next(10) switch
        {
            < 8 => "application/x-www-form-urlencoded",
            8 => "multipart/form-data; boundary=fuzz",
            _ => inputs.Pick(ContentTypes),
        };
        if (contentType.StartsWith("multipart", StringComparison.Ordinal) && inputs.Chance(0.8))
        {
            body = string.Concat(fields.Select(f => $"--fuzz\r\nContent-Disposition: form-data; name=\"{f.Key}\"\r\n\r\n{f.Value}\r\n")) + (inputs.Chance(0.8) ? "--fuzz--\r\n" : "");
        }

        request.Content = Content(body, contentType, inputs);
        return (request, $"{browser.Name}: POST {Excerpt(path, 300)} {contentType} body {Excerpt(body, 300)}");
    }

    private static string FormValue(string field, FuzzInputs inputs, FuzzWorld world) => field switch
    {
        "Input.Email" => inputs.Chance(0.5) ? inputs.Pick(world.SignInAddresses) : inputs.Text(),
        "Input.RememberMe" => inputs.Pick(["true", "false", "on", "maybe", "", "true,false"]),
        _ => inputs.Random.Next(10) switch
        {
            0 => PeopleScenario.Password,
            1 => "Strong-pass-" + inputs.Random.Next(1000, 9999),
            _ => inputs.Text(),
        },
    };

    /// <summary>Percent-encodes, and now and then leaves a broken escape a browser would never send.</summary>
    private static string Encode(string value, FuzzInputs inputs) =>
        inputs.Chance(0.05) ? value + inputs.Pick(["%", "%z", "%E0%A4%A", "%FF%FE", "+%2B+"]) : Uri.EscapeDataString(value);

    /// <summary>
    /// The route with each parameter filled. A NUL in a path never reaches the app (Kestrel
    /// refuses the request line, and the test server throws), so it is left to bodies and queries.
    /// </summary>
    private static string Fill(string pattern, FuzzInputs inputs, FuzzWorld world) =>
        RouteTarget.Placeholder().Replace(pattern, m => (m.Groups["constraint"].Value.Contains("guid", StringComparison.OrdinalIgnoreCase)
            ? inputs.RouteId(m.Groups["name"].Value + " " + pattern[..m.Index].Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault())
            : inputs.RouteText(world.InvitationTokens)).Replace("%00", "", StringComparison.Ordinal));

    /// <summary>The body as bytes, now and then with invalid UTF-8 in it, under any content type header.</summary>
    private static ByteArrayContent Content(string body, string contentType, FuzzInputs inputs)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        if (inputs.Chance(0.03))
        {
            bytes = [.. bytes[..(bytes.Length / 2)], 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. bytes[(bytes.Length / 2)..]];
        }

        var content = new ByteArrayContent(bytes);
        if (contentType.Length > 0)
        {
            if (!MediaTypeHeaderValue.TryParse(contentType, out _))
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            else
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        return content;
    }

    private static IEnumerable<string> Problems(RouteTarget target, Uri uri, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            yield return "a server error";
        }

        var isApi = uri.OriginalString.StartsWith("/api", StringComparison.OrdinalIgnoreCase) || (uri.IsAbsoluteUri && uri.AbsolutePath.StartsWith("/api", StringComparison.OrdinalIgnoreCase));
        if (target.IsApi && isApi && status is >= 400 and < 500 && body.Length > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            yield return "an API refusal that is not problem details";
        }

        if (Leak().Match(body) is { Success: true } leak)
        {
            yield return $"the body shows the server's insides: '{leak.Value}'";
        }
    }

    private static string Excerpt(string text, int length) =>
        text.Length <= length ? text : text[..length] + $"… ({text.Length} chars)";

    /// <summary>An exception's type name, a stack frame, or a .NET, ASP.NET, EF Core, Npgsql or our own namespace.</summary>
    [GeneratedRegex(@"\w*Exception\b|^\s+at \S+\(|   at |\bSystem\.[A-Z]\w+|\bMicrosoft\.[A-Z]\w+\.|\bNpgsql\b|\bRecruiterLiaison\.(?:Web|Application|Domain|Infrastructure)\.[A-Z]", RegexOptions.Multiline)]
    private static partial Regex Leak();
}
