using FluentValidation;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.People.InvitePerson;

public sealed class InvitePersonValidator : AbstractValidator<InvitePersonCommand>
{
    public InvitePersonValidator()
    {
        RuleFor(c => c.Role).NotNull().WithMessage("Choose a role: Recruiter, AgencyAdmin, Client or Candidate.");
        When(c => c.Role is Role.Recruiter or Role.AgencyAdmin, () =>
        {
            RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter the person's name.")
                .MaximumLength(Limits.NameLength).WithMessage($"A name is at most {Limits.NameLength} characters.");
            RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the person's e-mail address.")
                .MaximumLength(Limits.EmailLength).WithMessage($"An e-mail address is at most {Limits.EmailLength} characters.")
                .EmailAddress().WithMessage("Enter an e-mail address like name@example.com.");
        });
        When(c => c.Role is Role.Client, () =>
            RuleFor(c => c.ClientContactId).NotEmpty().WithMessage("Choose the client contact to invite."));
        When(c => c.Role is Role.Candidate, () =>
            RuleFor(c => c.CandidateId).NotEmpty().WithMessage("Choose the candidate to invite."));
    }
}
