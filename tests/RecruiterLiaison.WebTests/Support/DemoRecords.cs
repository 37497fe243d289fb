using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>
/// One record of every kind a route takes, all in the demo agency (Northbridge) and, where a
/// person owns it, Priya's: the note she wrote to Sarah, her submission and interview, its
/// position and client, and a second submission of hers that was rejected (with a delivered
/// note, Sarah's reply and Priya's request for feedback), an invitation and a person who joined.
/// A route's placeholders are filled by kind (<see cref="Fillings"/>), so a page or endpoint
/// added tomorrow is filled as long as it names a kind listed here, and fails loudly otherwise.
/// </summary>
public sealed class DemoRecords
{
    private DemoRecords(IdPool ids, string invitationToken, string noteText)
    {
        Ids = ids;
        InvitationToken = invitationToken;
        NoteText = noteText;
    }

    public IdPool Ids { get; }

    /// <summary>A pending invitation's link token, for <c>/invitation/{token}</c>.</summary>
    public string InvitationToken { get; }

    /// <summary>The text of Priya's note: a refusal must never show it.</summary>
    public string NoteText { get; }

    public static async Task<DemoRecords> CreateAsync(AppFactory app)
    {
        var scenario = new Scenario(app);
        var noteText = $"Dear Sarah, thank you for Tuesday's interview. Kind regards, Priya {Workspace.Unique()}";
        var (note, _) = await scenario.SubmitAsync(noteText, "ThankYou");
        var (submission, interview, contact) = await scenario.PriyaToSarahAsync();
        var people = new PeopleScenario(app);
        var invitation = await people.InviteStaffAsync(Role.Recruiter);
        var (person, _) = await people.JoinAsync(Role.Recruiter);
        var closed = await ClosedSubmissionAsync(app);

        await using var db = await Workspace.OpenAsync(app);
        var positionId = await db.Submissions.Where(s => s.Id == submission).Select(s => s.PositionId).SingleAsync();
        var clientId = await db.Positions.Where(p => p.Id == positionId).Select(p => p.ClientCompanyId).SingleAsync();
        var candidateId = await db.Submissions.Where(s => s.Id == submission).Select(s => s.CandidateId).SingleAsync();
        var requirementId = await db.Requirements.Where(r => r.PositionId == positionId).Select(r => r.Id).FirstAsync();
        var ids = new IdPool(
        [
            ("contact", [contact]),
            ("requirement", [requirementId]),
            ("interview", [interview, closed.Interview]),
            ("submission", [submission, closed.Submission]),
            ("note", [note, closed.Note]),
            ("repl", [closed.Reply]),
            ("invitation", [invitation.InvitationId]),
            ("people", [person]),
            ("candidate", [candidateId]),
            ("position", [positionId, closed.Position]),
            ("client", [clientId]),
        ]);
        return new DemoRecords(ids, invitation.Token, noteText);
    }

    /// <summary>The route with each placeholder replaced by the first of this agency's records of the kind it names.</summary>
    public string Fill(string pattern) => Fillings(pattern).First();

    /// <summary>
    /// The route filled with each of this agency's records of the kinds its placeholders name
    /// (an open and a closed submission, say): a page that shows only one of them is opened too.
    /// </summary>
    public IReadOnlyList<string> Fillings(string pattern)
    {
        var fillings = new List<string> { pattern };
        foreach (var placeholder in RouteTarget.Placeholder().Matches(pattern).Cast<System.Text.RegularExpressions.Match>())
        {
            var values = Values(pattern, placeholder);
            fillings = fillings.SelectMany(f => values.Select(v => f.Replace(placeholder.Value, v, StringComparison.Ordinal))).ToList();
        }

        return fillings;
    }

    private IReadOnlyList<string> Values(string pattern, System.Text.RegularExpressions.Match placeholder)
    {
        if (!placeholder.Groups["constraint"].Value.Contains("guid", StringComparison.OrdinalIgnoreCase))
        {
            return placeholder.Groups["name"].Value.Equals("token", StringComparison.OrdinalIgnoreCase)
                ? [InvitationToken]
                : throw new InvalidOperationException($"{pattern}: no demo value for {placeholder.Value}");
        }

        var hint = placeholder.Groups["name"].Value + " " + pattern[..placeholder.Index].Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return Ids.KindOf(hint) is { } kind
            ? Ids.For(kind).Select(id => id.ToString()).ToList()
            : throw new InvalidOperationException($"{pattern}: {placeholder.Value} names no kind of record DemoRecords knows; add one.");
    }

    /// <summary>
    /// A submission of Priya's that has run its course: a note delivered to Sarah and answered by
    /// her, then rejected with feedback, and Priya's request for more feedback on it.
    /// </summary>
    private static async Task<(Guid Submission, Guid Position, Guid Interview, Guid Note, Guid Reply)> ClosedSubmissionAsync(AppFactory app)
    {
        var fresh = new FreshSubmission(app);
        var ids = await fresh.PriyaPutForwardAsync();
        var interview = await fresh.BookInterviewAsync(ids.SubmissionId, ids.SarahContactId);
        var note = await fresh.DeliveredNoteAsync(ids.SubmissionId, interview, ids.SarahContactId, "Dear Sarah, thank you for your time today. Kind regards, Priya");
        var sarah = await app.ApiClientAsync(Demo.Client);
        var reply = await WorkspaceScenario.CreatedAsync(await sarah.PostAsJsonAsync($"/api/v1/notes/{note}/replies", new { body = "Thank you, Priya; we will be in touch." }));
        await WorkspaceScenario.CreatedAsync(await sarah.PostAsJsonAsync($"/api/v1/interviews/{interview}/feedback", new
        {
            decision = "Reject",
            ratings = ids.Requirements.Select((id, i) => new { requirementId = id, rating = i == 0 ? 2 : 3, comment = i == 0 ? "Little production C#." : "" }),
            notes = "Good attitude.",
        }));
        await WorkspaceScenario.CreatedAsync(await (await app.ApiClientAsync(Demo.Candidate)).PostAsync($"/api/v1/submissions/{ids.SubmissionId}/feedback-requests", null));
        return (ids.SubmissionId, ids.PositionId, interview, note, reply.GetProperty("id").GetGuid());
    }
}

/// <summary>
/// A JSON body a careful caller would send for a request type: every field present and well
/// typed, ids taken from <see cref="DemoRecords"/> by the field's name. Used where the point is
/// to get past validation to the ownership check.
/// </summary>
public static class PlausibleJson
{
    public static string For(Type? type, IdPool ids) => type is null ? "{}" : JsonSerializer.Serialize(Value(type, ids, null, 0));

    private static object? Value(Type type, IdPool ids, string? name, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "Thank you for your time on Tuesday.";
        }

        if (underlying == typeof(Guid))
        {
            return ids.For(name)[0];
        }

        if (underlying == typeof(int) || underlying == typeof(uint) || underlying == typeof(long))
        {
            return 1;
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime))
        {
            return DateTimeOffset.UtcNow.AddDays(2);
        }

        if (underlying.IsEnum)
        {
            return Enum.GetNames(underlying)[0];
        }

        var element = underlying.IsGenericType ? underlying.GetGenericArguments()[0] : underlying.GetElementType();
        if (element is not null && underlying != typeof(string))
        {
            return new[] { Value(element, ids, name, depth + 1) };
        }

        return depth > 3 ? null : underlying.GetProperties().ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => Value(p.PropertyType, ids, p.Name, depth + 1));
    }
}
