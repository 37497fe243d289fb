using CsCheck;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.UnitTests.Properties;

/// <summary>
/// Feedback windows (open → received, or → overdue → chased) and feedback requests (requested →
/// asked client → answered) under random sequences of what the recruiter, the client and the chaser do.
/// </summary>
public sealed class FeedbackWindowProperties
{
    private const int MaxChases = 3;
    private static readonly Guid[] Contacts = [Guid.NewGuid(), Guid.NewGuid()];

    private enum WindowAct
    {
        MoveDue,
        MarkReceived,
        RecordChase,
    }

    private sealed record WindowStep(WindowAct Act, int DueInDays, int Contact, TimeSpan Pause)
    {
        public override string ToString() => $"{Act}(due in {DueInDays} days, contact {Contact}) after {Pause}";
    }

    private static readonly Gen<WindowStep> WindowSteps = Gen.Select(
        Gen.Frequency((3, Gen.Const(WindowAct.MoveDue)), (1, Gen.Const(WindowAct.MarkReceived)), (5, Gen.Const(WindowAct.RecordChase))),
        Gen.Int[-2, 5], Gen.Int[0, Contacts.Length - 1], DomainInputs.Pause,
        (act, days, contact, pause) => new WindowStep(act, days, contact, pause));

    [Fact]
    public void A_feedback_window_is_chased_only_while_feedback_is_missing_and_closes_for_good_when_it_arrives() =>
        Gen.Select(Gen.Int[0, 5], WindowSteps.Array[1, 25]).Sample((dueInDays, steps) =>
        {
            var now = DomainInputs.Monday;
            var window = new FeedbackWindow(Guid.NewGuid(), Guid.NewGuid(), now.AddDays(dueInDays));
            var expected = new WindowSnapshot(FeedbackWindowStatus.Open, window.DueAt, null, null, 0);
            CheckWindow(window, expected);

            foreach (var step in steps)
            {
                now += step.Pause;

                // PostFeedback refuses a second feedback for an interview before it reaches the window:
                // a window is marked received once.
                if (step.Act == WindowAct.MarkReceived && window.Status == FeedbackWindowStatus.Received)
                {
                    continue;
                }

                var before = WindowSnapshot.Of(window);
                var received = before.Status == FeedbackWindowStatus.Received;
                var refused = DomainInputs.Refuses(() => Apply(window, step, now));

                refused.ShouldBe(received && step.Act != WindowAct.MarkReceived, $"{step} on a {before.Status} window");
                expected = refused ? before : step.Act switch
                {
                    WindowAct.MoveDue => before with { Status = FeedbackWindowStatus.Open, DueAt = now.AddDays(step.DueInDays), NextChaseAt = before.Chases > 0 ? now.AddDays(step.DueInDays) : null },
                    WindowAct.MarkReceived => before with { Status = FeedbackWindowStatus.Received, ReceivedAt = now, NextChaseAt = null },
                    _ => before with { Status = FeedbackWindowStatus.Overdue, NextChaseAt = NextChase(before.Chases + 1, now), Chases = before.Chases + 1 },
                };
                CheckWindow(window, expected);
            }
        }, iter: 1000);

    private static void Apply(FeedbackWindow window, WindowStep step, DateTimeOffset now)
    {
        switch (step.Act)
        {
            case WindowAct.MoveDue: window.MoveDue(now.AddDays(step.DueInDays)); break;
            case WindowAct.MarkReceived: window.MarkReceived(now); break;
            case WindowAct.RecordChase: window.RecordChase(Contacts[step.Contact], now, NextChase(window.Chases.Count + 1, now)); break;
        }
    }

    /// <summary>As the chaser schedules it: the next step a few working days on, none after the last.</summary>
    private static DateTimeOffset? NextChase(int step, DateTimeOffset at) =>
        step >= MaxChases ? null : WorkingCalendar.AddWorkingDays(at, 2, TimeZoneInfo.Utc);

