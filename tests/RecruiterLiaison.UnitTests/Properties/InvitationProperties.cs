using CsCheck;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;

namespace RecruiterLiaison.UnitTests.Properties;

/// <summary>
/// Invitations (pending → accepted | revoked, and expired until resent) under random resends,
/// revocations and acceptances over days, against a model of DOMAIN.md ("People and invitations").
/// </summary>
public sealed class InvitationProperties
{
    private static readonly Guid[] People = [Guid.NewGuid(), Guid.NewGuid()];

    private enum Act
    {
        Renew,
        Revoke,
        Accept,
    }

    private sealed record Step(Act Act, int Person, TimeSpan ValidFor, TimeSpan Pause)
    {
        public override string ToString() => $"{Act}(person {Person}, valid for {ValidFor}) after {Pause}";
    }

    // The default week, shorter links, and the mistakes Renew refuses (an expiry now or in the past).
    private static readonly Gen<TimeSpan> ValidFor = Gen.OneOf(TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.FromHours(1), TimeSpan.Zero, TimeSpan.FromHours(-1));

    private static readonly Gen<Step> Steps = Gen.Select(
        Gen.Frequency((3, Gen.Const(Act.Renew)), (1, Gen.Const(Act.Revoke)), (2, Gen.Const(Act.Accept))),
        Gen.Int[0, People.Length - 1], ValidFor, DomainInputs.Pause,
        (act, person, validFor, pause) => new Step(act, person, validFor, pause));

    [Fact]
    public void An_invitation_is_used_at_most_once_only_while_pending_and_accepted_or_revoked_is_final() =>
        Gen.Select(Gen.Int[0, 2], Steps.Array[1, 25]).Sample((kind, steps) =>
        {
            var now = DomainInputs.Monday;
            var invitation = kind switch
            {
                0 => Invitation.ForStaff(Guid.NewGuid(), "ana@agency.example", "Ana", Role.Recruiter, Guid.NewGuid(), "hash-0", now, now.AddDays(7)),
                1 => Invitation.ForContact(Guid.NewGuid(), Guid.NewGuid(), "sam@client.example", "Sam", Guid.NewGuid(), "hash-0", now, now.AddDays(7)),
                _ => Invitation.ForCandidate(Guid.NewGuid(), Guid.NewGuid(), "priya@mail.example", "Priya", Guid.NewGuid(), "hash-0", now, now.AddDays(7)),
            };
            var model = new Snapshot("hash-0", now, now.AddDays(7), null, null, null);
            var renewals = 0;

            foreach (var step in steps)
            {
                now += step.Pause;
                var before = Snapshot.Of(invitation);
                before.ShouldBe(model);
                var state = model.StateAt(now);
                invitation.StateAt(now).ShouldBe(state);
                var token = $"hash-{renewals + 1}";
                var allowed = step.Act switch
                {
                    Act.Renew => state is InvitationState.Pending or InvitationState.Expired && step.ValidFor > TimeSpan.Zero,
                    Act.Revoke => state != InvitationState.Accepted,
                    _ => state == InvitationState.Pending,
                };
                var refused = DomainInputs.Refuses(() =>
                {
                    switch (step.Act)
                    {
                        case Act.Renew: invitation.Renew(token, now, now + step.ValidFor); break;
                        case Act.Revoke: invitation.Revoke(now); break;
                        case Act.Accept: invitation.Accept(People[step.Person], now); break;
                    }
                });

                refused.ShouldBe(!allowed, $"{step} on an invitation {state} at {now}");
                if (!refused)
                {
                    renewals += step.Act == Act.Renew ? 1 : 0;
                    model = step.Act switch
                    {
                        Act.Renew => model with { TokenHash = token, SentAt = now, ExpiresAt = now + step.ValidFor },
                        Act.Revoke => model with { RevokedAt = model.RevokedAt ?? now },
                        _ => model with { AcceptedAt = now, UserId = People[step.Person] },
                    };
                }

                var after = Snapshot.Of(invitation);
                after.ShouldBe(model, refused ? $"a refused {step} changed the invitation" : null);

                // A link always outlives its sending; it is accepted at most once, by one person, before it expires, and never once revoked.
                after.ExpiresAt.ShouldBeGreaterThan(after.SentAt);
                after.SentAt.ShouldBeGreaterThanOrEqualTo(invitation.CreatedAt);
                (after.AcceptedAt is null).ShouldBe(after.UserId is null);
                (after.AcceptedAt is not null && after.RevokedAt is not null).ShouldBeFalse();
                if (after.AcceptedAt is { } accepted)
                {
                    accepted.ShouldBeLessThan(after.ExpiresAt);
                    invitation.StateAt(now.AddYears(1)).ShouldBe(InvitationState.Accepted);
                }

                if (after.RevokedAt is not null)
                {
                    invitation.StateAt(now.AddYears(1)).ShouldBe(InvitationState.Revoked);
                }

                // The account is tied to the record the invitation was for.
                (invitation.ClientContactId is not null).ShouldBe(invitation.Role == Role.Client);
                (invitation.CandidateId is not null).ShouldBe(invitation.Role == Role.Candidate);
            }
        }, iter: 1000);

    [Fact]
    public void Staff_invitations_are_only_for_recruiters_and_admins() =>
        Gen.Enum<Role>().Sample(role =>
        {
            var refused = DomainInputs.Refuses(() => Invitation.ForStaff(Guid.NewGuid(), "a@b.example", "A", role, null, "hash", DomainInputs.Monday, DomainInputs.Monday.AddDays(7)));

            refused.ShouldBe(role is not (Role.Recruiter or Role.AgencyAdmin));
        }, iter: 50);

    /// <summary>An invitation's facts, and its state worked out from them as DOMAIN.md describes.</summary>
    private sealed record Snapshot(string TokenHash, DateTimeOffset SentAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, Guid? UserId, DateTimeOffset? RevokedAt)
    {
        public static Snapshot Of(Invitation i) => new(i.TokenHash, i.SentAt, i.ExpiresAt, i.AcceptedAt, i.UserId, i.RevokedAt);

        public InvitationState StateAt(DateTimeOffset now) =>
            AcceptedAt is not null ? InvitationState.Accepted
            : RevokedAt is not null ? InvitationState.Revoked
            : now >= ExpiresAt ? InvitationState.Expired
            : InvitationState.Pending;
    }
}
