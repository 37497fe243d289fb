using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>The OpenAPI document names every schema, documents the token and the server; Scalar renders from the app alone.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ApiDocumentationTests(AppFactory app)
{
    /// <summary>
    /// GET /api/v1/submissions (SubmissionsApi.cs) belongs to the candidates slice, which names
    /// its response in its own branch. Until that merge, its anonymous schemas are the only ones
    /// allowed; once merged, delete this allowance.
    /// </summary>
    private static readonly string[] NamedElsewhere = [];

    private async Task<JsonElement> DocumentAsync() =>
        await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    [Fact]
    public async Task No_schema_in_the_OpenAPI_document_is_an_anonymous_type()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var anonymous = schemas.EnumerateObject().Select(s => s.Name).Where(n => n.StartsWith("AnonymousType", StringComparison.Ordinal)).ToHashSet();

        var usedBy = Operations(document)
            .Where(o => References(o.Operation, schemas).Any(anonymous.Contains))
            .Select(o => o.Name)
            .ToList();

        usedBy.Except(NamedElsewhere).ShouldBeEmpty("these operations answer anonymous types: name their records");
        var reachable = Operations(document).Where(o => NamedElsewhere.Contains(o.Name)).SelectMany(o => References(o.Operation, schemas)).ToHashSet();
        anonymous.Except(reachable).ShouldBeEmpty("no other anonymous schema may be in the document");
    }

    [Fact]
    public async Task Every_API_operation_declares_its_success_body_by_a_named_schema()
    {
        var document = await DocumentAsync();
        var unnamed = new List<string>();
        foreach (var (name, operation) in Operations(document).Where(o => !NamedElsewhere.Contains(o.Name)))
        {
            var success = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name is "200" or "201").ToList();
            var named = success.Count > 0 && success.All(r => r.Value.TryGetProperty("content", out var content)
                && content.EnumerateObject().All(c => c.Value.GetProperty("schema").GetRawText().Contains("#/components/schemas/", StringComparison.Ordinal)));
            if (!named)
            {
                unnamed.Add(name);
            }
        }

        unnamed.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_document_describes_the_bearer_token_and_the_server()
    {
        var document = await DocumentAsync();

        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        bearer.GetProperty("type").GetString().ShouldBe("http");
        bearer.GetProperty("scheme").GetString().ShouldBe("bearer");
        var server = document.GetProperty("servers")[0];
        server.GetProperty("url").GetString()!.ShouldStartWith("http://localhost");
        server.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        foreach (var (name, operation) in Operations(document))
        {
            operation.GetProperty("security")[0].TryGetProperty("Bearer", out _).ShouldBeTrue($"{name} asks for the bearer token");
        }

        document.GetProperty("paths").EnumerateObject().ShouldAllBe(p => p.Name.StartsWith("/api/v1/"));
    }

    [Fact]
    public async Task Lists_take_page_and_page_size_and_answer_a_page_with_its_total()
    {
        var document = await DocumentAsync();
        string[] lists = ["/api/v1/review-queue", "/api/v1/review-queue/replies", "/api/v1/inbox", "/api/v1/notes", "/api/v1/removal-requests", "/api/v1/feedback-requests", "/api/v1/notifications"];

        foreach (var path in lists)
        {
            var get = document.GetProperty("paths").GetProperty(path).GetProperty("get");
            get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("page", path);
            get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("pageSize", path);
            var schema = get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
            schema.ShouldStartWith("#/components/schemas/PagedOf", Case.Sensitive, path);
        }
    }

    [Fact]
    public async Task Scalar_renders_from_scripts_the_app_serves_itself_allowed_by_a_nonce()
    {
        var client = app.AnonymousClient();

        var page = await client.GetAsync("/scalar/v1");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        var scriptSources = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        scriptSources.ShouldNotContain("unsafe-inline", Case.Sensitive, "inline scripts are allowed by nonce, not wholesale");
        var nonce = NonceSource().Match(scriptSources).Groups["nonce"].Value;
        nonce.ShouldNotBeNullOrEmpty();

        var scripts = ScriptTag().Matches(html).ToList();
        scripts.ShouldNotBeEmpty();
        scripts.ShouldAllBe(s => s.Groups["attributes"].Value.Contains($"nonce=\"{nonce}\""));
        var sources = scripts.Select(s => ScriptSource().Match(s.Groups["attributes"].Value)).Where(m => m.Success).Select(m => m.Groups["src"].Value).ToList();
        sources.ShouldNotBeEmpty();
        foreach (var source in sources)
        {
            var url = new Uri(new Uri(client.BaseAddress!, "/scalar/v1"), source);
            url.Host.ShouldBe(client.BaseAddress!.Host, $"{source} is served by the app");
            var script = await client.GetAsync(url);
            script.StatusCode.ShouldBe(HttpStatusCode.OK, source);
            script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        }

        ExternalUrl().IsMatch(html).ShouldBeFalse("the page names no other host");
        (await client.GetAsync("/scalar/v1")).Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain(nonce, Case.Sensitive, "a fresh nonce per request");
        (await client.GetAsync("/Account/Login")).Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self';");
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => ($"{op.Name.ToUpperInvariant()} {path.Name}", op.Value)));

    /// <summary>Every schema an operation reaches, following references through other schemas.</summary>
    private static HashSet<string> References(JsonElement element, JsonElement schemas)
    {
        var found = new HashSet<string>();
        var pending = new Stack<JsonElement>([element]);
        while (pending.Count > 0)
        {
            foreach (Match match in SchemaReference().Matches(pending.Pop().GetRawText()))
            {
                var name = match.Groups["name"].Value;
                if (found.Add(name) && schemas.TryGetProperty(name, out var schema))
                {
                    pending.Push(schema);
                }
            }
        }

        return found;
    }

    [GeneratedRegex("\"#/components/schemas/(?<name>[^\"]+)\"")]
    private static partial Regex SchemaReference();

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<script(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("src=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();

    [GeneratedRegex("(https?:)?//[a-z0-9.-]+", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