    private static void CheckWindow(FeedbackWindow window, WindowSnapshot expected)
    {
        WindowSnapshot.Of(window).ShouldBe(expected);
        Enum.IsDefined(window.Status).ShouldBeTrue();
        (window.Status == FeedbackWindowStatus.Received).ShouldBe(window.ReceivedAt is not null);
        if (window.Status == FeedbackWindowStatus.Received)
        {
            window.NextChaseAt.ShouldBeNull();
        }

        // Overdue means chased; a window never chased waits on its due time, not on a next chase.
        if (window.Status == FeedbackWindowStatus.Overdue)
        {
            window.Chases.ShouldNotBeEmpty();
        }

        if (window.Chases.Count == 0)
        {
            window.NextChaseAt.ShouldBeNull();
        }

        // Each chase step once, numbered in order, in time order.
        var chases = window.Chases.ToList();
        chases.Select(c => c.Step).ShouldBe(Enumerable.Range(1, chases.Count));
        chases.Select(c => c.SentAt).ShouldBeInOrder();
        DomainInputs.Every(chases, c => c.FeedbackWindowId == window.Id && Contacts.Contains(c.ContactId), "a chase belongs to its window and goes to an interviewer");
    }

    private sealed record WindowSnapshot(FeedbackWindowStatus Status, DateTimeOffset DueAt, DateTimeOffset? ReceivedAt, DateTimeOffset? NextChaseAt, int Chases)
    {
        public static WindowSnapshot Of(FeedbackWindow w) => new(w.Status, w.DueAt, w.ReceivedAt, w.NextChaseAt, w.Chases.Count);
    }

    private enum RequestAct
    {
        AskClient,
        RecordClientAnswer,
        RecordChase,
        AnswerWith,
    }

    private sealed record RequestStep(RequestAct Act, int Contact, int DueInDays, string Text, TimeSpan Pause)
    {
        public override string ToString() => $"{Act}(contact {Contact}, due in {DueInDays} days, {DomainInputs.Short(Text)}) after {Pause}";
    }

    private static readonly Gen<RequestStep> RequestSteps = Gen.Select(
        Gen.Frequency((2, Gen.Const(RequestAct.AskClient)), (2, Gen.Const(RequestAct.RecordClientAnswer)), (4, Gen.Const(RequestAct.RecordChase)), (1, Gen.Const(RequestAct.AnswerWith))),
        Gen.Int[0, Contacts.Length - 1], Gen.Int[0, 5], DomainInputs.Typed(Limits.LongTextLength), DomainInputs.Pause,
        (act, contact, days, text, pause) => new RequestStep(act, contact, days, text, pause));

