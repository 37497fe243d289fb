using CsCheck;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.UnitTests.Properties;

/// <summary>A client's reply, the review queue in reverse: relayed or kept back once, by a recruiter, and final.</summary>
public sealed class ClientReplyProperties
{
    private static readonly Guid[] Recruiters = [Guid.NewGuid(), Guid.NewGuid()];

    private sealed record Step(bool Relay, int Recruiter, string? Rewrite, TimeSpan Pause)
    {
        public override string ToString() => $"{(Relay ? "Relay" : "KeepBack")}(recruiter {Recruiter}, {DomainInputs.Short(Rewrite)}) after {Pause}";
    }

    private static readonly Gen<Step> Steps = Gen.Select(Gen.Bool, Gen.Int[0, Recruiters.Length - 1], DomainInputs.Typed(Limits.NoteBodyLength).Null(0.2), DomainInputs.Pause,
        (relay, recruiter, rewrite, pause) => new Step(relay, recruiter, rewrite, pause));

    [Fact]
    public void A_client_reply_is_decided_once_and_the_candidate_reads_only_text_a_recruiter_relayed() =>
        Gen.Select(DomainInputs.Sentence.Where(s => !string.IsNullOrWhiteSpace(s)), Steps.Array[1, 6]).Sample((body, steps) =>
        {
            var now = DomainInputs.Monday;
            var reply = new ClientReply(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), body, now);
            var decided = false;

            foreach (var step in steps)
            {
                now += step.Pause;
                var before = (reply.Status, reply.RelayedBody, reply.DecidedAt, reply.DecidedByUserId);
                var rewrite = string.IsNullOrWhiteSpace(step.Rewrite) ? null : step.Rewrite.Trim();
                var allowed = !decided && (!step.Relay || rewrite is null || rewrite.Length <= Limits.NoteBodyLength);
                var refused = DomainInputs.Refuses(() =>
                {
                    if (step.Relay)
                    {
                        reply.Relay(Recruiters[step.Recruiter], step.Rewrite, now);
                    }
                    else
                    {
                        reply.KeepBack(Recruiters[step.Recruiter], now);
                    }
                });

                refused.ShouldBe(!allowed, $"{step} on a {before.Status} reply");
                if (refused)
                {
                    (reply.Status, reply.RelayedBody, reply.DecidedAt, reply.DecidedByUserId).ShouldBe(before);
                }
                else
                {
                    decided = true;
                    reply.Status.ShouldBe(step.Relay ? ClientReplyStatus.Relayed : ClientReplyStatus.Declined);
                    reply.RelayedBody.ShouldBe(step.Relay ? rewrite ?? reply.Body : null);
                    reply.DecidedAt.ShouldBe(now);
                    reply.DecidedByUserId.ShouldBe(Recruiters[step.Recruiter]);
                }

                // The client's own words are kept as written, whatever reaches the candidate.
                reply.Body.ShouldBe(body.Trim());
                (reply.Status == ClientReplyStatus.PendingReview).ShouldBe(reply.DecidedAt is null);
                if (reply.Status == ClientReplyStatus.Relayed)
                {
                    reply.RelayedBody.ShouldNotBeNullOrWhiteSpace();
                    reply.RelayedBody!.Length.ShouldBeLessThanOrEqualTo(Limits.NoteBodyLength);
                }
                else
                {
                    reply.RelayedBody.ShouldBeNull();
                }
            }
        }, iter: 1000);
}
