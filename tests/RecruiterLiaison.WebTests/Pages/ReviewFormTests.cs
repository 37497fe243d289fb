using System.Net;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

/// <summary>The static-SSR forms of the review queue: errors beside fields, nothing typed is lost.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewFormTests(AppFactory app)
{
    [Fact]
    public async Task Declining_without_a_reason_says_so_beside_the_field_and_keeps_the_message()
    {
        var (note, version) = await new Scenario(app).SubmitAsync("Dear Sarah, could you share the salary band?", "Question");
        var recruiter = await app.SignedInClientAsync(Demo.Recruiter);

        var response = await AppFactory.PostFormAsync(recruiter, $"/recruiter/notes/{note}", "decline", new()
        {
            ["Decline.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Decline.Reason"] = "",
            ["Decline.Message"] = "Salary is for me to discuss with you.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await AppFactory.ParseAsync(response);
        page.QuerySelector("[data-testid=error-reason]")!.TextContent.ShouldBe("Choose a reason.");
        page.QuerySelector("#decline-message")!.TextContent.ShouldBe("Salary is for me to discuss with you.");
    }

    [Fact]
    public async Task A_second_recruiter_acting_on_a_handled_note_sees_who_handled_it_not_an_error_page()
    {
        var (note, version) = await new Scenario(app).SubmitAsync("Dear Sarah, thank you for the interview.", "ThankYou");
        var recruiter = await app.SignedInClientAsync(Demo.Recruiter);
        var first = await AppFactory.PostFormAsync(recruiter, $"/recruiter/notes/{note}", "approve", new() { ["Approve.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = await AppFactory.PostFormAsync(recruiter, $"/recruiter/notes/{note}", "approve", new() { ["Approve.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await AppFactory.ParseAsync(second);
        page.QuerySelector("[data-testid=conflict]")!.TextContent.ShouldContain("already handled by Daniel Okafor");
        page.QuerySelector("[data-testid=note-status]")!.GetAttribute("data-status").ShouldBe("Approved");
    }
}
