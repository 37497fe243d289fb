using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>Every note status, through every page and endpoint a client can reach.</summary>
[Collection(AppCollection.Name)]
public sealed class ClientVisibilityTests(AppFactory app)
{
    [Fact]
    public async Task A_client_sees_text_only_once_delivered_and_only_the_delivered_text()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var notes = await new Scenario(app).NoteInEveryStatusAsync(marker);
        var api = await app.ApiClientAsync(Demo.Client);
        var browser = await app.SignedInClientAsync(Demo.Client);

        var inboxJson = await (await api.GetAsync("/api/v1/inbox?pageSize=100")).Content.ReadAsStringAsync();
        var inboxPage = await (await browser.GetAsync("/client")).Content.ReadAsStringAsync();

        foreach (var (status, (id, original, delivered)) in notes)
        {
            var single = await api.GetAsync($"/api/v1/notes/{id}");
            if (delivered is null)
            {
                single.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"a {status} note must not be readable");
                inboxJson.ShouldNotContain(original);
                inboxPage.ShouldNotContain(original);
                continue;
            }

            single.StatusCode.ShouldBe(HttpStatusCode.OK);
            var view = await single.Content.ReadFromJsonAsync<JsonElement>();
            view.GetProperty("deliveredBody").GetString().ShouldBe(delivered);
            view.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "deliveredBody", "deliveredAt", "candidate", "position"], ignoreOrder: true);
            inboxJson.ShouldContain(delivered);
            inboxPage.ShouldContain(delivered);
            if (original != delivered)
            {
                inboxJson.ShouldNotContain(original);
                inboxPage.ShouldNotContain(original);
                (await single.Content.ReadAsStringAsync()).ShouldNotContain(original);
            }
        }

        inboxPage.ShouldNotContain("finding");
        inboxJson.ShouldNotContain("findings");
    }

    [Theory]
    [InlineData(Demo.Client2)]
    [InlineData(Demo.OtherAgencyClient)]
    public async Task A_client_at_another_company_or_agency_sees_none_of_it(string email)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var notes = await new Scenario(app).NoteInEveryStatusAsync(marker);
        var api = await app.ApiClientAsync(email);

        var inbox = await (await api.GetAsync("/api/v1/inbox?pageSize=100")).Content.ReadAsStringAsync();
        var page = await (await (await app.SignedInClientAsync(email)).GetAsync("/client")).Content.ReadAsStringAsync();

        inbox.ShouldNotContain(marker);
        page.ShouldNotContain(marker);
        foreach (var (_, (id, _, _)) in notes)
        {
            (await api.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }
}
