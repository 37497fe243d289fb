using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Candidates;

/// <summary>What a recruiter keeps about a candidate; creating and editing share these fields and their rules.</summary>
public interface ICandidateFields
{
    string? Name { get; }

    string? Email { get; }

    string? Phone { get; }

    string? Location { get; }

    string? Profile { get; }
}

/// <summary>The field rules of <see cref="Domain.Candidates.Candidate.Update"/>, reported beside each field first.</summary>
public abstract class CandidateFieldsValidator<T> : AbstractValidator<T>
    where T : ICandidateFields
{
    protected CandidateFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the candidate's name.")
            .MaximumLength(Limits.NameLength).WithMessage($"A name is at most {Limits.NameLength} characters.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Give the candidate's e-mail address.")
            .MaximumLength(Limits.EmailLength).WithMessage($"An e-mail address is at most {Limits.EmailLength} characters.")
            .Must(email => string.IsNullOrWhiteSpace(email) || CandidateEmails.LooksLikeAnAddress(email)).WithMessage("That is not an e-mail address (name@example.com).");
        RuleFor(c => c.Phone).MaximumLength(Limits.ShortTextLength).WithMessage($"A phone number is at most {Limits.ShortTextLength} characters.");
        RuleFor(c => c.Location).MaximumLength(Limits.NameLength).WithMessage($"A location is at most {Limits.NameLength} characters.");
        RuleFor(c => c.Profile).MaximumLength(Limits.LongTextLength).WithMessage($"A profile is at most {Limits.LongTextLength} characters.");
    }
}

internal static class CandidateEmails
{
    /// <summary>The same test as <see cref="Require.Email"/>: something@something, no spaces.</summary>
    public static bool LooksLikeAnAddress(string? email)
    {
        var value = email?.Trim() ?? "";
        var at = value.IndexOf('@');
        return at > 0 && at < value.Length - 1 && !value.Contains(' ');
    }

    /// <summary>
    /// The agency's candidate who already has this address (any case), other than <paramref name="except"/>.
    /// One e-mail, one candidate: invitations and messages are addressed by it.
    /// </summary>
    public static Task<string?> HolderAsync(IAppDbContext db, Guid agencyId, string email, Guid? except, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLower();
        return db.Candidates
            .Where(c => c.AgencyId == agencyId && c.Email.ToLower() == address && c.Id != except)
            .Select(c => c.Name)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public static Failure Taken(string email, string holder) =>
        Failure.Field("email", $"{holder} already has the e-mail address {email.Trim()}; open their page instead of adding them again.");
}
