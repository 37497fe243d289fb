using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.Ignore(i => i.EndsAt);
        builder.HasOne<Submission>().WithMany().HasForeignKey(i => i.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Interviewers).WithOne().HasForeignKey(i => i.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Interviewers).HasField("_interviewers");
        builder.HasIndex(i => new { i.SubmissionId, i.Round }).IsUnique();
        builder.HasIndex(i => i.AgencyId);
    }
}

internal sealed class InterviewerConfiguration : IEntityTypeConfiguration<Interviewer>
{
    public void Configure(EntityTypeBuilder<Interviewer> builder)
    {
        builder.ToTable("interviewers");
        builder.HasKey(i => new { i.InterviewId, i.ClientContactId });
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(i => i.ClientContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
