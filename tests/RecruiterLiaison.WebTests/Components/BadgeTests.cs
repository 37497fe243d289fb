using Bunit;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Web.Components.Shared;

namespace RecruiterLiaison.WebTests.Components;

public sealed class BadgeTests
{
    [Theory]
    [InlineData(SubmissionStage.RecruiterScreen, "Recruiter screen", "mud-chip-color-info")]
    [InlineData(SubmissionStage.FurtherInterviews, "Further interviews", "mud-chip-color-info")]
    [InlineData(SubmissionStage.Offer, "Offer", "mud-chip-color-success")]
    [InlineData(SubmissionStage.Rejected, "Rejected", "mud-chip-color-error")]
    [InlineData(SubmissionStage.RemovedFromConsideration, "Removed from consideration", "mud-chip-color-error")]
    public async Task A_stage_reads_in_words_with_a_colour_for_its_outcome(SubmissionStage stage, string label, string cssClass)
    {
        await using var context = MudTestContext.Create();

        var badge = context.Render<StageBadge>(p => p.Add(b => b.Stage, stage)).Find("[data-testid=stage]");

        badge.TextContent.Trim().ShouldBe(label);
        badge.ClassList.ShouldContain(cssClass);
    }

    [Theory]
    [InlineData(NoteStatus.PendingReview, "Waiting for your recruiter", "mud-chip-color-info")]
    [InlineData(NoteStatus.Approved, "Delivered", "mud-chip-color-success")]
    [InlineData(NoteStatus.Declined, "Declined", "mud-chip-color-error")]
    [InlineData(NoteStatus.Returned, "Returned for revision", "mud-chip-color-warning")]
    public async Task A_note_status_reads_as_the_candidate_would_say_it(NoteStatus status, string label, string cssClass)
    {
        await using var context = MudTestContext.Create();

        var badge = context.Render<NoteStatusBadge>(p => p.Add(b => b.Status, status)).Find("[data-testid=note-status]");

        badge.TextContent.Trim().ShouldBe(label);
        badge.ClassList.ShouldContain(cssClass);
        badge.GetAttribute("data-status").ShouldBe(status.ToString());
    }
}
