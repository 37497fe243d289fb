using System.Net;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>The static-SSR forms of the review queue: errors beside fields, nothing typed is lost.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewFormTests(AppFactory app)
{
    [Fact]
    public async Task Submitting_an_empty_draft_keeps_the_choices_and_says_what_is_missing()
    {
        var (submission, interview, contact) = await new Scenario(app).PriyaToSarahAsync();
        var candidate = await app.SignedInClientAsync(Demo.Candidate);

        var response = await AppFactory.PostFormAsync(candidate, $"/candidate/submissions/{submission}/notes/new", "draft", new()
        {
            ["Draft.Recipient"] = $"{interview}|{contact}",
            ["Draft.Kind"] = "Question",
            ["Draft.Body"] = "   ",
            ["Draft.Step"] = "submit",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await AppFactory.ParseAsync(response);
        page.QuerySelector("[data-testid=error-body]")!.TextContent.ShouldBe("Write the note before submitting it.");
        page.QuerySelector("#recipient option[selected]")!.GetAttribute("value").ShouldBe($"{interview}|{contact}");
        page.QuerySelector("#kind option[selected]")!.GetAttribute("value").ShouldBe("Question");
    }

    [Theory]
    [InlineData("not-a-recipient", "ThankYou")]
    [InlineData("", "NoSuchKind")]
    public async Task Tampered_draft_values_get_a_message_not_a_server_error(string recipient, string kind)
    {
        var (submission, _, _) = await new Scenario(app).PriyaToSarahAsync();
        var candidate = await app.SignedInClientAsync(Demo.Candidate);

        var response = await AppFactory.PostFormAsync(candidate, $"/candidate/submissions/{submission}/notes/new", "draft", new()
        {
            ["Draft.Recipient"] = recipient,
            ["Draft.Kind"] = kind,
            ["Draft.Body"] = "Thank you.",
            ["Draft.Step"] = "submit",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AppFactory.ParseAsync(response)).QuerySelectorAll(".field-error").Length.ShouldBeGreaterThan(0);
    }
}
