using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>Clients, contacts, positions and requirements over /api/v1, as a script would keep them.</summary>
[Collection(AppCollection.Name)]
public sealed class WorkspaceApiTests(AppFactory app)
{
    [Fact]
    public async Task A_recruiter_sets_up_a_client_a_contact_and_a_position_with_requirements_and_lists_them_paged()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var name = WorkspaceScenario.Unique("Ashgrove Energy");

        var created = await api.PostAsJsonAsync("/api/v1/clients", new { name });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = await created.Content.ReadFromJsonAsync<JsonElement>();
        var clientId = client.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/clients/{clientId}");
        client.GetProperty("version").GetUInt32().ShouldBeGreaterThan(0u);
        client.GetProperty("policy").GetProperty("notesAllowed").GetBoolean().ShouldBeTrue();

        var contact = await WorkspaceScenario.CreatedAsync(await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/contacts",
            new { name = "Kofi Mensah", title = "Chief Executive Officer", email = "kofi@ashgrove.example", seniority = "Executive" }));
        contact.GetProperty("seniority").GetString().ShouldBe("Executive");
        contact.GetProperty("hasAccount").GetBoolean().ShouldBeFalse();
        contact.GetProperty("version").GetUInt32().ShouldBeGreaterThan(0u);

        var position = await WorkspaceScenario.CreatedAsync(await api.PostAsJsonAsync("/api/v1/positions",
            new { clientCompanyId = clientId, title = "Grid Analyst", location = "Aberdeen", description = "Forecast demand.", requirements = new[] { "Python", "Power markets" } }));
        position.GetProperty("status").GetString().ShouldBe("Open");
        position.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Python", "Power markets"]);

        var clients = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={Uri.EscapeDataString(name[^8..])}&page=1&pageSize=10");
        clients.GetProperty("total").GetInt32().ShouldBe(1);
        clients.GetProperty("page").GetInt32().ShouldBe(1);
        clients.GetProperty("pageSize").GetInt32().ShouldBe(10);
        var item = clients.GetProperty("items")[0];
        item.GetProperty("contacts").GetInt32().ShouldBe(1);
        item.GetProperty("openPositions").GetInt32().ShouldBe(1);
        var contacts = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/contacts");
        contacts.GetProperty("items").GetArrayLength().ShouldBe(1);
        var positions = await api.GetFromJsonAsync<JsonElement>($"/api/v1/positions?clientId={clientId}&status=open&search=grid");
        positions.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString()).ShouldBe(["Grid Analyst"]);
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}");
        detail.GetProperty("positions")[0].GetProperty("requirements").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Requirements_are_added_reworded_moved_and_dropped_with_the_positions_version_and_a_dropped_one_says_what_became_of_it()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var ids = await new WorkspaceScenario(app).CreateAsync(api, "Python", "SQL", "Airflow");
        await new WorkspaceScenario(app).RateAsync(ids, ids.Requirements[1]);

        var added = await WorkspaceScenario.CreatedAsync(await api.PostAsJsonAsync($"/api/v1/positions/{ids.Position}/requirements", new { name = "dbt", version = ids.PositionVersion }));
        var version = added.GetProperty("version").GetUInt32();
        version.ShouldNotBe(ids.PositionVersion);
        var reworded = await api.PutAsJsonAsync($"/api/v1/requirements/{ids.Requirements[0]}", new { version, name = "Python (pandas)" });
        reworded.StatusCode.ShouldBe(HttpStatusCode.OK);
        version = (await reworded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetUInt32();
        var moved = await api.PostAsJsonAsync($"/api/v1/requirements/{added.GetProperty("id").GetGuid()}/move", new { index = 0, version });
        var order = await moved.Content.ReadFromJsonAsync<JsonElement>();
        order.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["dbt", "Python (pandas)", "SQL", "Airflow"]);
        version = order.GetProperty("version").GetUInt32();

        var deleted = await (await api.DeleteAsync($"/api/v1/requirements/{ids.Requirements[2]}?version={version}")).Content.ReadFromJsonAsync<JsonElement>();
        var retired = await (await api.DeleteAsync($"/api/v1/requirements/{ids.Requirements[1]}")).Content.ReadFromJsonAsync<JsonElement>();

        deleted.GetProperty("outcome").GetString().ShouldBe("Deleted");
        retired.GetProperty("outcome").GetString().ShouldBe("Retired");
        retired.GetProperty("retired").GetBoolean().ShouldBeTrue();
        var position = await api.GetFromJsonAsync<JsonElement>($"/api/v1/positions/{ids.Position}");
        position.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["dbt", "Python (pandas)"]);
        var retiredOnes = position.GetProperty("retiredRequirements");
        retiredOnes.GetArrayLength().ShouldBe(1);
        retiredOnes[0].GetProperty("name").GetString().ShouldBe("SQL");
        retiredOnes[0].GetProperty("retiredAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task A_put_with_a_stale_version_is_a_409_problem_and_one_without_a_version_is_a_400_beside_it()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var admin = await app.ApiClientAsync(Demo.Admin);
        var ids = await new WorkspaceScenario(app).CreateAsync(api);
        (await admin.PutAsJsonAsync($"/api/v1/positions/{ids.Position}", new { version = ids.PositionVersion, title = "Senior Data Engineer" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/v1/clients/{ids.Client}", new { version = ids.ClientVersion, name = WorkspaceScenario.Unique("Renamed") })).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var (path, body) in new (string, object)[]
        {
            ($"/api/v1/positions/{ids.Position}", new { version = ids.PositionVersion, title = "Data Engineer II" }),
            ($"/api/v1/clients/{ids.Client}", new { version = ids.ClientVersion, name = "Stale name" }),
            ($"/api/v1/requirements/{ids.Requirements[0]}", new { version = ids.PositionVersion, name = "Stale wording" }),
        })
        {
            var stale = await api.PutAsJsonAsync(path, body);
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict, path);
            stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("Helen Marsh");
        }

        var unversioned = await api.PutAsJsonAsync($"/api/v1/contacts/{ids.Contact}", new { name = "Ines Duarte", email = "ines@northwind.example", seniority = "Manager" });
        unversioned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unversioned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("version")[0].GetString()!.ShouldContain("version");
        var updated = await api.PutAsJsonAsync($"/api/v1/contacts/{ids.Contact}", new { version = ids.ContactVersion, name = "Ines Duarte", title = "Director of Data", email = "ines@northwind.example", seniority = "SeniorLeader" });
        (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seniority").GetString().ShouldBe("SeniorLeader");
    }

    [Fact]
    public async Task Missing_or_wrong_fields_are_400_problems_beside_each_field_never_500()
    {
        var api = await app.ApiClientAsync(Demo.Recruiter);
        var ids = await new WorkspaceScenario(app).CreateAsync(api);

        async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        (await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/clients", new { }))).GetProperty("name")[0].GetString().ShouldBe("Give the client a name.");
        var contact = await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/clients/{ids.Client}/contacts", new { name = "No Email" }));
        contact.TryGetProperty("email", out _).ShouldBeTrue();
        contact.TryGetProperty("seniority", out _).ShouldBeTrue();
        (await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/positions", new { title = "Orphan" }))).TryGetProperty("clientCompanyId", out _).ShouldBeTrue();
        (await ErrorsAsync(await api.PostAsJsonAsync("/api/v1/positions", new { clientCompanyId = ids.Client, title = "Twice", requirements = new[] { "SQL", "sql" } }))).TryGetProperty("requirements", out _).ShouldBeTrue();
        (await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/positions/{ids.Position}/requirements", new { name = "python" }))).GetProperty("name")[0].GetString()!.ShouldContain("already a requirement");
        (await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/positions/{ids.Position}/status", new { }))).TryGetProperty("status", out _).ShouldBeTrue();
        (await ErrorsAsync(await api.PostAsJsonAsync($"/api/v1/requirements/{ids.Requirements[0]}/move", new { index = -1 }))).TryGetProperty("index", out _).ShouldBeTrue();
        (await ErrorsAsync(await api.GetAsync("/api/v1/positions?status=Paused"))).TryGetProperty("status", out _).ShouldBeTrue();
        (await ErrorsAsync(await api.GetAsync("/api/v1/clients?sort=size"))).TryGetProperty("sort", out _).ShouldBeTrue();
        (await api.PostAsync($"/api/v1/positions/{ids.Position}/status", JsonContent.Create(new { status = "Paused" }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_archived_client_is_listed_only_when_asked_and_comes_back_when_restored()
    {
        var api = await app.ApiClientAsync(Demo.Admin);
        var ids = await new WorkspaceScenario(app).CreateAsync(await app.ApiClientAsync(Demo.Recruiter));
        var search = Uri.EscapeDataString(ids.ClientName[^8..]);

        var archived = await (await api.PostAsJsonAsync($"/api/v1/clients/{ids.Client}/archive", new { version = ids.ClientVersion })).Content.ReadFromJsonAsync<JsonElement>();

        archived.GetProperty("archivedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={search}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={search}&includeArchived=true")).GetProperty("total").GetInt32().ShouldBe(1);
        (await api.PostAsJsonAsync($"/api/v1/clients/{ids.Client}/contacts", new { name = "Late", email = "late@northwind.example", seniority = "Staff" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.PostAsync($"/api/v1/clients/{ids.Client}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={search}")).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_openapi_document_names_every_workspace_schema()
    {
        var document = await (await app.AnonymousClient().GetAsync("/openapi/v1.json")).Content.ReadFromJsonAsync<JsonElement>();

        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        schemas.ShouldContain("ClientDetail");
        schemas.ShouldContain("ContactItem");
        schemas.ShouldContain("PositionView");
        schemas.ShouldContain("RequirementResponse");
        schemas.ShouldContain("DroppedRequirementResponse");
        schemas.ShouldContain(s => s.StartsWith("Paged") && s.Contains("ClientListItem"));
        schemas.ShouldContain(s => s.StartsWith("Paged") && s.Contains("PositionListItem"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/clients", "/api/v1/clients/{id}", "/api/v1/clients/{id}/archive", "/api/v1/clients/{id}/restore", "/api/v1/clients/{id}/contacts", "/api/v1/contacts/{id}", "/api/v1/positions", "/api/v1/positions/{id}", "/api/v1/positions/{id}/status", "/api/v1/positions/{id}/requirements", "/api/v1/requirements/{id}", "/api/v1/requirements/{id}/move" })
        {
            paths.ShouldContain(path);
        }
    }
}
