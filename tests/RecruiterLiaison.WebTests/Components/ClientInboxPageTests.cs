using System.Globalization;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Components.Pages.Client;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

[Collection(AppCollection.Name)]
public sealed class ClientInboxPageTests(AppFactory app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_delivered_note_comes_first_while_unread_and_marking_it_read_lowers_the_count()
    {
        var (id, body) = await DeliveredNoteAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Client);
        var inbox = page.Bunit.Render<ClientHome>();
        inbox.WaitForAssertion(() => inbox.FindAll($"[data-note-id='{id}']").ShouldNotBeEmpty(), Wait);

        inbox.FindAll("[data-testid=inbox-item]")[0].GetAttribute("data-note-id").ShouldBe(id.ToString());
        Row(inbox, id).QuerySelector("[data-testid=inbox-text]")!.TextContent.ShouldBe(body);
        Row(inbox, id).QuerySelector("[data-testid=unread]").ShouldNotBeNull();
        var unread = UnreadCount(inbox);

        inbox.Press(i => Row(i, id).QuerySelector("[data-testid=mark-read]")!);

        inbox.WaitForAssertion(() => UnreadCount(inbox).ShouldBe(unread - 1), Wait);
        Row(inbox, id).QuerySelector("[data-testid=unread]").ShouldBeNull();
        Row(inbox, id).QuerySelector("[data-testid=mark-read]").ShouldBeNull();
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notes.SingleAsync(n => n.Id == id)).ReadAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reply_goes_to_the_recruiter_and_an_empty_one_is_refused_in_the_dialog()
    {
        var (id, _) = await DeliveredNoteAsync();
        await using var page = await PageTestContext.SignedInAsync(app, Demo.Client);
        var dialogs = page.Bunit.Render<MudDialogProvider>();
        var snackbars = page.Bunit.Render<MudSnackbarProvider>();
        var inbox = page.Bunit.Render<ClientHome>();
        inbox.WaitForAssertion(() => inbox.FindAll($"[data-note-id='{id}']").ShouldNotBeEmpty(), Wait);

        inbox.Press(i => Row(i, id).QuerySelector("[data-testid=reply]")!);
        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=send-to-recruiter]").ShouldNotBeEmpty(), Wait);
        dialogs.Press("[data-testid=send-to-recruiter]");

        dialogs.WaitForAssertion(() => dialogs.Find(".mud-input-error").TextContent.ShouldContain("Write a reply"), Wait);
        var reply = "Thanks, we would like to meet again next week. " + id;
        dialogs.Find("#send-to-recruiter-text").Input(reply);
        dialogs.Press("[data-testid=send-to-recruiter]");

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=send-to-recruiter]").ShouldBeEmpty(), Wait);
        snackbars.WaitForAssertion(() => snackbars.Markup.ShouldContain("Your reply went to the recruiter"), Wait);
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().ClientReplies.AnyAsync(r => r.NoteId == id && r.Body == reply)).ShouldBeTrue();
    }

    private static IElement Row(IRenderedComponent<ClientHome> inbox, Guid id) => inbox.Find($"[data-note-id='{id}']").Closest("tr")!;

    private static int UnreadCount(IRenderedComponent<ClientHome> inbox) =>
        int.Parse(inbox.Find("[data-testid=unread-count] .stat-value").TextContent, CultureInfo.InvariantCulture);

    private async Task<(Guid Id, string Body)> DeliveredNoteAsync()
    {
        var body = $"Dear Sarah, thank you for Friday; I enjoyed the design discussion. Kind regards, Priya ({Guid.NewGuid():N})";
        var (id, version) = await new Scenario(app).SubmitAsync(body, "ThankYou");
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        (await recruiter.PostAsJsonAsync($"/api/v1/notes/{id}/approve", new { version })).EnsureSuccessStatusCode();
        return (id, body);
    }
}
