using RecruiterLiaison.EndToEndTests.Support;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>A draft survives what happens to connections: a dropped circuit that comes back, and a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftResilienceTests(BrowserFixture browser)
{
    private const string Text = "Dear Sarah,\n\nThank you for the conversation about the tracking services.\n\nTom Whitfield";

    [Fact]
    public async Task A_draft_is_kept_when_the_connection_drops_and_comes_back_and_after_a_reload()
    {
        var candidate = await browser.SignInAsync("candidate2@demo.test");
        await candidate.GotoAsync("/candidate");
        await candidate.Locator("[data-testid=submission]", new() { HasText = "Senior Backend Engineer" }).Locator("[data-testid=draft-note]").ClickAsync();
        await candidate.WaitUntilReadyAsync("[data-testid=draft-form]");
        await candidate.Locator("#body").FillAsync(Text);
        await candidate.Locator("[data-testid=findings], [data-testid=findings-clear]").First.WaitForAsync(new() { Timeout = 10_000 });

        // The circuit goes away (as when the server connection drops) and comes back.
        (await candidate.EvaluateAsync<bool>("() => Blazor.pauseCircuit()")).ShouldBeTrue();
        await candidate.Locator("#components-reconnect-modal.components-reconnect-paused").WaitForAsync(new() { Timeout = 10_000 });
        await candidate.EvaluateAsync<bool>("() => Blazor.resumeCircuit()");
        await candidate.Locator("#components-reconnect-modal.components-reconnect-paused").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden, Timeout = 15_000 });
        await candidate.WaitForFunctionAsync("text => document.querySelector('#body')?.value === text", Text, new() { Timeout = 10_000 });

        // A reload starts a new circuit; the draft comes back from the browser's storage.
        await candidate.ReloadAsync();
        await candidate.WaitUntilReadyAsync("[data-testid=draft-form]");
        await candidate.WaitForFunctionAsync("text => document.querySelector('#body')?.value === text", Text, new() { Timeout = 10_000 });
        await candidate.Context.CloseAsync();
    }
}