    [Fact]
    public void An_answered_feedback_request_has_an_answer_in_words_and_nothing_left_to_chase() =>
        RequestSteps.Array[1, 25].Sample(steps =>
        {
            var now = DomainInputs.Monday;
            var request = new FeedbackRequest(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), now);
            CheckRequest(request);

            foreach (var step in steps)
            {
                now += step.Pause;

                // The chaser acts only on what its claim selects (asked, unanswered, due, under the
                // limit), and the recruiter's handler refuses to answer twice before the domain is asked.
                if ((step.Act == RequestAct.RecordChase && !DueForChase(request, now)) || (step.Act == RequestAct.AnswerWith && request.Status == FeedbackRequestStatus.Answered))
                {
                    continue;
                }

                var before = RequestSnapshot.Of(request);
                var allowed = step.Act switch
                {
                    RequestAct.AskClient => before.Status != FeedbackRequestStatus.Answered,
                    RequestAct.RecordClientAnswer => before.Status == FeedbackRequestStatus.AskedClient && DomainInputs.IsAcceptable(step.Text, Limits.LongTextLength),
                    RequestAct.AnswerWith => !string.IsNullOrWhiteSpace(step.Text),
                    _ => true,
                };
                var refused = DomainInputs.Refuses(() => Apply(request, step, now));

                refused.ShouldBe(!allowed, $"{step} on a {before.Status} request");
                var after = RequestSnapshot.Of(request);
                if (refused)
                {
                    after.ShouldBe(before, $"a refused {step} changed the request");
                }
                else
                {
                    after.ShouldBe(step.Act switch
                    {
                        RequestAct.AskClient => before with { Status = FeedbackRequestStatus.AskedClient, AskedContactId = Contacts[step.Contact], ClientDueAt = now.AddDays(step.DueInDays), NextChaseAt = now.AddDays(step.DueInDays) },
                        RequestAct.RecordClientAnswer => before with { ClientAnswer = step.Text.Trim(), ClientAnsweredAt = now, NextChaseAt = null },
                        RequestAct.AnswerWith => before with { Status = FeedbackRequestStatus.Answered, Answer = step.Text.Trim(), AnsweredAt = now, NextChaseAt = null },
                        _ => before with { ChasesSent = before.ChasesSent + 1, NextChaseAt = NextChase(before.ChasesSent + 1, now) },
                    });
                }

                CheckRequest(request);
            }
        }, iter: 1000);

    /// <summary>The claim of ChaseFeedbackRequests (Infrastructure/Jobs/DueWorkClaims.cs), as a predicate.</summary>
    private static bool DueForChase(FeedbackRequest r, DateTimeOffset now) =>
        r.Status == FeedbackRequestStatus.AskedClient && r.ClientAnsweredAt is null && r.NextChaseAt <= now && r.ChasesSent < MaxChases;

    private static void Apply(FeedbackRequest request, RequestStep step, DateTimeOffset now)
    {
        switch (step.Act)
        {
            case RequestAct.AskClient: request.AskClient(Contacts[step.Contact], now.AddDays(step.DueInDays)); break;
            case RequestAct.RecordClientAnswer: request.RecordClientAnswer(step.Text, now); break;
            case RequestAct.RecordChase: request.RecordChase(NextChase(request.ChasesSent + 1, now)); break;
            case RequestAct.AnswerWith: request.AnswerWith(step.Text, now); break;
        }
    }

    private static void CheckRequest(FeedbackRequest request)
    {
        Enum.IsDefined(request.Status).ShouldBeTrue();
        request.ChasesSent.ShouldBeInRange(0, MaxChases);

        // Asked means someone was asked, by a date; chased means asked.
        if (request.Status == FeedbackRequestStatus.AskedClient || request.ChasesSent > 0 || request.ClientAnswer is not null)
        {
            request.AskedContactId.ShouldNotBeNull();
            request.ClientDueAt.ShouldNotBeNull();
        }

        (request.ClientAnswer is null).ShouldBe(request.ClientAnsweredAt is null);
        if (request.ClientAnswer is not null)
        {
            request.ClientAnswer.ShouldNotBeNullOrWhiteSpace();
            request.ClientAnswer.Length.ShouldBeLessThanOrEqualTo(Limits.LongTextLength);
            request.ClientAnsweredAt!.Value.ShouldBeGreaterThanOrEqualTo(request.RequestedAt);
        }

        // The candidate always gets an answer in words, and nobody is chased about an answered request.
        (request.Status == FeedbackRequestStatus.Answered).ShouldBe(request.Answer is not null);
        if (request.Status == FeedbackRequestStatus.Answered)
        {
            request.Answer.ShouldNotBeNullOrWhiteSpace();
            request.Answer.ShouldBe(request.Answer!.Trim());
            request.AnsweredAt!.Value.ShouldBeGreaterThanOrEqualTo(request.RequestedAt);
            request.NextChaseAt.ShouldBeNull();
        }
    }

    private sealed record RequestSnapshot(FeedbackRequestStatus Status, Guid? AskedContactId, DateTimeOffset? ClientDueAt, int ChasesSent, DateTimeOffset? NextChaseAt,
        string? ClientAnswer, DateTimeOffset? ClientAnsweredAt, string? Answer, DateTimeOffset? AnsweredAt)
    {
        public static RequestSnapshot Of(FeedbackRequest r) => new(r.Status, r.AskedContactId, r.ClientDueAt, r.ChasesSent, r.NextChaseAt, r.ClientAnswer, r.ClientAnsweredAt, r.Answer, r.AnsweredAt);
    }
}
