using System.Text.Json;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Cli;

/// <summary><c>rl check-note --jsonl</c> as its own process: the line format, one answer per line, in order.</summary>
public sealed class CheckNoteCommandTests
{
    // The checker needs no database; rl is given an address that is never dialled.
    private const string NoDatabase = "Host=127.0.0.1;Port=1;Username=nobody";

    [Fact]
    public async Task Every_input_line_gets_one_answer_in_input_order_with_its_findings_or_its_error()
    {
        var lines = new[]
        {
            Line("calm", "Dear Sarah,\n\nThank you for Tuesday. I enjoyed meeting the team.\n\nKind regards,\nPriya Raman"),
            Line("pushy", "Dear Sarah,\n\nI have another offer, so you need to decide by Friday.\n\nPriya Raman"),
            "",
            "{\"id\": \"broken\", \"body\": ",
            Line("too-soon", "Dear Sarah,\n\nA second question about the rota.\n\nKind regards,\nPriya Raman", daysSinceLastNote: 0.5),
            """{"id": "odd-names", "body": "Dear Sarah,\n\nThank you.\n\nPriya", "knownNames": [null, "Priya Raman"]}""",
            """{"id": "partial-policy", "body": "Dear Sarah,\n\nA question about the rota.\n\nKind regards,\nPriya Raman", "sentAt": "2026-11-17T10:00:00+00:00", "policy": {"notesAllowed": true}}""",
        };

        var result = await CliProcess.RunWithInputAsync(NoDatabase, new Dictionary<string, string>(), string.Join('\n', lines) + "\n", "check-note", "--jsonl");

        result.ExitCode.ShouldBe(0, result.StandardError);
        var answers = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        answers.Select(a => a.GetProperty("id").GetString()).ShouldBe(["calm", "pushy", "broken", "too-soon", "odd-names", "partial-policy"]);
        answers[0].GetProperty("findings").GetArrayLength().ShouldBe(0);

        var pushy = answers[1].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "tone.aggressive");
        pushy.GetProperty("severity").GetString().ShouldBe("Warning");
        pushy.GetProperty("length").GetInt32().ShouldBeGreaterThan(0);
        pushy.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();

        answers[2].GetProperty("error").GetString()!.ShouldStartWith("line 4:");
        answers[3].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldContain("contact.frequency");

        // What a line leaves out keeps its default: a policy that only allows notes limits nothing else.
        answers[4].TryGetProperty("findings", out _).ShouldBeTrue(answers[4].ToString());
        answers[5].GetProperty("findings").GetArrayLength().ShouldBe(0, answers[5].ToString());
    }

    [Fact]
    public async Task An_unknown_spelling_setting_is_refused_with_the_ones_there_are()
    {
        var result = await CliProcess.RunWithInputAsync(NoDatabase, new Dictionary<string, string>(), "Dear Sarah", "check-note", "--locale", "en-GB");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("en, en_US, en_GB");
    }

    [Fact]
    public async Task A_machine_without_the_dictionaries_is_told_what_to_install_not_shown_a_crash()
    {
        var missing = new RecruiterLiaison.Application.Etiquette.EtiquetteCheckers(locale =>
            throw new RecruiterLiaison.Application.Etiquette.SpellingUnavailableException($"The Hunspell dictionary {locale} is not installed; run script/bootstrap."));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = await RecruiterLiaison.Cli.CheckNoteCommand.RunAsync(missing, ["--jsonl"], new StringReader(Line("calm", "Dear Sarah")), stdout, stderr);

        exitCode.ShouldBe(3);
        stderr.ToString().ShouldContain("run script/bootstrap");
        stderr.ToString().ShouldNotContain("   at ");
        stdout.ToString().ShouldBeEmpty();
    }

    private static string Line(string id, string body, double? daysSinceLastNote = null) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["body"] = body,
        ["kind"] = "Question",
        ["recipientSeniority"] = "Manager",
        ["priorContact"] = true,
        ["hoursSinceInterview"] = 30,
        ["notesLast24h"] = 0,
        ["notesThisRound"] = 1,
        ["senderAddress"] = "priya.raman@example.com",
        ["sentAt"] = "2026-11-17T10:00:00+00:00",
        ["feedbackDueAt"] = "2026-11-16T17:00:00+00:00",
        ["timeZone"] = "Europe/London",
        ["knownNames"] = new[] { "Priya Raman", "Sarah Lindqvist" },
        ["daysSinceLastNote"] = daysSinceLastNote,
        ["policy"] = new { notesAllowed = true, thankYouNotesAllowed = true, maxNotesPerRound = 3, minDaysBetweenNotes = 2 },
    });
}
